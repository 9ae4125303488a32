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
    "\n  mutation ConformanceStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": typeof types.ConformanceStartDocument,
    "\n  mutation ConformanceClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n": typeof types.ConformanceClaimDocument,
    "\n  query ConformanceMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n": typeof types.ConformanceMeDocument,
    "\n  query ConformanceDocuments {\n    documents(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          doctype\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n    }\n  }\n": typeof types.ConformanceDocumentsDocument,
    "\n  query ConformanceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        mimeType\n        sha256\n      }\n    }\n  }\n": typeof types.ConformanceDocumentDocument,
    "\n  query ConformanceKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      gender\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n": typeof types.ConformanceKycDocument,
    "\n  query ConformanceIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n": typeof types.ConformanceIssuersDocument,
    "\n  mutation ConformanceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConformanceEndDocument,
    "\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) { session { id status expiresAt } authorizationUrl }\n  }\n": typeof types.JourneyStartDocument,
    "\n  mutation JourneyClaim($code: String!) { claimSession(code: $code) { sessionToken session { id status } } }\n": typeof types.JourneyClaimDocument,
    "\n  query JourneyMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus consentValidTill } }\n": typeof types.JourneyMeDocument,
    "\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id uri name doctype issuer issuerId issuedOn mimeTypes } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.JourneyDocumentsDocument,
    "\n  query JourneySessionDocuments($id: ID!) { consentSession(id: $id) { status documents(first: 5) { totalCount } } }\n": typeof types.JourneySessionDocumentsDocument,
    "\n  query JourneySessionStatus($id: ID!) { consentSession(id: $id) { status } }\n": typeof types.JourneySessionStatusDocument,
    "\n  mutation StatusStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n      claimVerifier\n      statusToken\n    }\n  }\n": typeof types.StatusStartDocument,
    "\n  query StatusRead($statusToken: String!) {\n    consentStatus(statusToken: $statusToken) {\n      sessionId\n      status\n      updatedAt\n    }\n  }\n": typeof types.StatusReadDocument,
    "\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) {\n      id\n      name\n      policy {\n        returnPhotos\n        consoleDocumentContents\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n": typeof types.ConsoleUpdatePolicyDocument,
    "\n  mutation ConsoleReveal($sessionId: ID!, $documentId: ID!) {\n    revealDocumentContent(sessionId: $sessionId, documentId: $documentId) {\n      format\n      json\n      data {\n        __typename\n        ... on AadhaarDocument {\n          maskedAadhaar\n          name\n        }\n        ... on PanVerification {\n          pan\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleRevealDocument,
    "\n  query ConsoleSessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      documents(first: 20) {\n        edges {\n          node {\n            id\n            doctype\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSessionDocumentsDocument,
    "\n  mutation ConsoleRetry($id: ID!) {\n    retryWebhookEvent(id: $id) {\n      id\n      status\n      attempts {\n        attempt\n        statusCode\n      }\n    }\n  }\n": typeof types.ConsoleRetryDocument,
    "\n  query ConsoleTenantPolicy {\n    tenant {\n      policy {\n        consoleDocumentContents\n      }\n    }\n  }\n": typeof types.ConsoleTenantPolicyDocument,
    "\n  query ConsoleTenant {\n    tenant {\n      id\n      name\n      policy {\n        retentionDays\n        returnUrls\n      }\n    }\n  }\n": typeof types.ConsoleTenantDocument,
    "\n  query ConsoleAudit($actor: String, $first: Int) {\n    auditEvents(actor: $actor, first: $first) {\n      seq\n      actor\n      action\n      outcome\n      sessionId\n      requestId\n    }\n  }\n": typeof types.ConsoleAuditDocument,
    "\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window\n      since\n      completionRate\n      webhookSuccessRate\n      sessionsByStatus {\n        status\n        count\n      }\n      buckets {\n        start\n        started\n        completed\n        webhookAttempts\n        webhookSucceeded\n      }\n      upstream {\n        operation\n        requests\n        errors\n        errorRate\n      }\n    }\n  }\n": typeof types.ConsoleHealthDocument,
    "\n  mutation ConsoleConfigure($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n      }\n    }\n  }\n": typeof types.ConsoleConfigureDocument,
    "\n  mutation ConsoleDeleteWebhook {\n    deleteWebhook\n  }\n": typeof types.ConsoleDeleteWebhookDocument,
    "\n  query ConsoleDeliveries($status: WebhookDeliveryStatus) {\n    webhookDeliveries(first: 50, filter: { status: $status }) {\n      edges {\n        node {\n          id\n          type\n          status\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDeliveriesDocument,
    "\n  query DialectMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n": typeof types.DialectMeDocument,
    "\n  query DialectDocuments {\n    documents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n          issuerId\n        }\n      }\n    }\n  }\n": typeof types.DialectDocumentsDocument,
    "\n  query DialectKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n": typeof types.DialectKycDocument,
    "\n  query DialectIssuers {\n    issuers {\n      orgId\n      issuerId\n      category\n    }\n  }\n": typeof types.DialectIssuersDocument,
    "\n  mutation DialectPull($input: PullDocumentInput!) {\n    pullDocument(input: $input) {\n      status\n      document {\n        doctype\n      }\n    }\n  }\n": typeof types.DialectPullDocument,
    "\n  query DialectSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DialectSessionDocument,
    "\n  mutation DialectEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DialectEndDocument,
    "\n  query DialectDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        sha256\n      }\n    }\n  }\n": typeof types.DialectDocumentDocument,
    "\n  mutation ErrorsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n      claimVerifier\n      statusToken\n    }\n  }\n": typeof types.ErrorsStartDocument,
    "\n  mutation ErrorsClaim($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n    }\n  }\n": typeof types.ErrorsClaimDocument,
    "\n  mutation ErrorsEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ErrorsEndDocument,
    "\n  query ErrorsSessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      documents {\n        totalCount\n      }\n    }\n  }\n": typeof types.ErrorsSessionDocumentsDocument,
    "\n      query ApqStatus($statusToken: String!) {\n        consentStatus(statusToken: $statusToken) {\n          status\n        }\n      }\n    ": typeof types.ApqStatusDocument,
    "\n  mutation GoLiveStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": typeof types.GoLiveStartDocument,
    "\n  query GoLiveUploaded($first: Int, $after: String, $folderId: ID, $sessionId: ID) {\n    uploadedDocuments(first: $first, after: $after, folderId: $folderId, sessionId: $sessionId) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          size\n          date\n          mime\n          uri\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GoLiveUploadedDocument,
    "\n  query GoLiveIssued {\n    documents(first: 10) {\n      edges {\n        node {\n          doctype\n          size\n          parent\n          type\n        }\n      }\n    }\n  }\n": typeof types.GoLiveIssuedDocument,
    "\n  query GoLiveIssuedFirst {\n    documents(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GoLiveIssuedFirstDocument,
    "\n  query RotationRead { me { name } documents(first: 10) { edges { node { uri content { format } } } } aadhaarKyc { maskedAadhaar } }\n": typeof types.RotationReadDocument,
    "query RotationDoc($id: ID!) { document(id: $id) { content { sha256 } } }": typeof types.RotationDocDocument,
    "query RotationIds { documents(first: 1, filter: { doctypes: [\"PANCR\"] }) { edges { node { id } } } }": typeof types.RotationIdsDocument,
    "\n  query KycChecks {\n    aadhaarKyc { source generatedAt assurance freshness { ageSeconds withinLimit limitSeconds } }\n  }\n": typeof types.KycChecksDocument,
    "\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc { matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameScore nameMatches dateOfBirthMatches matches assurance } }\n  }\n": typeof types.KycMatchDocument,
    "\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name signature { verified } assurance freshness { ageSeconds withinLimit limitSeconds }\n    }\n  }\n": typeof types.KycOfflineChecksDocument,
    "\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) { assurance matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameMatches dateOfBirthMatches matches assurance } }\n  }\n": typeof types.KycOfflineMatchDocument,
    "\n  query ReceiptsOwn($format: KycReceiptFormat!) {\n    kycReceipt(format: $format) {\n      id\n      format\n      credential\n      expiresAt\n    }\n  }\n": typeof types.ReceiptsOwnDocument,
    "\n  query ReceiptsSession($id: ID!) {\n    consentSession(id: $id) {\n      kycReceipt(format: SD_JWT_VC) {\n        id\n        credential\n        expiresAt\n      }\n      uploadedKyc {\n        source\n        assurance\n        kycReceipt(format: SD_JWT_VC) {\n          id\n          credential\n        }\n      }\n    }\n  }\n": typeof types.ReceiptsSessionDocument,
    "\n  mutation ReceiptsUpload($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      assurance\n      signature {\n        verified\n      }\n    }\n  }\n": typeof types.ReceiptsUploadDocument,
    "\n  mutation ReceiptsUploadReceipt($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      kycReceipt(format: SD_JWT_VC) {\n        id\n      }\n    }\n  }\n": typeof types.ReceiptsUploadReceiptDocument,
    "\n  mutation ReceiptsRevoke($id: ID!) {\n    revokeKycReceipt(id: $id)\n  }\n": typeof types.ReceiptsRevokeDocument,
    "\n  mutation ReceiptsEnd($id: ID) {\n    endSession(id: $id) {\n      status\n    }\n  }\n": typeof types.ReceiptsEndDocument,
    "\n  mutation MetricsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n": typeof types.MetricsStartDocument,
    "\n  query MetricsMe {\n    me {\n      digilockerId\n    }\n  }\n": typeof types.MetricsMeDocument,
    "\n  query MetricsDocuments {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.MetricsDocumentsDocument,
    "\n  query MetricsKyc {\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n": typeof types.MetricsKycDocument,
    "\n  mutation MetricsRefresh {\n    refreshSession {\n      id\n      status\n    }\n  }\n": typeof types.MetricsRefreshDocument,
    "\n  mutation PhotoLimitsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      name\n      photo\n      signature {\n        verified\n      }\n    }\n  }\n": typeof types.PhotoLimitsVerifyDocument,
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
    "\n  mutation TokensStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n      claimVerifier\n    }\n  }\n": typeof types.TokensStartDocument,
    "\n  mutation TokensClaim($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TokensClaimDocument,
    "\n  query TokensMe {\n    me {\n      sessionStatus\n    }\n  }\n": typeof types.TokensMeDocument,
    "\n      query TokensTypename {\n        __typename\n      }\n    ": typeof types.TokensTypenameDocument,
    "\n  query RotationKyc {\n    aadhaarKyc {\n      name\n      signature {\n        verified\n        reason\n        signer\n        fingerprint\n        trustedBy\n        chain\n      }\n    }\n  }\n": typeof types.RotationKycDocument,
    "\n  query TypedList {\n    documents(first: 50) {\n      edges {\n        node {\n          id\n          uri\n          doctype\n        }\n      }\n    }\n  }\n": typeof types.TypedListDocument,
    "\n  query TypedDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        format\n        integrity {\n          hmacVerified\n          signatureVerified\n        }\n        signature {\n          verified\n          reason\n          signer\n          trustedBy\n          chain\n        }\n        data {\n          __typename\n          ... on CertificateDocument {\n            documentNumber\n            holderName\n            issuedOn\n            issuerName\n          }\n          ... on PanVerification {\n            pan\n            name\n            dateOfBirth\n            status\n          }\n          ... on DrivingLicence {\n            licenceNumber\n            validFrom\n            validTo\n            nonTransportValidTo\n            transportValidFrom\n            transportValidTo\n            issuingAuthority\n            vehicleClasses {\n              code\n              description\n              category\n              transport\n              issuedOn\n              endorsedOn\n            }\n          }\n          ... on GenericCertificate {\n            title\n            number\n            fields {\n              label\n              path\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TypedDocumentDocument,
    "\n  query TypedListedData {\n    documents(first: 50) {\n      edges {\n        node {\n          doctype\n          content {\n            data {\n              __typename\n              ... on CertificateDocument {\n                documentNumber\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TypedListedDataDocument,
    "\n  query UploadsSessionKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc {\n        source\n        name\n        assurance\n        signature {\n          verified\n        }\n      }\n      uploadedKyc {\n        source\n        name\n        dateOfBirth\n        assurance\n        matchesSessionProfile\n        signature {\n          verified\n        }\n      }\n    }\n  }\n": typeof types.UploadsSessionKycDocument,
    "\n  query UploadsFetchedKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc {\n        source\n        name\n        assurance\n        signature {\n          verified\n        }\n      }\n    }\n  }\n": typeof types.UploadsFetchedKycDocument,
    "\n  mutation UploadsPlainVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n    }\n  }\n": typeof types.UploadsPlainVerifyDocument,
    "\n  query UploadsList($id: ID!, $first: Int) {\n    consentSession(id: $id) {\n      uploadedKyc(first: $first) {\n        name\n        dateOfBirth\n      }\n    }\n  }\n": typeof types.UploadsListDocument,
    "\n  query UploadsOwnKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source\n      name\n      assurance\n      matchesSessionProfile\n    }\n  }\n": typeof types.UploadsOwnKycDocument,
    "\n  mutation UploadsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      assurance\n      matchesSessionProfile\n      signature {\n        verified\n      }\n    }\n  }\n": typeof types.UploadsVerifyDocument,
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
    "\n  mutation ConformanceStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": types.ConformanceStartDocument,
    "\n  mutation ConformanceClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n": types.ConformanceClaimDocument,
    "\n  query ConformanceMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n": types.ConformanceMeDocument,
    "\n  query ConformanceDocuments {\n    documents(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          doctype\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n    }\n  }\n": types.ConformanceDocumentsDocument,
    "\n  query ConformanceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        mimeType\n        sha256\n      }\n    }\n  }\n": types.ConformanceDocumentDocument,
    "\n  query ConformanceKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      gender\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n": types.ConformanceKycDocument,
    "\n  query ConformanceIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n": types.ConformanceIssuersDocument,
    "\n  mutation ConformanceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConformanceEndDocument,
    "\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) { session { id status expiresAt } authorizationUrl }\n  }\n": types.JourneyStartDocument,
    "\n  mutation JourneyClaim($code: String!) { claimSession(code: $code) { sessionToken session { id status } } }\n": types.JourneyClaimDocument,
    "\n  query JourneyMe { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus consentValidTill } }\n": types.JourneyMeDocument,
    "\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id uri name doctype issuer issuerId issuedOn mimeTypes } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.JourneyDocumentsDocument,
    "\n  query JourneySessionDocuments($id: ID!) { consentSession(id: $id) { status documents(first: 5) { totalCount } } }\n": types.JourneySessionDocumentsDocument,
    "\n  query JourneySessionStatus($id: ID!) { consentSession(id: $id) { status } }\n": types.JourneySessionStatusDocument,
    "\n  mutation StatusStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n      claimVerifier\n      statusToken\n    }\n  }\n": types.StatusStartDocument,
    "\n  query StatusRead($statusToken: String!) {\n    consentStatus(statusToken: $statusToken) {\n      sessionId\n      status\n      updatedAt\n    }\n  }\n": types.StatusReadDocument,
    "\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) {\n      id\n      name\n      policy {\n        returnPhotos\n        consoleDocumentContents\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n": types.ConsoleUpdatePolicyDocument,
    "\n  mutation ConsoleReveal($sessionId: ID!, $documentId: ID!) {\n    revealDocumentContent(sessionId: $sessionId, documentId: $documentId) {\n      format\n      json\n      data {\n        __typename\n        ... on AadhaarDocument {\n          maskedAadhaar\n          name\n        }\n        ... on PanVerification {\n          pan\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleRevealDocument,
    "\n  query ConsoleSessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      documents(first: 20) {\n        edges {\n          node {\n            id\n            doctype\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleSessionDocumentsDocument,
    "\n  mutation ConsoleRetry($id: ID!) {\n    retryWebhookEvent(id: $id) {\n      id\n      status\n      attempts {\n        attempt\n        statusCode\n      }\n    }\n  }\n": types.ConsoleRetryDocument,
    "\n  query ConsoleTenantPolicy {\n    tenant {\n      policy {\n        consoleDocumentContents\n      }\n    }\n  }\n": types.ConsoleTenantPolicyDocument,
    "\n  query ConsoleTenant {\n    tenant {\n      id\n      name\n      policy {\n        retentionDays\n        returnUrls\n      }\n    }\n  }\n": types.ConsoleTenantDocument,
    "\n  query ConsoleAudit($actor: String, $first: Int) {\n    auditEvents(actor: $actor, first: $first) {\n      seq\n      actor\n      action\n      outcome\n      sessionId\n      requestId\n    }\n  }\n": types.ConsoleAuditDocument,
    "\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window\n      since\n      completionRate\n      webhookSuccessRate\n      sessionsByStatus {\n        status\n        count\n      }\n      buckets {\n        start\n        started\n        completed\n        webhookAttempts\n        webhookSucceeded\n      }\n      upstream {\n        operation\n        requests\n        errors\n        errorRate\n      }\n    }\n  }\n": types.ConsoleHealthDocument,
    "\n  mutation ConsoleConfigure($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n      }\n    }\n  }\n": types.ConsoleConfigureDocument,
    "\n  mutation ConsoleDeleteWebhook {\n    deleteWebhook\n  }\n": types.ConsoleDeleteWebhookDocument,
    "\n  query ConsoleDeliveries($status: WebhookDeliveryStatus) {\n    webhookDeliveries(first: 50, filter: { status: $status }) {\n      edges {\n        node {\n          id\n          type\n          status\n        }\n      }\n    }\n  }\n": types.ConsoleDeliveriesDocument,
    "\n  query DialectMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n": types.DialectMeDocument,
    "\n  query DialectDocuments {\n    documents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n          issuerId\n        }\n      }\n    }\n  }\n": types.DialectDocumentsDocument,
    "\n  query DialectKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n": types.DialectKycDocument,
    "\n  query DialectIssuers {\n    issuers {\n      orgId\n      issuerId\n      category\n    }\n  }\n": types.DialectIssuersDocument,
    "\n  mutation DialectPull($input: PullDocumentInput!) {\n    pullDocument(input: $input) {\n      status\n      document {\n        doctype\n      }\n    }\n  }\n": types.DialectPullDocument,
    "\n  query DialectSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.DialectSessionDocument,
    "\n  mutation DialectEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.DialectEndDocument,
    "\n  query DialectDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        sha256\n      }\n    }\n  }\n": types.DialectDocumentDocument,
    "\n  mutation ErrorsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n      claimVerifier\n      statusToken\n    }\n  }\n": types.ErrorsStartDocument,
    "\n  mutation ErrorsClaim($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n    }\n  }\n": types.ErrorsClaimDocument,
    "\n  mutation ErrorsEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.ErrorsEndDocument,
    "\n  query ErrorsSessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      documents {\n        totalCount\n      }\n    }\n  }\n": types.ErrorsSessionDocumentsDocument,
    "\n      query ApqStatus($statusToken: String!) {\n        consentStatus(statusToken: $statusToken) {\n          status\n        }\n      }\n    ": types.ApqStatusDocument,
    "\n  mutation GoLiveStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": types.GoLiveStartDocument,
    "\n  query GoLiveUploaded($first: Int, $after: String, $folderId: ID, $sessionId: ID) {\n    uploadedDocuments(first: $first, after: $after, folderId: $folderId, sessionId: $sessionId) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          size\n          date\n          mime\n          uri\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.GoLiveUploadedDocument,
    "\n  query GoLiveIssued {\n    documents(first: 10) {\n      edges {\n        node {\n          doctype\n          size\n          parent\n          type\n        }\n      }\n    }\n  }\n": types.GoLiveIssuedDocument,
    "\n  query GoLiveIssuedFirst {\n    documents(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.GoLiveIssuedFirstDocument,
    "\n  query RotationRead { me { name } documents(first: 10) { edges { node { uri content { format } } } } aadhaarKyc { maskedAadhaar } }\n": types.RotationReadDocument,
    "query RotationDoc($id: ID!) { document(id: $id) { content { sha256 } } }": types.RotationDocDocument,
    "query RotationIds { documents(first: 1, filter: { doctypes: [\"PANCR\"] }) { edges { node { id } } } }": types.RotationIdsDocument,
    "\n  query KycChecks {\n    aadhaarKyc { source generatedAt assurance freshness { ageSeconds withinLimit limitSeconds } }\n  }\n": types.KycChecksDocument,
    "\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc { matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameScore nameMatches dateOfBirthMatches matches assurance } }\n  }\n": types.KycMatchDocument,
    "\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source name signature { verified } assurance freshness { ageSeconds withinLimit limitSeconds }\n    }\n  }\n": types.KycOfflineChecksDocument,
    "\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) { assurance matchApplicant(name: $name, dateOfBirth: $dateOfBirth) { nameMatches dateOfBirthMatches matches assurance } }\n  }\n": types.KycOfflineMatchDocument,
    "\n  query ReceiptsOwn($format: KycReceiptFormat!) {\n    kycReceipt(format: $format) {\n      id\n      format\n      credential\n      expiresAt\n    }\n  }\n": types.ReceiptsOwnDocument,
    "\n  query ReceiptsSession($id: ID!) {\n    consentSession(id: $id) {\n      kycReceipt(format: SD_JWT_VC) {\n        id\n        credential\n        expiresAt\n      }\n      uploadedKyc {\n        source\n        assurance\n        kycReceipt(format: SD_JWT_VC) {\n          id\n          credential\n        }\n      }\n    }\n  }\n": types.ReceiptsSessionDocument,
    "\n  mutation ReceiptsUpload($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      assurance\n      signature {\n        verified\n      }\n    }\n  }\n": types.ReceiptsUploadDocument,
    "\n  mutation ReceiptsUploadReceipt($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      kycReceipt(format: SD_JWT_VC) {\n        id\n      }\n    }\n  }\n": types.ReceiptsUploadReceiptDocument,
    "\n  mutation ReceiptsRevoke($id: ID!) {\n    revokeKycReceipt(id: $id)\n  }\n": types.ReceiptsRevokeDocument,
    "\n  mutation ReceiptsEnd($id: ID) {\n    endSession(id: $id) {\n      status\n    }\n  }\n": types.ReceiptsEndDocument,
    "\n  mutation MetricsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n": types.MetricsStartDocument,
    "\n  query MetricsMe {\n    me {\n      digilockerId\n    }\n  }\n": types.MetricsMeDocument,
    "\n  query MetricsDocuments {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n": types.MetricsDocumentsDocument,
    "\n  query MetricsKyc {\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n": types.MetricsKycDocument,
    "\n  mutation MetricsRefresh {\n    refreshSession {\n      id\n      status\n    }\n  }\n": types.MetricsRefreshDocument,
    "\n  mutation PhotoLimitsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      name\n      photo\n      signature {\n        verified\n      }\n    }\n  }\n": types.PhotoLimitsVerifyDocument,
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
    "\n  mutation TokensStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n      claimVerifier\n    }\n  }\n": types.TokensStartDocument,
    "\n  mutation TokensClaim($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": types.TokensClaimDocument,
    "\n  query TokensMe {\n    me {\n      sessionStatus\n    }\n  }\n": types.TokensMeDocument,
    "\n      query TokensTypename {\n        __typename\n      }\n    ": types.TokensTypenameDocument,
    "\n  query RotationKyc {\n    aadhaarKyc {\n      name\n      signature {\n        verified\n        reason\n        signer\n        fingerprint\n        trustedBy\n        chain\n      }\n    }\n  }\n": types.RotationKycDocument,
    "\n  query TypedList {\n    documents(first: 50) {\n      edges {\n        node {\n          id\n          uri\n          doctype\n        }\n      }\n    }\n  }\n": types.TypedListDocument,
    "\n  query TypedDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        format\n        integrity {\n          hmacVerified\n          signatureVerified\n        }\n        signature {\n          verified\n          reason\n          signer\n          trustedBy\n          chain\n        }\n        data {\n          __typename\n          ... on CertificateDocument {\n            documentNumber\n            holderName\n            issuedOn\n            issuerName\n          }\n          ... on PanVerification {\n            pan\n            name\n            dateOfBirth\n            status\n          }\n          ... on DrivingLicence {\n            licenceNumber\n            validFrom\n            validTo\n            nonTransportValidTo\n            transportValidFrom\n            transportValidTo\n            issuingAuthority\n            vehicleClasses {\n              code\n              description\n              category\n              transport\n              issuedOn\n              endorsedOn\n            }\n          }\n          ... on GenericCertificate {\n            title\n            number\n            fields {\n              label\n              path\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TypedDocumentDocument,
    "\n  query TypedListedData {\n    documents(first: 50) {\n      edges {\n        node {\n          doctype\n          content {\n            data {\n              __typename\n              ... on CertificateDocument {\n                documentNumber\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TypedListedDataDocument,
    "\n  query UploadsSessionKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc {\n        source\n        name\n        assurance\n        signature {\n          verified\n        }\n      }\n      uploadedKyc {\n        source\n        name\n        dateOfBirth\n        assurance\n        matchesSessionProfile\n        signature {\n          verified\n        }\n      }\n    }\n  }\n": types.UploadsSessionKycDocument,
    "\n  query UploadsFetchedKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc {\n        source\n        name\n        assurance\n        signature {\n          verified\n        }\n      }\n    }\n  }\n": types.UploadsFetchedKycDocument,
    "\n  mutation UploadsPlainVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n    }\n  }\n": types.UploadsPlainVerifyDocument,
    "\n  query UploadsList($id: ID!, $first: Int) {\n    consentSession(id: $id) {\n      uploadedKyc(first: $first) {\n        name\n        dateOfBirth\n      }\n    }\n  }\n": types.UploadsListDocument,
    "\n  query UploadsOwnKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source\n      name\n      assurance\n      matchesSessionProfile\n    }\n  }\n": types.UploadsOwnKycDocument,
    "\n  mutation UploadsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      assurance\n      matchesSessionProfile\n      signature {\n        verified\n      }\n    }\n  }\n": types.UploadsVerifyDocument,
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
export function graphql(source: "\n  mutation ConformanceStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ConformanceStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConformanceClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n"): (typeof documents)["\n  mutation ConformanceClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConformanceMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n"): (typeof documents)["\n  query ConformanceMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConformanceDocuments {\n    documents(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          doctype\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConformanceDocuments {\n    documents(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          doctype\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConformanceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        mimeType\n        sha256\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConformanceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        mimeType\n        sha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConformanceKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      gender\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConformanceKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      gender\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConformanceIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n"): (typeof documents)["\n  query ConformanceIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConformanceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConformanceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation StatusStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n      claimVerifier\n      statusToken\n    }\n  }\n"): (typeof documents)["\n  mutation StatusStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n      claimVerifier\n      statusToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusRead($statusToken: String!) {\n    consentStatus(statusToken: $statusToken) {\n      sessionId\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query StatusRead($statusToken: String!) {\n    consentStatus(statusToken: $statusToken) {\n      sessionId\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) {\n      id\n      name\n      policy {\n        returnPhotos\n        consoleDocumentContents\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) {\n      id\n      name\n      policy {\n        returnPhotos\n        consoleDocumentContents\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReveal($sessionId: ID!, $documentId: ID!) {\n    revealDocumentContent(sessionId: $sessionId, documentId: $documentId) {\n      format\n      json\n      data {\n        __typename\n        ... on AadhaarDocument {\n          maskedAadhaar\n          name\n        }\n        ... on PanVerification {\n          pan\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReveal($sessionId: ID!, $documentId: ID!) {\n    revealDocumentContent(sessionId: $sessionId, documentId: $documentId) {\n      format\n      json\n      data {\n        __typename\n        ... on AadhaarDocument {\n          maskedAadhaar\n          name\n        }\n        ... on PanVerification {\n          pan\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      documents(first: 20) {\n        edges {\n          node {\n            id\n            doctype\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      documents(first: 20) {\n        edges {\n          node {\n            id\n            doctype\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRetry($id: ID!) {\n    retryWebhookEvent(id: $id) {\n      id\n      status\n      attempts {\n        attempt\n        statusCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRetry($id: ID!) {\n    retryWebhookEvent(id: $id) {\n      id\n      status\n      attempts {\n        attempt\n        statusCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTenantPolicy {\n    tenant {\n      policy {\n        consoleDocumentContents\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTenantPolicy {\n    tenant {\n      policy {\n        consoleDocumentContents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTenant {\n    tenant {\n      id\n      name\n      policy {\n        retentionDays\n        returnUrls\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTenant {\n    tenant {\n      id\n      name\n      policy {\n        retentionDays\n        returnUrls\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAudit($actor: String, $first: Int) {\n    auditEvents(actor: $actor, first: $first) {\n      seq\n      actor\n      action\n      outcome\n      sessionId\n      requestId\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAudit($actor: String, $first: Int) {\n    auditEvents(actor: $actor, first: $first) {\n      seq\n      actor\n      action\n      outcome\n      sessionId\n      requestId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window\n      since\n      completionRate\n      webhookSuccessRate\n      sessionsByStatus {\n        status\n        count\n      }\n      buckets {\n        start\n        started\n        completed\n        webhookAttempts\n        webhookSucceeded\n      }\n      upstream {\n        operation\n        requests\n        errors\n        errorRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window\n      since\n      completionRate\n      webhookSuccessRate\n      sessionsByStatus {\n        status\n        count\n      }\n      buckets {\n        start\n        started\n        completed\n        webhookAttempts\n        webhookSucceeded\n      }\n      upstream {\n        operation\n        requests\n        errors\n        errorRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConfigure($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleConfigure($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteWebhook {\n    deleteWebhook\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteWebhook {\n    deleteWebhook\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDeliveries($status: WebhookDeliveryStatus) {\n    webhookDeliveries(first: 50, filter: { status: $status }) {\n      edges {\n        node {\n          id\n          type\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDeliveries($status: WebhookDeliveryStatus) {\n    webhookDeliveries(first: 50, filter: { status: $status }) {\n      edges {\n        node {\n          id\n          type\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialectMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n"): (typeof documents)["\n  query DialectMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialectDocuments {\n    documents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n          issuerId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DialectDocuments {\n    documents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n          issuerId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialectKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query DialectKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialectIssuers {\n    issuers {\n      orgId\n      issuerId\n      category\n    }\n  }\n"): (typeof documents)["\n  query DialectIssuers {\n    issuers {\n      orgId\n      issuerId\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DialectPull($input: PullDocumentInput!) {\n    pullDocument(input: $input) {\n      status\n      document {\n        doctype\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DialectPull($input: PullDocumentInput!) {\n    pullDocument(input: $input) {\n      status\n      document {\n        doctype\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialectSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query DialectSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DialectEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DialectEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DialectDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        sha256\n      }\n    }\n  }\n"): (typeof documents)["\n  query DialectDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        sha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n      claimVerifier\n      statusToken\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorsStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n      claimVerifier\n      statusToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsClaim($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorsClaim($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ErrorsEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsSessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      documents {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ErrorsSessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      documents {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ApqStatus($statusToken: String!) {\n        consentStatus(statusToken: $statusToken) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      query ApqStatus($statusToken: String!) {\n        consentStatus(statusToken: $statusToken) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoLiveStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation GoLiveStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoLiveUploaded($first: Int, $after: String, $folderId: ID, $sessionId: ID) {\n    uploadedDocuments(first: $first, after: $after, folderId: $folderId, sessionId: $sessionId) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          size\n          date\n          mime\n          uri\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoLiveUploaded($first: Int, $after: String, $folderId: ID, $sessionId: ID) {\n    uploadedDocuments(first: $first, after: $after, folderId: $folderId, sessionId: $sessionId) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          size\n          date\n          mime\n          uri\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoLiveIssued {\n    documents(first: 10) {\n      edges {\n        node {\n          doctype\n          size\n          parent\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoLiveIssued {\n    documents(first: 10) {\n      edges {\n        node {\n          doctype\n          size\n          parent\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoLiveIssuedFirst {\n    documents(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoLiveIssuedFirst {\n    documents(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ReceiptsOwn($format: KycReceiptFormat!) {\n    kycReceipt(format: $format) {\n      id\n      format\n      credential\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query ReceiptsOwn($format: KycReceiptFormat!) {\n    kycReceipt(format: $format) {\n      id\n      format\n      credential\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceiptsSession($id: ID!) {\n    consentSession(id: $id) {\n      kycReceipt(format: SD_JWT_VC) {\n        id\n        credential\n        expiresAt\n      }\n      uploadedKyc {\n        source\n        assurance\n        kycReceipt(format: SD_JWT_VC) {\n          id\n          credential\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceiptsSession($id: ID!) {\n    consentSession(id: $id) {\n      kycReceipt(format: SD_JWT_VC) {\n        id\n        credential\n        expiresAt\n      }\n      uploadedKyc {\n        source\n        assurance\n        kycReceipt(format: SD_JWT_VC) {\n          id\n          credential\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiptsUpload($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      assurance\n      signature {\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiptsUpload($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      assurance\n      signature {\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiptsUploadReceipt($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      kycReceipt(format: SD_JWT_VC) {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiptsUploadReceipt($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      kycReceipt(format: SD_JWT_VC) {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiptsRevoke($id: ID!) {\n    revokeKycReceipt(id: $id)\n  }\n"): (typeof documents)["\n  mutation ReceiptsRevoke($id: ID!) {\n    revokeKycReceipt(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiptsEnd($id: ID) {\n    endSession(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiptsEnd($id: ID) {\n    endSession(id: $id) {\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation PhotoLimitsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      name\n      photo\n      signature {\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PhotoLimitsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      name\n      photo\n      signature {\n        verified\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation TokensStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n      claimVerifier\n    }\n  }\n"): (typeof documents)["\n  mutation TokensStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n      claimVerifier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensClaim($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensClaim($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensMe {\n    me {\n      sessionStatus\n    }\n  }\n"): (typeof documents)["\n  query TokensMe {\n    me {\n      sessionStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TokensTypename {\n        __typename\n      }\n    "): (typeof documents)["\n      query TokensTypename {\n        __typename\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RotationKyc {\n    aadhaarKyc {\n      name\n      signature {\n        verified\n        reason\n        signer\n        fingerprint\n        trustedBy\n        chain\n      }\n    }\n  }\n"): (typeof documents)["\n  query RotationKyc {\n    aadhaarKyc {\n      name\n      signature {\n        verified\n        reason\n        signer\n        fingerprint\n        trustedBy\n        chain\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedList {\n    documents(first: 50) {\n      edges {\n        node {\n          id\n          uri\n          doctype\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedList {\n    documents(first: 50) {\n      edges {\n        node {\n          id\n          uri\n          doctype\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        format\n        integrity {\n          hmacVerified\n          signatureVerified\n        }\n        signature {\n          verified\n          reason\n          signer\n          trustedBy\n          chain\n        }\n        data {\n          __typename\n          ... on CertificateDocument {\n            documentNumber\n            holderName\n            issuedOn\n            issuerName\n          }\n          ... on PanVerification {\n            pan\n            name\n            dateOfBirth\n            status\n          }\n          ... on DrivingLicence {\n            licenceNumber\n            validFrom\n            validTo\n            nonTransportValidTo\n            transportValidFrom\n            transportValidTo\n            issuingAuthority\n            vehicleClasses {\n              code\n              description\n              category\n              transport\n              issuedOn\n              endorsedOn\n            }\n          }\n          ... on GenericCertificate {\n            title\n            number\n            fields {\n              label\n              path\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        format\n        integrity {\n          hmacVerified\n          signatureVerified\n        }\n        signature {\n          verified\n          reason\n          signer\n          trustedBy\n          chain\n        }\n        data {\n          __typename\n          ... on CertificateDocument {\n            documentNumber\n            holderName\n            issuedOn\n            issuerName\n          }\n          ... on PanVerification {\n            pan\n            name\n            dateOfBirth\n            status\n          }\n          ... on DrivingLicence {\n            licenceNumber\n            validFrom\n            validTo\n            nonTransportValidTo\n            transportValidFrom\n            transportValidTo\n            issuingAuthority\n            vehicleClasses {\n              code\n              description\n              category\n              transport\n              issuedOn\n              endorsedOn\n            }\n          }\n          ... on GenericCertificate {\n            title\n            number\n            fields {\n              label\n              path\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedListedData {\n    documents(first: 50) {\n      edges {\n        node {\n          doctype\n          content {\n            data {\n              __typename\n              ... on CertificateDocument {\n                documentNumber\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedListedData {\n    documents(first: 50) {\n      edges {\n        node {\n          doctype\n          content {\n            data {\n              __typename\n              ... on CertificateDocument {\n                documentNumber\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsSessionKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc {\n        source\n        name\n        assurance\n        signature {\n          verified\n        }\n      }\n      uploadedKyc {\n        source\n        name\n        dateOfBirth\n        assurance\n        matchesSessionProfile\n        signature {\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UploadsSessionKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc {\n        source\n        name\n        assurance\n        signature {\n          verified\n        }\n      }\n      uploadedKyc {\n        source\n        name\n        dateOfBirth\n        assurance\n        matchesSessionProfile\n        signature {\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsFetchedKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc {\n        source\n        name\n        assurance\n        signature {\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UploadsFetchedKyc($id: ID!) {\n    consentSession(id: $id) {\n      aadhaarKyc {\n        source\n        name\n        assurance\n        signature {\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsPlainVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UploadsPlainVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsList($id: ID!, $first: Int) {\n    consentSession(id: $id) {\n      uploadedKyc(first: $first) {\n        name\n        dateOfBirth\n      }\n    }\n  }\n"): (typeof documents)["\n  query UploadsList($id: ID!, $first: Int) {\n    consentSession(id: $id) {\n      uploadedKyc(first: $first) {\n        name\n        dateOfBirth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsOwnKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source\n      name\n      assurance\n      matchesSessionProfile\n    }\n  }\n"): (typeof documents)["\n  query UploadsOwnKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source\n      name\n      assurance\n      matchesSessionProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      assurance\n      matchesSessionProfile\n      signature {\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadsVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      assurance\n      matchesSessionProfile\n      signature {\n        verified\n      }\n    }\n  }\n"];
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