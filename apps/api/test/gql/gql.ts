/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query SurfaceMe { me { name eaadhaarAvailable sessionStatus } }\n": typeof types.SurfaceMeDocument,
    "\n  query SurfaceDocumentList($first: Int, $filter: DocumentFilter, $refresh: Boolean) {\n    documents(first: $first, filter: $filter, refresh: $refresh) {\n      totalCount\n      edges { node { id uri name doctype issuer mimeTypes content { format } } }\n    }\n  }\n": typeof types.SurfaceDocumentListDocument,
    "\n  query SurfaceDocument($id: ID!) {\n    document(id: $id) {\n      id name doctype\n      content { format mimeType size sha256 json fileUrl integrity { hmacVerified signatureVerified signer fingerprint } }\n    }\n  }\n": typeof types.SurfaceDocumentDocument,
    "\n  query SurfaceKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source name dateOfBirth gender careOf maskedAadhaar referenceId generatedAt photo\n      address { house street locality vtc district state pincode country }\n      signature { verified reason signer fingerprint certificateExpired }\n    }\n  }\n": typeof types.SurfaceKycDocument,
    "\n  query SurfaceSession($id: ID!) {\n    consentSession(id: $id) {\n      id status consentValidTill\n      profile { name }\n      documents(first: 3) { totalCount edges { node { doctype } } }\n      aadhaarKyc { maskedAadhaar signature { verified } }\n    }\n  }\n": typeof types.SurfaceSessionDocument,
    "\n  mutation SurfaceRefresh($id: ID) { refreshSession(id: $id) { id status } }\n": typeof types.SurfaceRefreshDocument,
    "\n  mutation SurfaceEnd($id: ID) { endSession(id: $id) { id status } }\n": typeof types.SurfaceEndDocument,
    "\n  mutation SurfaceVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name dateOfBirth maskedAadhaar referenceId photo\n      signature { verified signer certificateExpired }\n    }\n  }\n": typeof types.SurfaceVerifyDocument,
    "mutation SurfacePending($input: StartConsentInput!) { startConsent(input: $input) { session { id } } }": typeof types.SurfacePendingDocument,
    "query SurfaceStatus($id: ID!) { consentSession(id: $id) { status } }": typeof types.SurfaceStatusDocument,
    "mutation AuditEnd { endSession { status grantedAt withdrawnAt noticeVersion } }": typeof types.AuditEndDocument,
    "\n  mutation ConcurrencyStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl } }\n": typeof types.ConcurrencyStartDocument,
    "\n  query ConcurrencyDocuments($refresh: Boolean) { documents(first: 100, refresh: $refresh) { totalCount edges { node { id uri } } } }\n": typeof types.ConcurrencyDocumentsDocument,
    "\n  query ConcurrencyKyc($refresh: Boolean) { aadhaarKyc(refresh: $refresh) { maskedAadhaar signature { verified } } }\n": typeof types.ConcurrencyKycDocument,
    "\n  mutation ConcurrencyEnd($id: ID, $idempotencyKey: String) { endSession(id: $id, idempotencyKey: $idempotencyKey) { id status } }\n": typeof types.ConcurrencyEndDocument,
    "\n  query ConcurrencyMe { me { name sessionStatus } }\n": typeof types.ConcurrencyMeDocument,
    "\n  mutation ConformanceStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n": typeof types.ConformanceStartDocument,
    "mutation ConformanceClaim($code: String!) { claimSession(code: $code) { sessionToken } }": typeof types.ConformanceClaimDocument,
    "query ConformanceMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus } }": typeof types.ConformanceMeDocument,
    "query ConformanceDocuments { documents(first: 10) { totalCount edges { node { id uri doctype issuerId issuedOn mimeTypes } } } }": typeof types.ConformanceDocumentsDocument,
    "query ConformanceDocument($id: ID!) { document(id: $id) { id content { mimeType sha256 } } }": typeof types.ConformanceDocumentDocument,
    "query ConformanceKyc { aadhaarKyc { name dateOfBirth gender maskedAadhaar signature { verified } } }": typeof types.ConformanceKycDocument,
    "query ConformanceIssuers { issuers { orgId issuerId name category } }": typeof types.ConformanceIssuersDocument,
    "mutation ConformanceEnd($id: ID) { endSession(id: $id) { id status } }": typeof types.ConformanceEndDocument,
    "\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) { session { id status expiresAt } authorizationUrl }\n  }\n": typeof types.JourneyStartDocument,
    "\n  mutation JourneyClaim($code: String!) { claimSession(code: $code) { sessionToken session { id status } } }\n": typeof types.JourneyClaimDocument,
    "\n  query JourneyMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus consentValidTill } }\n": typeof types.JourneyMeDocument,
    "\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id uri name doctype issuer issuerId issuedOn mimeTypes } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.JourneyDocumentsDocument,
    "\n  query JourneySessionDocuments($id: ID!) { consentSession(id: $id) { status documents(first: 5) { totalCount } } }\n": typeof types.JourneySessionDocumentsDocument,
    "\n  query JourneySessionStatus($id: ID!) { consentSession(id: $id) { status } }\n": typeof types.JourneySessionStatusDocument,
    "\n  mutation StatusStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl claimVerifier statusToken } }\n": typeof types.StatusStartDocument,
    "query StatusRead($statusToken: String!) { consentStatus(statusToken: $statusToken) { sessionId status updatedAt } }": typeof types.StatusReadDocument,
    "query DialectMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus } }": typeof types.DialectMeDocument,
    "query DialectDocuments { documents(first: 100) { totalCount edges { node { id doctype issuerId } } } }": typeof types.DialectDocumentsDocument,
    "query DialectKyc { aadhaarKyc { name dateOfBirth maskedAadhaar signature { verified } } }": typeof types.DialectKycDocument,
    "query DialectIssuers { issuers { orgId issuerId category } }": typeof types.DialectIssuersDocument,
    "mutation DialectPull($input: PullDocumentInput!) { pullDocument(input: $input) { status document { doctype } } }": typeof types.DialectPullDocument,
    "query DialectSession($id: ID!) { consentSession(id: $id) { id status } }": typeof types.DialectSessionDocument,
    "mutation DialectEnd($id: ID) { endSession(id: $id) { id status } }": typeof types.DialectEndDocument,
    "query DialectDocument($id: ID!) { document(id: $id) { id content { sha256 } } }": typeof types.DialectDocumentDocument,
    "\n  mutation ErrorsStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl claimVerifier statusToken } }\n": typeof types.ErrorsStartDocument,
    "\n  mutation ErrorsClaim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken } }\n": typeof types.ErrorsClaimDocument,
    "mutation ErrorsEnd($id: ID) { endSession(id: $id) { id status } }": typeof types.ErrorsEndDocument,
    "query ErrorsSessionDocuments($id: ID!) { consentSession(id: $id) { documents { totalCount } } }": typeof types.ErrorsSessionDocumentsDocument,
    "\n      query ApqStatus($statusToken: String!) {\n        consentStatus(statusToken: $statusToken) {\n          status\n        }\n      }\n    ": typeof types.ApqStatusDocument,
    "\n  mutation GoLiveStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n": typeof types.GoLiveStartDocument,
    "\n  query GoLiveUploaded($first: Int, $after: String, $folderId: ID, $sessionId: ID) {\n    uploadedDocuments(first: $first, after: $after, folderId: $folderId, sessionId: $sessionId) {\n      totalCount\n      edges { cursor node { id name type size date mime uri description } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": typeof types.GoLiveUploadedDocument,
    "query GoLiveIssued { documents(first: 10) { edges { node { doctype size parent type } } } }": typeof types.GoLiveIssuedDocument,
    "query GoLiveIssuedFirst { documents(first: 1) { edges { node { id } } } }": typeof types.GoLiveIssuedFirstDocument,
    "\n  query RotationRead { me { name } documents(first: 10) { edges { node { uri content { format } } } } aadhaarKyc { maskedAadhaar } }\n": typeof types.RotationReadDocument,
    "query RotationDoc($id: ID!) { document(id: $id) { content { sha256 } } }": typeof types.RotationDocDocument,
    "query RotationIds { documents(first: 1, filter: { doctypes: [\"PANCR\"] }) { edges { node { id } } } }": typeof types.RotationIdsDocument,
    "\n  query KycChecks {\n    aadhaarKyc { source generatedAt assurance freshness { ageSeconds withinLimit limitSeconds } }\n  }\n": typeof types.KycChecksDocument,
    "\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc { matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameScore nameMatches dateOfBirthMatches matches assurance } }\n  }\n": typeof types.KycMatchDocument,
    "\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name signature { verified } assurance freshness { ageSeconds withinLimit limitSeconds }\n    }\n  }\n": typeof types.KycOfflineChecksDocument,
    "\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) { assurance matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameMatches dateOfBirthMatches matches assurance } }\n  }\n": typeof types.KycOfflineMatchDocument,
    "\n  mutation MetricsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n": typeof types.MetricsStartDocument,
    "\n  query MetricsMe {\n    me {\n      digilockerId\n    }\n  }\n": typeof types.MetricsMeDocument,
    "\n  query MetricsDocuments {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.MetricsDocumentsDocument,
    "\n  query MetricsKyc {\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n": typeof types.MetricsKycDocument,
    "\n  mutation MetricsRefresh {\n    refreshSession {\n      id\n      status\n    }\n  }\n": typeof types.MetricsRefreshDocument,
    "query PullIssuers { issuers { orgId issuerId name category } }": typeof types.PullIssuersDocument,
    "query PullDocTypes($orgId: String!) { issuerDocumentTypes(orgId: $orgId) { doctype description } }": typeof types.PullDocTypesDocument,
    "\n  query PullParameters($orgId: String!, $doctype: String!) {\n    issuerParameters(orgId: $orgId, doctype: $doctype) { name label allowedValues example }\n  }\n": typeof types.PullParametersDocument,
    "\n  mutation PullDocument($input: PullDocumentInput!) {\n    pullDocument(input: $input) { status message document { id uri doctype issuerId name } }\n  }\n": typeof types.PullDocumentDocument,
    "\n  query PullListed($first: Int, $after: String) {\n    documents(first: $first, after: $after) { totalCount edges { cursor node { id doctype issuerId } } pageInfo { endCursor hasNextPage } }\n  }\n": typeof types.PullListedDocument,
    "query PullRefreshed { documents(first: 100, refresh: true) { edges { node { doctype } } } }": typeof types.PullRefreshedDocument,
    "query PullOne($id: ID!) { document(id: $id) { id doctype content { sha256 } } }": typeof types.PullOneDocument,
    "query RetentionKyc { aadhaarKyc { photo } }": typeof types.RetentionKycDocument,
    "query RetentionDocs { documents(first: 5) { totalCount } }": typeof types.RetentionDocsDocument,
    "mutation RetentionUpload($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source } }": typeof types.RetentionUploadDocument,
    "query SecurityMe { me { name } }": typeof types.SecurityMeDocument,
    "\n  query SecurityDocs { documents(first: 20) { edges { node { id doctype } } } }\n": typeof types.SecurityDocsDocument,
    "\n  query SecurityDoc($id: ID!) { document(id: $id) { content { format } } }\n": typeof types.SecurityDocDocument,
    "query SecurityKyc { aadhaarKyc { maskedAadhaar photo } }": typeof types.SecurityKycDocument,
    "\n  mutation SecurityVerify($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source maskedAadhaar signature { verified reason } } }\n": typeof types.SecurityVerifyDocument,
    "query SecuritySession($id: ID!) { consentSession(id: $id) { id } }": typeof types.SecuritySessionDocument,
    "mutation SecurityRefresh($id: ID) { refreshSession(id: $id) { id } }": typeof types.SecurityRefreshDocument,
    "mutation SecurityEnd($id: ID) { endSession(id: $id) { id status } }": typeof types.SecurityEndDocument,
    "\n  mutation SecurityStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n": typeof types.SecurityStartDocument,
    "mutation SecurityClaim($code: String!) { claimSession(code: $code) { sessionToken } }": typeof types.SecurityClaimDocument,
    "query SecurityAliased { a: me { name } b: me { name } c: me { name } d: me { name } e: me { name } f: me { name } }": typeof types.SecurityAliasedDocument,
    "\n  mutation AdminStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n": typeof types.AdminStartDocument,
    "\n  mutation AdminClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AdminClaimDocument,
    "\n  query AdminSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminSessionsDocument,
    "\n  query AdminSessionsWithTrail($filter: ConsentSessionFilter) {\n    consentSessions(first: 10, filter: $filter) {\n      edges {\n        node {\n          id\n          auditTrail {\n            action\n            outcome\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminSessionsWithTrailDocument,
    "\n  query AdminTrail($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      grantedAt\n      withdrawnAt\n      auditTrail {\n        seq\n        at\n        actor\n        action\n        outcome\n        requestId\n      }\n    }\n  }\n": typeof types.AdminTrailDocument,
    "\n  query AdminDocuments($first: Int, $refresh: Boolean) {\n    documents(first: $first, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n": typeof types.AdminDocumentsDocument,
    "\n  query AdminKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      source\n    }\n  }\n": typeof types.AdminKycDocument,
    "mutation AdminRefresh { refreshSession { id } }": typeof types.AdminRefreshDocument,
    "mutation AdminRefreshAgain($id: ID) { refreshSession(id: $id) { id } }": typeof types.AdminRefreshAgainDocument,
    "query AdminOwnTrail($id: ID!) { consentSession(id: $id) { auditTrail { action } } }": typeof types.AdminOwnTrailDocument,
    "mutation AdminRefreshResumed { refreshSession { status } }": typeof types.AdminRefreshResumedDocument,
    "mutation AdminEnd { endSession { status } }": typeof types.AdminEndDocument,
    "\n  mutation TokensStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl claimVerifier } }\n": typeof types.TokensStartDocument,
    "\n  mutation TokensClaim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken session { id status } } }\n": typeof types.TokensClaimDocument,
    "query TokensMe { me { sessionStatus } }": typeof types.TokensMeDocument,
    "query TokensTypename { __typename }": typeof types.TokensTypenameDocument,
    "\n  query RotationKyc {\n    aadhaarKyc { name signature { verified reason signer fingerprint trustedBy chain } }\n  }\n": typeof types.RotationKycDocument,
    "\n  query UploadsSessionKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc { source name assurance signature { verified } }\n      uploadedKyc { source name dateOfBirth assurance matchesSessionProfile signature { verified } }\n    }\n  }\n": typeof types.UploadsSessionKycDocument,
    "query UploadsFetchedKyc($id: ID!) { consentSession(id: $id) { aadhaarKyc { source name assurance signature { verified } } } }": typeof types.UploadsFetchedKycDocument,
    "mutation UploadsPlainVerify($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source name } }": typeof types.UploadsPlainVerifyDocument,
    "\n  query UploadsList($id: ID!, $first: Int) { consentSession(id: $id) { uploadedKyc(first: $first) { name dateOfBirth } } }\n": typeof types.UploadsListDocument,
    "query UploadsOwnKyc($refresh: Boolean) { aadhaarKyc(refresh: $refresh) { source name assurance matchesSessionProfile } }": typeof types.UploadsOwnKycDocument,
    "\n  mutation UploadsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) { source name assurance matchesSessionProfile signature { verified } }\n  }\n": typeof types.UploadsVerifyDocument,
    "\n  mutation WebhookConfigure($input: ConfigureWebhookInput!) { configureWebhook(input: $input) { endpoint { url events createdAt } secret } }\n": typeof types.WebhookConfigureDocument,
    "\n  mutation WebhookRotate { rotateWebhookSecret { endpoint { url } secret } }\n": typeof types.WebhookRotateDocument,
    "\n  mutation WebhookDelete { deleteWebhook }\n": typeof types.WebhookDeleteDocument,
    "\n  query WebhookEndpointRead { webhookEndpoint { url events } }\n": typeof types.WebhookEndpointReadDocument,
    "\n  query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id type sessionId status payload attempts { attempt at statusCode error durationMs } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation WebhookStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n": typeof types.WebhookStartDocument,
    "\n  query WebhookKyc { aadhaarKyc { signature { verified } } }\n": typeof types.WebhookKycDocument,
    "\n  mutation WebhookEnd($id: ID) { endSession(id: $id) { status } }\n": typeof types.WebhookEndDocument,
};
const documents: Documents = {
    "\n  query SurfaceMe { me { name eaadhaarAvailable sessionStatus } }\n": types.SurfaceMeDocument,
    "\n  query SurfaceDocumentList($first: Int, $filter: DocumentFilter, $refresh: Boolean) {\n    documents(first: $first, filter: $filter, refresh: $refresh) {\n      totalCount\n      edges { node { id uri name doctype issuer mimeTypes content { format } } }\n    }\n  }\n": types.SurfaceDocumentListDocument,
    "\n  query SurfaceDocument($id: ID!) {\n    document(id: $id) {\n      id name doctype\n      content { format mimeType size sha256 json fileUrl integrity { hmacVerified signatureVerified signer fingerprint } }\n    }\n  }\n": types.SurfaceDocumentDocument,
    "\n  query SurfaceKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source name dateOfBirth gender careOf maskedAadhaar referenceId generatedAt photo\n      address { house street locality vtc district state pincode country }\n      signature { verified reason signer fingerprint certificateExpired }\n    }\n  }\n": types.SurfaceKycDocument,
    "\n  query SurfaceSession($id: ID!) {\n    consentSession(id: $id) {\n      id status consentValidTill\n      profile { name }\n      documents(first: 3) { totalCount edges { node { doctype } } }\n      aadhaarKyc { maskedAadhaar signature { verified } }\n    }\n  }\n": types.SurfaceSessionDocument,
    "\n  mutation SurfaceRefresh($id: ID) { refreshSession(id: $id) { id status } }\n": types.SurfaceRefreshDocument,
    "\n  mutation SurfaceEnd($id: ID) { endSession(id: $id) { id status } }\n": types.SurfaceEndDocument,
    "\n  mutation SurfaceVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name dateOfBirth maskedAadhaar referenceId photo\n      signature { verified signer certificateExpired }\n    }\n  }\n": types.SurfaceVerifyDocument,
    "mutation SurfacePending($input: StartConsentInput!) { startConsent(input: $input) { session { id } } }": types.SurfacePendingDocument,
    "query SurfaceStatus($id: ID!) { consentSession(id: $id) { status } }": types.SurfaceStatusDocument,
    "mutation AuditEnd { endSession { status grantedAt withdrawnAt noticeVersion } }": types.AuditEndDocument,
    "\n  mutation ConcurrencyStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl } }\n": types.ConcurrencyStartDocument,
    "\n  query ConcurrencyDocuments($refresh: Boolean) { documents(first: 100, refresh: $refresh) { totalCount edges { node { id uri } } } }\n": types.ConcurrencyDocumentsDocument,
    "\n  query ConcurrencyKyc($refresh: Boolean) { aadhaarKyc(refresh: $refresh) { maskedAadhaar signature { verified } } }\n": types.ConcurrencyKycDocument,
    "\n  mutation ConcurrencyEnd($id: ID, $idempotencyKey: String) { endSession(id: $id, idempotencyKey: $idempotencyKey) { id status } }\n": types.ConcurrencyEndDocument,
    "\n  query ConcurrencyMe { me { name sessionStatus } }\n": types.ConcurrencyMeDocument,
    "\n  mutation ConformanceStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n": types.ConformanceStartDocument,
    "mutation ConformanceClaim($code: String!) { claimSession(code: $code) { sessionToken } }": types.ConformanceClaimDocument,
    "query ConformanceMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus } }": types.ConformanceMeDocument,
    "query ConformanceDocuments { documents(first: 10) { totalCount edges { node { id uri doctype issuerId issuedOn mimeTypes } } } }": types.ConformanceDocumentsDocument,
    "query ConformanceDocument($id: ID!) { document(id: $id) { id content { mimeType sha256 } } }": types.ConformanceDocumentDocument,
    "query ConformanceKyc { aadhaarKyc { name dateOfBirth gender maskedAadhaar signature { verified } } }": types.ConformanceKycDocument,
    "query ConformanceIssuers { issuers { orgId issuerId name category } }": types.ConformanceIssuersDocument,
    "mutation ConformanceEnd($id: ID) { endSession(id: $id) { id status } }": types.ConformanceEndDocument,
    "\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) { session { id status expiresAt } authorizationUrl }\n  }\n": types.JourneyStartDocument,
    "\n  mutation JourneyClaim($code: String!) { claimSession(code: $code) { sessionToken session { id status } } }\n": types.JourneyClaimDocument,
    "\n  query JourneyMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus consentValidTill } }\n": types.JourneyMeDocument,
    "\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id uri name doctype issuer issuerId issuedOn mimeTypes } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.JourneyDocumentsDocument,
    "\n  query JourneySessionDocuments($id: ID!) { consentSession(id: $id) { status documents(first: 5) { totalCount } } }\n": types.JourneySessionDocumentsDocument,
    "\n  query JourneySessionStatus($id: ID!) { consentSession(id: $id) { status } }\n": types.JourneySessionStatusDocument,
    "\n  mutation StatusStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl claimVerifier statusToken } }\n": types.StatusStartDocument,
    "query StatusRead($statusToken: String!) { consentStatus(statusToken: $statusToken) { sessionId status updatedAt } }": types.StatusReadDocument,
    "query DialectMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus } }": types.DialectMeDocument,
    "query DialectDocuments { documents(first: 100) { totalCount edges { node { id doctype issuerId } } } }": types.DialectDocumentsDocument,
    "query DialectKyc { aadhaarKyc { name dateOfBirth maskedAadhaar signature { verified } } }": types.DialectKycDocument,
    "query DialectIssuers { issuers { orgId issuerId category } }": types.DialectIssuersDocument,
    "mutation DialectPull($input: PullDocumentInput!) { pullDocument(input: $input) { status document { doctype } } }": types.DialectPullDocument,
    "query DialectSession($id: ID!) { consentSession(id: $id) { id status } }": types.DialectSessionDocument,
    "mutation DialectEnd($id: ID) { endSession(id: $id) { id status } }": types.DialectEndDocument,
    "query DialectDocument($id: ID!) { document(id: $id) { id content { sha256 } } }": types.DialectDocumentDocument,
    "\n  mutation ErrorsStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl claimVerifier statusToken } }\n": types.ErrorsStartDocument,
    "\n  mutation ErrorsClaim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken } }\n": types.ErrorsClaimDocument,
    "mutation ErrorsEnd($id: ID) { endSession(id: $id) { id status } }": types.ErrorsEndDocument,
    "query ErrorsSessionDocuments($id: ID!) { consentSession(id: $id) { documents { totalCount } } }": types.ErrorsSessionDocumentsDocument,
    "\n      query ApqStatus($statusToken: String!) {\n        consentStatus(statusToken: $statusToken) {\n          status\n        }\n      }\n    ": types.ApqStatusDocument,
    "\n  mutation GoLiveStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n": types.GoLiveStartDocument,
    "\n  query GoLiveUploaded($first: Int, $after: String, $folderId: ID, $sessionId: ID) {\n    uploadedDocuments(first: $first, after: $after, folderId: $folderId, sessionId: $sessionId) {\n      totalCount\n      edges { cursor node { id name type size date mime uri description } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": types.GoLiveUploadedDocument,
    "query GoLiveIssued { documents(first: 10) { edges { node { doctype size parent type } } } }": types.GoLiveIssuedDocument,
    "query GoLiveIssuedFirst { documents(first: 1) { edges { node { id } } } }": types.GoLiveIssuedFirstDocument,
    "\n  query RotationRead { me { name } documents(first: 10) { edges { node { uri content { format } } } } aadhaarKyc { maskedAadhaar } }\n": types.RotationReadDocument,
    "query RotationDoc($id: ID!) { document(id: $id) { content { sha256 } } }": types.RotationDocDocument,
    "query RotationIds { documents(first: 1, filter: { doctypes: [\"PANCR\"] }) { edges { node { id } } } }": types.RotationIdsDocument,
    "\n  query KycChecks {\n    aadhaarKyc { source generatedAt assurance freshness { ageSeconds withinLimit limitSeconds } }\n  }\n": types.KycChecksDocument,
    "\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc { matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameScore nameMatches dateOfBirthMatches matches assurance } }\n  }\n": types.KycMatchDocument,
    "\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name signature { verified } assurance freshness { ageSeconds withinLimit limitSeconds }\n    }\n  }\n": types.KycOfflineChecksDocument,
    "\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) { assurance matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameMatches dateOfBirthMatches matches assurance } }\n  }\n": types.KycOfflineMatchDocument,
    "\n  mutation MetricsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n": types.MetricsStartDocument,
    "\n  query MetricsMe {\n    me {\n      digilockerId\n    }\n  }\n": types.MetricsMeDocument,
    "\n  query MetricsDocuments {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n": types.MetricsDocumentsDocument,
    "\n  query MetricsKyc {\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n": types.MetricsKycDocument,
    "\n  mutation MetricsRefresh {\n    refreshSession {\n      id\n      status\n    }\n  }\n": types.MetricsRefreshDocument,
    "query PullIssuers { issuers { orgId issuerId name category } }": types.PullIssuersDocument,
    "query PullDocTypes($orgId: String!) { issuerDocumentTypes(orgId: $orgId) { doctype description } }": types.PullDocTypesDocument,
    "\n  query PullParameters($orgId: String!, $doctype: String!) {\n    issuerParameters(orgId: $orgId, doctype: $doctype) { name label allowedValues example }\n  }\n": types.PullParametersDocument,
    "\n  mutation PullDocument($input: PullDocumentInput!) {\n    pullDocument(input: $input) { status message document { id uri doctype issuerId name } }\n  }\n": types.PullDocumentDocument,
    "\n  query PullListed($first: Int, $after: String) {\n    documents(first: $first, after: $after) { totalCount edges { cursor node { id doctype issuerId } } pageInfo { endCursor hasNextPage } }\n  }\n": types.PullListedDocument,
    "query PullRefreshed { documents(first: 100, refresh: true) { edges { node { doctype } } } }": types.PullRefreshedDocument,
    "query PullOne($id: ID!) { document(id: $id) { id doctype content { sha256 } } }": types.PullOneDocument,
    "query RetentionKyc { aadhaarKyc { photo } }": types.RetentionKycDocument,
    "query RetentionDocs { documents(first: 5) { totalCount } }": types.RetentionDocsDocument,
    "mutation RetentionUpload($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source } }": types.RetentionUploadDocument,
    "query SecurityMe { me { name } }": types.SecurityMeDocument,
    "\n  query SecurityDocs { documents(first: 20) { edges { node { id doctype } } } }\n": types.SecurityDocsDocument,
    "\n  query SecurityDoc($id: ID!) { document(id: $id) { content { format } } }\n": types.SecurityDocDocument,
    "query SecurityKyc { aadhaarKyc { maskedAadhaar photo } }": types.SecurityKycDocument,
    "\n  mutation SecurityVerify($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source maskedAadhaar signature { verified reason } } }\n": types.SecurityVerifyDocument,
    "query SecuritySession($id: ID!) { consentSession(id: $id) { id } }": types.SecuritySessionDocument,
    "mutation SecurityRefresh($id: ID) { refreshSession(id: $id) { id } }": types.SecurityRefreshDocument,
    "mutation SecurityEnd($id: ID) { endSession(id: $id) { id status } }": types.SecurityEndDocument,
    "\n  mutation SecurityStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n": types.SecurityStartDocument,
    "mutation SecurityClaim($code: String!) { claimSession(code: $code) { sessionToken } }": types.SecurityClaimDocument,
    "query SecurityAliased { a: me { name } b: me { name } c: me { name } d: me { name } e: me { name } f: me { name } }": types.SecurityAliasedDocument,
    "\n  mutation AdminStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n": types.AdminStartDocument,
    "\n  mutation AdminClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": types.AdminClaimDocument,
    "\n  query AdminSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.AdminSessionsDocument,
    "\n  query AdminSessionsWithTrail($filter: ConsentSessionFilter) {\n    consentSessions(first: 10, filter: $filter) {\n      edges {\n        node {\n          id\n          auditTrail {\n            action\n            outcome\n          }\n        }\n      }\n    }\n  }\n": types.AdminSessionsWithTrailDocument,
    "\n  query AdminTrail($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      grantedAt\n      withdrawnAt\n      auditTrail {\n        seq\n        at\n        actor\n        action\n        outcome\n        requestId\n      }\n    }\n  }\n": types.AdminTrailDocument,
    "\n  query AdminDocuments($first: Int, $refresh: Boolean) {\n    documents(first: $first, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n": types.AdminDocumentsDocument,
    "\n  query AdminKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      source\n    }\n  }\n": types.AdminKycDocument,
    "mutation AdminRefresh { refreshSession { id } }": types.AdminRefreshDocument,
    "mutation AdminRefreshAgain($id: ID) { refreshSession(id: $id) { id } }": types.AdminRefreshAgainDocument,
    "query AdminOwnTrail($id: ID!) { consentSession(id: $id) { auditTrail { action } } }": types.AdminOwnTrailDocument,
    "mutation AdminRefreshResumed { refreshSession { status } }": types.AdminRefreshResumedDocument,
    "mutation AdminEnd { endSession { status } }": types.AdminEndDocument,
    "\n  mutation TokensStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl claimVerifier } }\n": types.TokensStartDocument,
    "\n  mutation TokensClaim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken session { id status } } }\n": types.TokensClaimDocument,
    "query TokensMe { me { sessionStatus } }": types.TokensMeDocument,
    "query TokensTypename { __typename }": types.TokensTypenameDocument,
    "\n  query RotationKyc {\n    aadhaarKyc { name signature { verified reason signer fingerprint trustedBy chain } }\n  }\n": types.RotationKycDocument,
    "\n  query UploadsSessionKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc { source name assurance signature { verified } }\n      uploadedKyc { source name dateOfBirth assurance matchesSessionProfile signature { verified } }\n    }\n  }\n": types.UploadsSessionKycDocument,
    "query UploadsFetchedKyc($id: ID!) { consentSession(id: $id) { aadhaarKyc { source name assurance signature { verified } } } }": types.UploadsFetchedKycDocument,
    "mutation UploadsPlainVerify($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source name } }": types.UploadsPlainVerifyDocument,
    "\n  query UploadsList($id: ID!, $first: Int) { consentSession(id: $id) { uploadedKyc(first: $first) { name dateOfBirth } } }\n": types.UploadsListDocument,
    "query UploadsOwnKyc($refresh: Boolean) { aadhaarKyc(refresh: $refresh) { source name assurance matchesSessionProfile } }": types.UploadsOwnKycDocument,
    "\n  mutation UploadsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) { source name assurance matchesSessionProfile signature { verified } }\n  }\n": types.UploadsVerifyDocument,
    "\n  mutation WebhookConfigure($input: ConfigureWebhookInput!) { configureWebhook(input: $input) { endpoint { url events createdAt } secret } }\n": types.WebhookConfigureDocument,
    "\n  mutation WebhookRotate { rotateWebhookSecret { endpoint { url } secret } }\n": types.WebhookRotateDocument,
    "\n  mutation WebhookDelete { deleteWebhook }\n": types.WebhookDeleteDocument,
    "\n  query WebhookEndpointRead { webhookEndpoint { url events } }\n": types.WebhookEndpointReadDocument,
    "\n  query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id type sessionId status payload attempts { attempt at statusCode error durationMs } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation WebhookStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n": types.WebhookStartDocument,
    "\n  query WebhookKyc { aadhaarKyc { signature { verified } } }\n": types.WebhookKycDocument,
    "\n  mutation WebhookEnd($id: ID) { endSession(id: $id) { status } }\n": types.WebhookEndDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurfaceMe { me { name eaadhaarAvailable sessionStatus } }\n"): (typeof documents)["\n  query SurfaceMe { me { name eaadhaarAvailable sessionStatus } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurfaceDocumentList($first: Int, $filter: DocumentFilter, $refresh: Boolean) {\n    documents(first: $first, filter: $filter, refresh: $refresh) {\n      totalCount\n      edges { node { id uri name doctype issuer mimeTypes content { format } } }\n    }\n  }\n"): (typeof documents)["\n  query SurfaceDocumentList($first: Int, $filter: DocumentFilter, $refresh: Boolean) {\n    documents(first: $first, filter: $filter, refresh: $refresh) {\n      totalCount\n      edges { node { id uri name doctype issuer mimeTypes content { format } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurfaceDocument($id: ID!) {\n    document(id: $id) {\n      id name doctype\n      content { format mimeType size sha256 json fileUrl integrity { hmacVerified signatureVerified signer fingerprint } }\n    }\n  }\n"): (typeof documents)["\n  query SurfaceDocument($id: ID!) {\n    document(id: $id) {\n      id name doctype\n      content { format mimeType size sha256 json fileUrl integrity { hmacVerified signatureVerified signer fingerprint } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurfaceKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source name dateOfBirth gender careOf maskedAadhaar referenceId generatedAt photo\n      address { house street locality vtc district state pincode country }\n      signature { verified reason signer fingerprint certificateExpired }\n    }\n  }\n"): (typeof documents)["\n  query SurfaceKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source name dateOfBirth gender careOf maskedAadhaar referenceId generatedAt photo\n      address { house street locality vtc district state pincode country }\n      signature { verified reason signer fingerprint certificateExpired }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurfaceSession($id: ID!) {\n    consentSession(id: $id) {\n      id status consentValidTill\n      profile { name }\n      documents(first: 3) { totalCount edges { node { doctype } } }\n      aadhaarKyc { maskedAadhaar signature { verified } }\n    }\n  }\n"): (typeof documents)["\n  query SurfaceSession($id: ID!) {\n    consentSession(id: $id) {\n      id status consentValidTill\n      profile { name }\n      documents(first: 3) { totalCount edges { node { doctype } } }\n      aadhaarKyc { maskedAadhaar signature { verified } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurfaceRefresh($id: ID) { refreshSession(id: $id) { id status } }\n"): (typeof documents)["\n  mutation SurfaceRefresh($id: ID) { refreshSession(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurfaceEnd($id: ID) { endSession(id: $id) { id status } }\n"): (typeof documents)["\n  mutation SurfaceEnd($id: ID) { endSession(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurfaceVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name dateOfBirth maskedAadhaar referenceId photo\n      signature { verified signer certificateExpired }\n    }\n  }\n"): (typeof documents)["\n  mutation SurfaceVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name dateOfBirth maskedAadhaar referenceId photo\n      signature { verified signer certificateExpired }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurfacePending($input: StartConsentInput!) { startConsent(input: $input) { session { id } } }"): (typeof documents)["mutation SurfacePending($input: StartConsentInput!) { startConsent(input: $input) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurfaceStatus($id: ID!) { consentSession(id: $id) { status } }"): (typeof documents)["query SurfaceStatus($id: ID!) { consentSession(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditEnd { endSession { status grantedAt withdrawnAt noticeVersion } }"): (typeof documents)["mutation AuditEnd { endSession { status grantedAt withdrawnAt noticeVersion } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl } }\n"): (typeof documents)["\n  mutation ConcurrencyStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyDocuments($refresh: Boolean) { documents(first: 100, refresh: $refresh) { totalCount edges { node { id uri } } } }\n"): (typeof documents)["\n  query ConcurrencyDocuments($refresh: Boolean) { documents(first: 100, refresh: $refresh) { totalCount edges { node { id uri } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyKyc($refresh: Boolean) { aadhaarKyc(refresh: $refresh) { maskedAadhaar signature { verified } } }\n"): (typeof documents)["\n  query ConcurrencyKyc($refresh: Boolean) { aadhaarKyc(refresh: $refresh) { maskedAadhaar signature { verified } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyEnd($id: ID, $idempotencyKey: String) { endSession(id: $id, idempotencyKey: $idempotencyKey) { id status } }\n"): (typeof documents)["\n  mutation ConcurrencyEnd($id: ID, $idempotencyKey: String) { endSession(id: $id, idempotencyKey: $idempotencyKey) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyMe { me { name sessionStatus } }\n"): (typeof documents)["\n  query ConcurrencyMe { me { name sessionStatus } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConformanceStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n"): (typeof documents)["\n  mutation ConformanceStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConformanceClaim($code: String!) { claimSession(code: $code) { sessionToken } }"): (typeof documents)["mutation ConformanceClaim($code: String!) { claimSession(code: $code) { sessionToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConformanceMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus } }"): (typeof documents)["query ConformanceMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConformanceDocuments { documents(first: 10) { totalCount edges { node { id uri doctype issuerId issuedOn mimeTypes } } } }"): (typeof documents)["query ConformanceDocuments { documents(first: 10) { totalCount edges { node { id uri doctype issuerId issuedOn mimeTypes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConformanceDocument($id: ID!) { document(id: $id) { id content { mimeType sha256 } } }"): (typeof documents)["query ConformanceDocument($id: ID!) { document(id: $id) { id content { mimeType sha256 } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConformanceKyc { aadhaarKyc { name dateOfBirth gender maskedAadhaar signature { verified } } }"): (typeof documents)["query ConformanceKyc { aadhaarKyc { name dateOfBirth gender maskedAadhaar signature { verified } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConformanceIssuers { issuers { orgId issuerId name category } }"): (typeof documents)["query ConformanceIssuers { issuers { orgId issuerId name category } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConformanceEnd($id: ID) { endSession(id: $id) { id status } }"): (typeof documents)["mutation ConformanceEnd($id: ID) { endSession(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) { session { id status expiresAt } authorizationUrl }\n  }\n"): (typeof documents)["\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) { session { id status expiresAt } authorizationUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyClaim($code: String!) { claimSession(code: $code) { sessionToken session { id status } } }\n"): (typeof documents)["\n  mutation JourneyClaim($code: String!) { claimSession(code: $code) { sessionToken session { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus consentValidTill } }\n"): (typeof documents)["\n  query JourneyMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus consentValidTill } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id uri name doctype issuer issuerId issuedOn mimeTypes } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id uri name doctype issuer issuerId issuedOn mimeTypes } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneySessionDocuments($id: ID!) { consentSession(id: $id) { status documents(first: 5) { totalCount } } }\n"): (typeof documents)["\n  query JourneySessionDocuments($id: ID!) { consentSession(id: $id) { status documents(first: 5) { totalCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneySessionStatus($id: ID!) { consentSession(id: $id) { status } }\n"): (typeof documents)["\n  query JourneySessionStatus($id: ID!) { consentSession(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl claimVerifier statusToken } }\n"): (typeof documents)["\n  mutation StatusStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl claimVerifier statusToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatusRead($statusToken: String!) { consentStatus(statusToken: $statusToken) { sessionId status updatedAt } }"): (typeof documents)["query StatusRead($statusToken: String!) { consentStatus(statusToken: $statusToken) { sessionId status updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DialectMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus } }"): (typeof documents)["query DialectMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DialectDocuments { documents(first: 100) { totalCount edges { node { id doctype issuerId } } } }"): (typeof documents)["query DialectDocuments { documents(first: 100) { totalCount edges { node { id doctype issuerId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DialectKyc { aadhaarKyc { name dateOfBirth maskedAadhaar signature { verified } } }"): (typeof documents)["query DialectKyc { aadhaarKyc { name dateOfBirth maskedAadhaar signature { verified } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DialectIssuers { issuers { orgId issuerId category } }"): (typeof documents)["query DialectIssuers { issuers { orgId issuerId category } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DialectPull($input: PullDocumentInput!) { pullDocument(input: $input) { status document { doctype } } }"): (typeof documents)["mutation DialectPull($input: PullDocumentInput!) { pullDocument(input: $input) { status document { doctype } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DialectSession($id: ID!) { consentSession(id: $id) { id status } }"): (typeof documents)["query DialectSession($id: ID!) { consentSession(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DialectEnd($id: ID) { endSession(id: $id) { id status } }"): (typeof documents)["mutation DialectEnd($id: ID) { endSession(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DialectDocument($id: ID!) { document(id: $id) { id content { sha256 } } }"): (typeof documents)["query DialectDocument($id: ID!) { document(id: $id) { id content { sha256 } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl claimVerifier statusToken } }\n"): (typeof documents)["\n  mutation ErrorsStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl claimVerifier statusToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsClaim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken } }\n"): (typeof documents)["\n  mutation ErrorsClaim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrorsEnd($id: ID) { endSession(id: $id) { id status } }"): (typeof documents)["mutation ErrorsEnd($id: ID) { endSession(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorsSessionDocuments($id: ID!) { consentSession(id: $id) { documents { totalCount } } }"): (typeof documents)["query ErrorsSessionDocuments($id: ID!) { consentSession(id: $id) { documents { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ApqStatus($statusToken: String!) {\n        consentStatus(statusToken: $statusToken) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      query ApqStatus($statusToken: String!) {\n        consentStatus(statusToken: $statusToken) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoLiveStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n"): (typeof documents)["\n  mutation GoLiveStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoLiveUploaded($first: Int, $after: String, $folderId: ID, $sessionId: ID) {\n    uploadedDocuments(first: $first, after: $after, folderId: $folderId, sessionId: $sessionId) {\n      totalCount\n      edges { cursor node { id name type size date mime uri description } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query GoLiveUploaded($first: Int, $after: String, $folderId: ID, $sessionId: ID) {\n    uploadedDocuments(first: $first, after: $after, folderId: $folderId, sessionId: $sessionId) {\n      totalCount\n      edges { cursor node { id name type size date mime uri description } }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoLiveIssued { documents(first: 10) { edges { node { doctype size parent type } } } }"): (typeof documents)["query GoLiveIssued { documents(first: 10) { edges { node { doctype size parent type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoLiveIssuedFirst { documents(first: 1) { edges { node { id } } } }"): (typeof documents)["query GoLiveIssuedFirst { documents(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RotationRead { me { name } documents(first: 10) { edges { node { uri content { format } } } } aadhaarKyc { maskedAadhaar } }\n"): (typeof documents)["\n  query RotationRead { me { name } documents(first: 10) { edges { node { uri content { format } } } } aadhaarKyc { maskedAadhaar } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RotationDoc($id: ID!) { document(id: $id) { content { sha256 } } }"): (typeof documents)["query RotationDoc($id: ID!) { document(id: $id) { content { sha256 } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RotationIds { documents(first: 1, filter: { doctypes: [\"PANCR\"] }) { edges { node { id } } } }"): (typeof documents)["query RotationIds { documents(first: 1, filter: { doctypes: [\"PANCR\"] }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KycChecks {\n    aadhaarKyc { source generatedAt assurance freshness { ageSeconds withinLimit limitSeconds } }\n  }\n"): (typeof documents)["\n  query KycChecks {\n    aadhaarKyc { source generatedAt assurance freshness { ageSeconds withinLimit limitSeconds } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc { matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameScore nameMatches dateOfBirthMatches matches assurance } }\n  }\n"): (typeof documents)["\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc { matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameScore nameMatches dateOfBirthMatches matches assurance } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name signature { verified } assurance freshness { ageSeconds withinLimit limitSeconds }\n    }\n  }\n"): (typeof documents)["\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name signature { verified } assurance freshness { ageSeconds withinLimit limitSeconds }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) { assurance matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameMatches dateOfBirthMatches matches assurance } }\n  }\n"): (typeof documents)["\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) { assurance matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameMatches dateOfBirthMatches matches assurance } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MetricsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsMe {\n    me {\n      digilockerId\n    }\n  }\n"): (typeof documents)["\n  query MetricsMe {\n    me {\n      digilockerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsDocuments {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MetricsDocuments {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsKyc {\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n"): (typeof documents)["\n  query MetricsKyc {\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsRefresh {\n    refreshSession {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MetricsRefresh {\n    refreshSession {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PullIssuers { issuers { orgId issuerId name category } }"): (typeof documents)["query PullIssuers { issuers { orgId issuerId name category } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PullDocTypes($orgId: String!) { issuerDocumentTypes(orgId: $orgId) { doctype description } }"): (typeof documents)["query PullDocTypes($orgId: String!) { issuerDocumentTypes(orgId: $orgId) { doctype description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PullParameters($orgId: String!, $doctype: String!) {\n    issuerParameters(orgId: $orgId, doctype: $doctype) { name label allowedValues example }\n  }\n"): (typeof documents)["\n  query PullParameters($orgId: String!, $doctype: String!) {\n    issuerParameters(orgId: $orgId, doctype: $doctype) { name label allowedValues example }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PullDocument($input: PullDocumentInput!) {\n    pullDocument(input: $input) { status message document { id uri doctype issuerId name } }\n  }\n"): (typeof documents)["\n  mutation PullDocument($input: PullDocumentInput!) {\n    pullDocument(input: $input) { status message document { id uri doctype issuerId name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PullListed($first: Int, $after: String) {\n    documents(first: $first, after: $after) { totalCount edges { cursor node { id doctype issuerId } } pageInfo { endCursor hasNextPage } }\n  }\n"): (typeof documents)["\n  query PullListed($first: Int, $after: String) {\n    documents(first: $first, after: $after) { totalCount edges { cursor node { id doctype issuerId } } pageInfo { endCursor hasNextPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PullRefreshed { documents(first: 100, refresh: true) { edges { node { doctype } } } }"): (typeof documents)["query PullRefreshed { documents(first: 100, refresh: true) { edges { node { doctype } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PullOne($id: ID!) { document(id: $id) { id doctype content { sha256 } } }"): (typeof documents)["query PullOne($id: ID!) { document(id: $id) { id doctype content { sha256 } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RetentionKyc { aadhaarKyc { photo } }"): (typeof documents)["query RetentionKyc { aadhaarKyc { photo } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RetentionDocs { documents(first: 5) { totalCount } }"): (typeof documents)["query RetentionDocs { documents(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetentionUpload($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source } }"): (typeof documents)["mutation RetentionUpload($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityMe { me { name } }"): (typeof documents)["query SecurityMe { me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityDocs { documents(first: 20) { edges { node { id doctype } } } }\n"): (typeof documents)["\n  query SecurityDocs { documents(first: 20) { edges { node { id doctype } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityDoc($id: ID!) { document(id: $id) { content { format } } }\n"): (typeof documents)["\n  query SecurityDoc($id: ID!) { document(id: $id) { content { format } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityKyc { aadhaarKyc { maskedAadhaar photo } }"): (typeof documents)["query SecurityKyc { aadhaarKyc { maskedAadhaar photo } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityVerify($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source maskedAadhaar signature { verified reason } } }\n"): (typeof documents)["\n  mutation SecurityVerify($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source maskedAadhaar signature { verified reason } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecuritySession($id: ID!) { consentSession(id: $id) { id } }"): (typeof documents)["query SecuritySession($id: ID!) { consentSession(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityRefresh($id: ID) { refreshSession(id: $id) { id } }"): (typeof documents)["mutation SecurityRefresh($id: ID) { refreshSession(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityEnd($id: ID) { endSession(id: $id) { id status } }"): (typeof documents)["mutation SecurityEnd($id: ID) { endSession(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n"): (typeof documents)["\n  mutation SecurityStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityClaim($code: String!) { claimSession(code: $code) { sessionToken } }"): (typeof documents)["mutation SecurityClaim($code: String!) { claimSession(code: $code) { sessionToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityAliased { a: me { name } b: me { name } c: me { name } d: me { name } e: me { name } f: me { name } }"): (typeof documents)["query SecurityAliased { a: me { name } b: me { name } c: me { name } d: me { name } e: me { name } f: me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation AdminStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSessionsWithTrail($filter: ConsentSessionFilter) {\n    consentSessions(first: 10, filter: $filter) {\n      edges {\n        node {\n          id\n          auditTrail {\n            action\n            outcome\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSessionsWithTrail($filter: ConsentSessionFilter) {\n    consentSessions(first: 10, filter: $filter) {\n      edges {\n        node {\n          id\n          auditTrail {\n            action\n            outcome\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTrail($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      grantedAt\n      withdrawnAt\n      auditTrail {\n        seq\n        at\n        actor\n        action\n        outcome\n        requestId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTrail($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      grantedAt\n      withdrawnAt\n      auditTrail {\n        seq\n        at\n        actor\n        action\n        outcome\n        requestId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDocuments($first: Int, $refresh: Boolean) {\n    documents(first: $first, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDocuments($first: Int, $refresh: Boolean) {\n    documents(first: $first, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      source\n    }\n  }\n"): (typeof documents)["\n  query AdminKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminRefresh { refreshSession { id } }"): (typeof documents)["mutation AdminRefresh { refreshSession { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminRefreshAgain($id: ID) { refreshSession(id: $id) { id } }"): (typeof documents)["mutation AdminRefreshAgain($id: ID) { refreshSession(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminOwnTrail($id: ID!) { consentSession(id: $id) { auditTrail { action } } }"): (typeof documents)["query AdminOwnTrail($id: ID!) { consentSession(id: $id) { auditTrail { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminRefreshResumed { refreshSession { status } }"): (typeof documents)["mutation AdminRefreshResumed { refreshSession { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminEnd { endSession { status } }"): (typeof documents)["mutation AdminEnd { endSession { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl claimVerifier } }\n"): (typeof documents)["\n  mutation TokensStart($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl claimVerifier } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensClaim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken session { id status } } }\n"): (typeof documents)["\n  mutation TokensClaim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken session { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokensMe { me { sessionStatus } }"): (typeof documents)["query TokensMe { me { sessionStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokensTypename { __typename }"): (typeof documents)["query TokensTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RotationKyc {\n    aadhaarKyc { name signature { verified reason signer fingerprint trustedBy chain } }\n  }\n"): (typeof documents)["\n  query RotationKyc {\n    aadhaarKyc { name signature { verified reason signer fingerprint trustedBy chain } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsSessionKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc { source name assurance signature { verified } }\n      uploadedKyc { source name dateOfBirth assurance matchesSessionProfile signature { verified } }\n    }\n  }\n"): (typeof documents)["\n  query UploadsSessionKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc { source name assurance signature { verified } }\n      uploadedKyc { source name dateOfBirth assurance matchesSessionProfile signature { verified } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UploadsFetchedKyc($id: ID!) { consentSession(id: $id) { aadhaarKyc { source name assurance signature { verified } } } }"): (typeof documents)["query UploadsFetchedKyc($id: ID!) { consentSession(id: $id) { aadhaarKyc { source name assurance signature { verified } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadsPlainVerify($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source name } }"): (typeof documents)["mutation UploadsPlainVerify($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { source name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsList($id: ID!, $first: Int) { consentSession(id: $id) { uploadedKyc(first: $first) { name dateOfBirth } } }\n"): (typeof documents)["\n  query UploadsList($id: ID!, $first: Int) { consentSession(id: $id) { uploadedKyc(first: $first) { name dateOfBirth } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UploadsOwnKyc($refresh: Boolean) { aadhaarKyc(refresh: $refresh) { source name assurance matchesSessionProfile } }"): (typeof documents)["query UploadsOwnKyc($refresh: Boolean) { aadhaarKyc(refresh: $refresh) { source name assurance matchesSessionProfile } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) { source name assurance matchesSessionProfile signature { verified } }\n  }\n"): (typeof documents)["\n  mutation UploadsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) { source name assurance matchesSessionProfile signature { verified } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookConfigure($input: ConfigureWebhookInput!) { configureWebhook(input: $input) { endpoint { url events createdAt } secret } }\n"): (typeof documents)["\n  mutation WebhookConfigure($input: ConfigureWebhookInput!) { configureWebhook(input: $input) { endpoint { url events createdAt } secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRotate { rotateWebhookSecret { endpoint { url } secret } }\n"): (typeof documents)["\n  mutation WebhookRotate { rotateWebhookSecret { endpoint { url } secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookDelete { deleteWebhook }\n"): (typeof documents)["\n  mutation WebhookDelete { deleteWebhook }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpointRead { webhookEndpoint { url events } }\n"): (typeof documents)["\n  query WebhookEndpointRead { webhookEndpoint { url events } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id type sessionId status payload attempts { attempt at statusCode error durationMs } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id type sessionId status payload attempts { attempt at statusCode error durationMs } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n"): (typeof documents)["\n  mutation WebhookStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookKyc { aadhaarKyc { signature { verified } } }\n"): (typeof documents)["\n  query WebhookKyc { aadhaarKyc { signature { verified } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEnd($id: ID) { endSession(id: $id) { status } }\n"): (typeof documents)["\n  mutation WebhookEnd($id: ID) { endSession(id: $id) { status } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;