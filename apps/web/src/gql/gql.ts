/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DocumentTyped($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        ...TypedDocumentContent\n      }\n    }\n  }\n": typeof types.DocumentTypedDocument,
    "\n  query DemoKycReceipt {\n    kycReceipt(format: SD_JWT_VC) {\n      id\n      credential\n      expiresAt\n    }\n  }\n": typeof types.DemoKycReceiptDocument,
    "\n  fragment TypedDocumentContent on DocumentContent {\n    signature { verified reason signer trustedBy }\n    data {\n      __typename\n      ... on CertificateDocument { documentNumber holderName issuedOn issuerName }\n      ... on PanVerification { pan name dateOfBirth status }\n      ... on DrivingLicence {\n        licenceNumber name dateOfBirth validFrom validTo nonTransportValidFrom nonTransportValidTo transportValidFrom transportValidTo\n        issuingAuthority issuedAt\n        address { line1 line2 locality vtc district state pincode }\n        vehicleClasses { code description category transport issuedOn }\n      }\n      ... on VehicleRegistration {\n        registrationNumber ownerName maker model vehicleClass fuel colour emissionNorms registeredOn registrationValidTo\n        fitnessValidTo insuranceCompany insuranceValidTo financer chassisNumber engineNumber\n      }\n      ... on Marksheet {\n        board examination examMonth examYear rollNumber name dateOfBirth school result resultDate marksTotal marksMax percentage cgpa grade\n        subjects { code name marksTheory marksPractical marksTotal marksMax grade }\n      }\n      ... on AadhaarDocument { maskedAadhaar name dateOfBirth gender }\n      ... on BirthCertificate { registrationNumber name dateOfBirth gender parentName registeredOn }\n      ... on GenericCertificate { title number fields { label path value } }\n    }\n  }\n": typeof types.TypedDocumentContentFragmentDoc,
    "\n  query ConsoleTenant {\n    tenant { id name policy { returnPhotos retentionDays kycMaxAgeSeconds returnUrls origins } }\n  }\n": typeof types.ConsoleTenantDocument,
    "\n  query ConsoleSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status purpose createdAt grantedAt expiresAt consentValidTill withdrawnAt documentTypes } }\n    }\n  }\n": typeof types.ConsoleSessionsDocument,
    "\n  query ConsoleSession($id: ID!) {\n    consentSession(id: $id) {\n      id status purpose createdAt grantedAt expiresAt consentValidTill withdrawnAt documentTypes noticeVersion\n      auditTrail { seq at actor action outcome requestId }\n    }\n  }\n": typeof types.ConsoleSessionDocument,
    "\n  query ConsoleSessionData($id: ID!) {\n    consentSession(id: $id) {\n      id\n      documents(first: 20) { totalCount edges { node { id name doctype issuer issuedOn } } }\n      aadhaarKyc {\n        assurance source maskedAadhaar generatedAt\n        signature { verified signer trustedBy reason }\n        freshness { ageSeconds limitSeconds withinLimit }\n      }\n    }\n  }\n": typeof types.ConsoleSessionDataDocument,
    "\n  query ConsoleMatch($id: ID!, $name: String!, $dateOfBirth: String) {\n    consentSession(id: $id) { id aadhaarKyc { matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { matches nameMatches nameScore dateOfBirthMatches assurance } } }\n  }\n": typeof types.ConsoleMatchDocument,
    "\n  mutation ConsoleRefresh($id: ID!) { refreshSession(id: $id) { id status } }\n": typeof types.ConsoleRefreshDocument,
    "\n  mutation ConsoleEnd($id: ID!) { endSession(id: $id) { id status } }\n": typeof types.ConsoleEndDocument,
    "\n  query ConsoleWebhook($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookEndpoint { url events createdAt updatedAt }\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id type sessionId status createdAt completedAt nextAttemptAt attempts { attempt at statusCode error durationMs } } }\n    }\n  }\n": typeof types.ConsoleWebhookDocument,
    "\n  mutation ConsoleConfigureWebhook($input: ConfigureWebhookInput!) { configureWebhook(input: $input) { endpoint { url events } secret } }\n": typeof types.ConsoleConfigureWebhookDocument,
    "\n  mutation ConsoleRotateWebhook { rotateWebhookSecret { secret } }\n": typeof types.ConsoleRotateWebhookDocument,
    "\n  mutation ConsoleDeleteWebhook { deleteWebhook }\n": typeof types.ConsoleDeleteWebhookDocument,
    "\n  mutation ConsoleRetryWebhook($id: ID!) { retryWebhookEvent(id: $id) { id status } }\n": typeof types.ConsoleRetryWebhookDocument,
    "\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) { id name policy { returnPhotos retentionDays kycMaxAgeSeconds returnUrls origins } }\n  }\n": typeof types.ConsoleUpdatePolicyDocument,
    "\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window since completionRate webhookSuccessRate upstreamSince\n      sessionsByStatus { status count }\n      buckets { start started completed webhookAttempts webhookSucceeded }\n      upstream { operation requests errors errorRate }\n    }\n  }\n": typeof types.ConsoleHealthDocument,
    "\n  query ConsoleAudit($first: Int, $beforeSeq: SafeInt, $actor: String) {\n    auditEvents(first: $first, beforeSeq: $beforeSeq, actor: $actor) { seq at actor action outcome sessionId requestId }\n  }\n": typeof types.ConsoleAuditDocument,
};
const documents: Documents = {
    "\n  query DocumentTyped($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        ...TypedDocumentContent\n      }\n    }\n  }\n": types.DocumentTypedDocument,
    "\n  query DemoKycReceipt {\n    kycReceipt(format: SD_JWT_VC) {\n      id\n      credential\n      expiresAt\n    }\n  }\n": types.DemoKycReceiptDocument,
    "\n  fragment TypedDocumentContent on DocumentContent {\n    signature { verified reason signer trustedBy }\n    data {\n      __typename\n      ... on CertificateDocument { documentNumber holderName issuedOn issuerName }\n      ... on PanVerification { pan name dateOfBirth status }\n      ... on DrivingLicence {\n        licenceNumber name dateOfBirth validFrom validTo nonTransportValidFrom nonTransportValidTo transportValidFrom transportValidTo\n        issuingAuthority issuedAt\n        address { line1 line2 locality vtc district state pincode }\n        vehicleClasses { code description category transport issuedOn }\n      }\n      ... on VehicleRegistration {\n        registrationNumber ownerName maker model vehicleClass fuel colour emissionNorms registeredOn registrationValidTo\n        fitnessValidTo insuranceCompany insuranceValidTo financer chassisNumber engineNumber\n      }\n      ... on Marksheet {\n        board examination examMonth examYear rollNumber name dateOfBirth school result resultDate marksTotal marksMax percentage cgpa grade\n        subjects { code name marksTheory marksPractical marksTotal marksMax grade }\n      }\n      ... on AadhaarDocument { maskedAadhaar name dateOfBirth gender }\n      ... on BirthCertificate { registrationNumber name dateOfBirth gender parentName registeredOn }\n      ... on GenericCertificate { title number fields { label path value } }\n    }\n  }\n": types.TypedDocumentContentFragmentDoc,
    "\n  query ConsoleTenant {\n    tenant { id name policy { returnPhotos retentionDays kycMaxAgeSeconds returnUrls origins } }\n  }\n": types.ConsoleTenantDocument,
    "\n  query ConsoleSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status purpose createdAt grantedAt expiresAt consentValidTill withdrawnAt documentTypes } }\n    }\n  }\n": types.ConsoleSessionsDocument,
    "\n  query ConsoleSession($id: ID!) {\n    consentSession(id: $id) {\n      id status purpose createdAt grantedAt expiresAt consentValidTill withdrawnAt documentTypes noticeVersion\n      auditTrail { seq at actor action outcome requestId }\n    }\n  }\n": types.ConsoleSessionDocument,
    "\n  query ConsoleSessionData($id: ID!) {\n    consentSession(id: $id) {\n      id\n      documents(first: 20) { totalCount edges { node { id name doctype issuer issuedOn } } }\n      aadhaarKyc {\n        assurance source maskedAadhaar generatedAt\n        signature { verified signer trustedBy reason }\n        freshness { ageSeconds limitSeconds withinLimit }\n      }\n    }\n  }\n": types.ConsoleSessionDataDocument,
    "\n  query ConsoleMatch($id: ID!, $name: String!, $dateOfBirth: String) {\n    consentSession(id: $id) { id aadhaarKyc { matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { matches nameMatches nameScore dateOfBirthMatches assurance } } }\n  }\n": types.ConsoleMatchDocument,
    "\n  mutation ConsoleRefresh($id: ID!) { refreshSession(id: $id) { id status } }\n": types.ConsoleRefreshDocument,
    "\n  mutation ConsoleEnd($id: ID!) { endSession(id: $id) { id status } }\n": types.ConsoleEndDocument,
    "\n  query ConsoleWebhook($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookEndpoint { url events createdAt updatedAt }\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id type sessionId status createdAt completedAt nextAttemptAt attempts { attempt at statusCode error durationMs } } }\n    }\n  }\n": types.ConsoleWebhookDocument,
    "\n  mutation ConsoleConfigureWebhook($input: ConfigureWebhookInput!) { configureWebhook(input: $input) { endpoint { url events } secret } }\n": types.ConsoleConfigureWebhookDocument,
    "\n  mutation ConsoleRotateWebhook { rotateWebhookSecret { secret } }\n": types.ConsoleRotateWebhookDocument,
    "\n  mutation ConsoleDeleteWebhook { deleteWebhook }\n": types.ConsoleDeleteWebhookDocument,
    "\n  mutation ConsoleRetryWebhook($id: ID!) { retryWebhookEvent(id: $id) { id status } }\n": types.ConsoleRetryWebhookDocument,
    "\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) { id name policy { returnPhotos retentionDays kycMaxAgeSeconds returnUrls origins } }\n  }\n": types.ConsoleUpdatePolicyDocument,
    "\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window since completionRate webhookSuccessRate upstreamSince\n      sessionsByStatus { status count }\n      buckets { start started completed webhookAttempts webhookSucceeded }\n      upstream { operation requests errors errorRate }\n    }\n  }\n": types.ConsoleHealthDocument,
    "\n  query ConsoleAudit($first: Int, $beforeSeq: SafeInt, $actor: String) {\n    auditEvents(first: $first, beforeSeq: $beforeSeq, actor: $actor) { seq at actor action outcome sessionId requestId }\n  }\n": types.ConsoleAuditDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentTyped($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        ...TypedDocumentContent\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentTypedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoKycReceipt {\n    kycReceipt(format: SD_JWT_VC) {\n      id\n      credential\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').DemoKycReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TypedDocumentContent on DocumentContent {\n    signature { verified reason signer trustedBy }\n    data {\n      __typename\n      ... on CertificateDocument { documentNumber holderName issuedOn issuerName }\n      ... on PanVerification { pan name dateOfBirth status }\n      ... on DrivingLicence {\n        licenceNumber name dateOfBirth validFrom validTo nonTransportValidFrom nonTransportValidTo transportValidFrom transportValidTo\n        issuingAuthority issuedAt\n        address { line1 line2 locality vtc district state pincode }\n        vehicleClasses { code description category transport issuedOn }\n      }\n      ... on VehicleRegistration {\n        registrationNumber ownerName maker model vehicleClass fuel colour emissionNorms registeredOn registrationValidTo\n        fitnessValidTo insuranceCompany insuranceValidTo financer chassisNumber engineNumber\n      }\n      ... on Marksheet {\n        board examination examMonth examYear rollNumber name dateOfBirth school result resultDate marksTotal marksMax percentage cgpa grade\n        subjects { code name marksTheory marksPractical marksTotal marksMax grade }\n      }\n      ... on AadhaarDocument { maskedAadhaar name dateOfBirth gender }\n      ... on BirthCertificate { registrationNumber name dateOfBirth gender parentName registeredOn }\n      ... on GenericCertificate { title number fields { label path value } }\n    }\n  }\n"): typeof import('./graphql').TypedDocumentContentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTenant {\n    tenant { id name policy { returnPhotos retentionDays kycMaxAgeSeconds returnUrls origins } }\n  }\n"): typeof import('./graphql').ConsoleTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status purpose createdAt grantedAt expiresAt consentValidTill withdrawnAt documentTypes } }\n    }\n  }\n"): typeof import('./graphql').ConsoleSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSession($id: ID!) {\n    consentSession(id: $id) {\n      id status purpose createdAt grantedAt expiresAt consentValidTill withdrawnAt documentTypes noticeVersion\n      auditTrail { seq at actor action outcome requestId }\n    }\n  }\n"): typeof import('./graphql').ConsoleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessionData($id: ID!) {\n    consentSession(id: $id) {\n      id\n      documents(first: 20) { totalCount edges { node { id name doctype issuer issuedOn } } }\n      aadhaarKyc {\n        assurance source maskedAadhaar generatedAt\n        signature { verified signer trustedBy reason }\n        freshness { ageSeconds limitSeconds withinLimit }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSessionDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatch($id: ID!, $name: String!, $dateOfBirth: String) {\n    consentSession(id: $id) { id aadhaarKyc { matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { matches nameMatches nameScore dateOfBirthMatches assurance } } }\n  }\n"): typeof import('./graphql').ConsoleMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefresh($id: ID!) { refreshSession(id: $id) { id status } }\n"): typeof import('./graphql').ConsoleRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEnd($id: ID!) { endSession(id: $id) { id status } }\n"): typeof import('./graphql').ConsoleEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhook($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookEndpoint { url events createdAt updatedAt }\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id type sessionId status createdAt completedAt nextAttemptAt attempts { attempt at statusCode error durationMs } } }\n    }\n  }\n"): typeof import('./graphql').ConsoleWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConfigureWebhook($input: ConfigureWebhookInput!) { configureWebhook(input: $input) { endpoint { url events } secret } }\n"): typeof import('./graphql').ConsoleConfigureWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateWebhook { rotateWebhookSecret { secret } }\n"): typeof import('./graphql').ConsoleRotateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteWebhook { deleteWebhook }\n"): typeof import('./graphql').ConsoleDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRetryWebhook($id: ID!) { retryWebhookEvent(id: $id) { id status } }\n"): typeof import('./graphql').ConsoleRetryWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) { id name policy { returnPhotos retentionDays kycMaxAgeSeconds returnUrls origins } }\n  }\n"): typeof import('./graphql').ConsoleUpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window since completionRate webhookSuccessRate upstreamSince\n      sessionsByStatus { status count }\n      buckets { start started completed webhookAttempts webhookSucceeded }\n      upstream { operation requests errors errorRate }\n    }\n  }\n"): typeof import('./graphql').ConsoleHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAudit($first: Int, $beforeSeq: SafeInt, $actor: String) {\n    auditEvents(first: $first, beforeSeq: $beforeSeq, actor: $actor) { seq at actor action outcome sessionId requestId }\n  }\n"): typeof import('./graphql').ConsoleAuditDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
