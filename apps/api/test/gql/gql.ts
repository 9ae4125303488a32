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
    "\n  query SurfaceMe {\n    me {\n      name\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n": typeof types.SurfaceMeDocument,
    "\n  query SurfaceDocumentList($first: Int, $filter: DocumentFilter, $refresh: Boolean) {\n    documents(first: $first, filter: $filter, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          name\n          doctype\n          issuer\n          mimeTypes\n          content {\n            format\n          }\n        }\n      }\n    }\n  }\n": typeof types.SurfaceDocumentListDocument,
    "\n  query SurfaceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      doctype\n      content {\n        format\n        mimeType\n        size\n        sha256\n        json\n        fileUrl\n        integrity {\n          hmacVerified\n          signatureVerified\n          signer\n          fingerprint\n        }\n      }\n    }\n  }\n": typeof types.SurfaceDocumentDocument,
    "\n  query SurfaceKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source\n      name\n      dateOfBirth\n      gender\n      careOf\n      maskedAadhaar\n      referenceId\n      generatedAt\n      photo\n      address {\n        house\n        street\n        locality\n        vtc\n        district\n        state\n        pincode\n        country\n      }\n      signature {\n        verified\n        reason\n        signer\n        fingerprint\n        certificateExpired\n      }\n    }\n  }\n": typeof types.SurfaceKycDocument,
    "\n  query SurfaceSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      consentValidTill\n      profile {\n        name\n      }\n      documents(first: 3) {\n        totalCount\n        edges {\n          node {\n            doctype\n          }\n        }\n      }\n      aadhaarKyc {\n        maskedAadhaar\n        signature {\n          verified\n        }\n      }\n    }\n  }\n": typeof types.SurfaceSessionDocument,
    "\n  mutation SurfaceRefresh($id: ID) {\n    refreshSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SurfaceRefreshDocument,
    "\n  mutation SurfaceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SurfaceEndDocument,
    "\n  mutation SurfaceVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      dateOfBirth\n      maskedAadhaar\n      referenceId\n      photo\n      signature {\n        verified\n        signer\n        certificateExpired\n      }\n    }\n  }\n": typeof types.SurfaceVerifyDocument,
    "\n          mutation SurfacePending($input: StartConsentInput!) {\n            startConsent(input: $input) {\n              session {\n                id\n              }\n            }\n          }\n        ": typeof types.SurfacePendingDocument,
    "\n      query SurfaceStatus($id: ID!) {\n        consentSession(id: $id) {\n          status\n        }\n      }\n    ": typeof types.SurfaceStatusDocument,
    "\n  mutation AuditEnd {\n    endSession {\n      status\n      grantedAt\n      withdrawnAt\n      noticeVersion\n    }\n  }\n": typeof types.AuditEndDocument,
    "\n  mutation ConcurrencyStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n": typeof types.ConcurrencyStartDocument,
    "\n  query ConcurrencyDocuments($refresh: Boolean) {\n    documents(first: 100, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n        }\n      }\n    }\n  }\n": typeof types.ConcurrencyDocumentsDocument,
    "\n  query ConcurrencyKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n": typeof types.ConcurrencyKycDocument,
    "\n  mutation ConcurrencyEnd($id: ID, $idempotencyKey: String) {\n    endSession(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": typeof types.ConcurrencyEndDocument,
    "\n  query ConcurrencyMe {\n    me {\n      name\n      sessionStatus\n    }\n  }\n": typeof types.ConcurrencyMeDocument,
    "\n  mutation ConformanceStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": typeof types.ConformanceStartDocument,
    "\n  mutation ConformanceClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n": typeof types.ConformanceClaimDocument,
    "\n  query ConformanceMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n": typeof types.ConformanceMeDocument,
    "\n  query ConformanceDocuments {\n    documents(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          doctype\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n    }\n  }\n": typeof types.ConformanceDocumentsDocument,
    "\n  query ConformanceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        mimeType\n        sha256\n      }\n    }\n  }\n": typeof types.ConformanceDocumentDocument,
    "\n  query ConformanceKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      gender\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n": typeof types.ConformanceKycDocument,
    "\n  query ConformanceIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n": typeof types.ConformanceIssuersDocument,
    "\n  mutation ConformanceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConformanceEndDocument,
    "\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n        expiresAt\n      }\n      authorizationUrl\n    }\n  }\n": typeof types.JourneyStartDocument,
    "\n  mutation JourneyClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": typeof types.JourneyClaimDocument,
    "\n  query JourneyMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n      consentValidTill\n    }\n  }\n": typeof types.JourneyMeDocument,
    "\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          uri\n          name\n          doctype\n          issuer\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.JourneyDocumentsDocument,
    "\n  query JourneySessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      status\n      documents(first: 5) {\n        totalCount\n      }\n    }\n  }\n": typeof types.JourneySessionDocumentsDocument,
    "\n  query JourneySessionStatus($id: ID!) {\n    consentSession(id: $id) {\n      status\n    }\n  }\n": typeof types.JourneySessionStatusDocument,
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
    "\n  query RotationRead {\n    me {\n      name\n    }\n    documents(first: 10) {\n      edges {\n        node {\n          uri\n          content {\n            format\n          }\n        }\n      }\n    }\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n": typeof types.RotationReadDocument,
    "\n  query RotationDoc($id: ID!) {\n    document(id: $id) {\n      content {\n        sha256\n      }\n    }\n  }\n": typeof types.RotationDocDocument,
    "\n  query RotationIds {\n    documents(first: 1, filter: { doctypes: [\"PANCR\"] }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RotationIdsDocument,
    "\n  query KycChecks {\n    aadhaarKyc {\n      source\n      generatedAt\n      assurance\n      freshness {\n        ageSeconds\n        withinLimit\n        limitSeconds\n      }\n    }\n  }\n": typeof types.KycChecksDocument,
    "\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc {\n      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n        nameScore\n        nameMatches\n        dateOfBirthMatches\n        matches\n        assurance\n      }\n    }\n  }\n": typeof types.KycMatchDocument,
    "\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      signature {\n        verified\n      }\n      assurance\n      freshness {\n        ageSeconds\n        withinLimit\n        limitSeconds\n      }\n    }\n  }\n": typeof types.KycOfflineChecksDocument,
    "\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) {\n      assurance\n      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n        nameMatches\n        dateOfBirthMatches\n        matches\n        assurance\n      }\n    }\n  }\n": typeof types.KycOfflineMatchDocument,
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
    "\n  query PhotoPolicyKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      photo\n    }\n  }\n": typeof types.PhotoPolicyKycDocument,
    "\n  query PullIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n": typeof types.PullIssuersDocument,
    "\n  query PullDocTypes($orgId: String!) {\n    issuerDocumentTypes(orgId: $orgId) {\n      doctype\n      description\n    }\n  }\n": typeof types.PullDocTypesDocument,
    "\n  query PullParameters($orgId: String!, $doctype: String!) {\n    issuerParameters(orgId: $orgId, doctype: $doctype) {\n      name\n      label\n      allowedValues\n      example\n    }\n  }\n": typeof types.PullParametersDocument,
    "\n  mutation PullDocument($input: PullDocumentInput!) {\n    pullDocument(input: $input) {\n      status\n      message\n      document {\n        id\n        uri\n        doctype\n        issuerId\n        name\n      }\n    }\n  }\n": typeof types.PullDocumentDocument,
    "\n  query PullListed($first: Int, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          doctype\n          issuerId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PullListedDocument,
    "\n  query PullCounted($refresh: Boolean, $doctypes: [String!]) {\n    documents(first: 1, refresh: $refresh, filter: { doctypes: $doctypes }) {\n      totalCount\n    }\n  }\n": typeof types.PullCountedDocument,
    "\n  query PullRefreshed {\n    documents(first: 100, refresh: true) {\n      edges {\n        node {\n          doctype\n        }\n      }\n    }\n  }\n": typeof types.PullRefreshedDocument,
    "\n  query PullOne($id: ID!) {\n    document(id: $id) {\n      id\n      doctype\n      content {\n        sha256\n      }\n    }\n  }\n": typeof types.PullOneDocument,
    "\n  query RetentionKyc {\n    aadhaarKyc {\n      photo\n    }\n  }\n": typeof types.RetentionKycDocument,
    "\n  query RetentionDocs {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.RetentionDocsDocument,
    "\n  mutation RetentionUpload($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n    }\n  }\n": typeof types.RetentionUploadDocument,
    "\n  query SecurityMe {\n    me {\n      name\n    }\n  }\n": typeof types.SecurityMeDocument,
    "\n  query SecurityDocs {\n    documents(first: 20) {\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n": typeof types.SecurityDocsDocument,
    "\n  query SecurityDoc($id: ID!) {\n    document(id: $id) {\n      content {\n        format\n      }\n    }\n  }\n": typeof types.SecurityDocDocument,
    "\n  query SecurityKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      photo\n    }\n  }\n": typeof types.SecurityKycDocument,
    "\n  mutation SecurityVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      maskedAadhaar\n      signature {\n        verified\n        reason\n      }\n    }\n  }\n": typeof types.SecurityVerifyDocument,
    "\n  query SecuritySession($id: ID!) {\n    consentSession(id: $id) {\n      id\n    }\n  }\n": typeof types.SecuritySessionDocument,
    "\n  mutation SecurityRefresh($id: ID) {\n    refreshSession(id: $id) {\n      id\n    }\n  }\n": typeof types.SecurityRefreshDocument,
    "\n  mutation SecurityEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SecurityEndDocument,
    "\n  mutation SecurityStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": typeof types.SecurityStartDocument,
    "\n  mutation SecurityClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n": typeof types.SecurityClaimDocument,
    "\n      query SecurityAliased {\n        a: me {\n          name\n        }\n        b: me {\n          name\n        }\n        c: me {\n          name\n        }\n        d: me {\n          name\n        }\n        e: me {\n          name\n        }\n        f: me {\n          name\n        }\n      }\n    ": typeof types.SecurityAliasedDocument,
    "\n  mutation AdminStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n": typeof types.AdminStartDocument,
    "\n  mutation AdminClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AdminClaimDocument,
    "\n  query AdminSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminSessionsDocument,
    "\n  query AdminSessionsWithTrail($filter: ConsentSessionFilter) {\n    consentSessions(first: 10, filter: $filter) {\n      edges {\n        node {\n          id\n          auditTrail {\n            action\n            outcome\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminSessionsWithTrailDocument,
    "\n  query AdminTrail($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      grantedAt\n      withdrawnAt\n      auditTrail {\n        seq\n        at\n        actor\n        action\n        outcome\n        requestId\n      }\n    }\n  }\n": typeof types.AdminTrailDocument,
    "\n  query AdminDocuments($first: Int, $refresh: Boolean) {\n    documents(first: $first, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n": typeof types.AdminDocumentsDocument,
    "\n  query AdminKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      source\n    }\n  }\n": typeof types.AdminKycDocument,
    "\n          mutation AdminRefresh {\n            refreshSession {\n              id\n            }\n          }\n        ": typeof types.AdminRefreshDocument,
    "\n              mutation AdminRefreshAgain($id: ID) {\n                refreshSession(id: $id) {\n                  id\n                }\n              }\n            ": typeof types.AdminRefreshAgainDocument,
    "\n          query AdminOwnTrail($id: ID!) {\n            consentSession(id: $id) {\n              auditTrail {\n                action\n              }\n            }\n          }\n        ": typeof types.AdminOwnTrailDocument,
    "\n            mutation AdminRefreshResumed {\n              refreshSession {\n                status\n              }\n            }\n          ": typeof types.AdminRefreshResumedDocument,
    "\n            mutation AdminEnd {\n              endSession {\n                status\n              }\n            }\n          ": typeof types.AdminEndDocument,
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
    "\n  mutation WebhookConfigure($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n        events\n        createdAt\n      }\n      secret\n    }\n  }\n": typeof types.WebhookConfigureDocument,
    "\n  mutation WebhookRotate {\n    rotateWebhookSecret {\n      endpoint {\n        url\n      }\n      secret\n    }\n  }\n": typeof types.WebhookRotateDocument,
    "\n  mutation WebhookDelete {\n    deleteWebhook\n  }\n": typeof types.WebhookDeleteDocument,
    "\n  query WebhookEndpointRead {\n    webhookEndpoint {\n      url\n      events\n    }\n  }\n": typeof types.WebhookEndpointReadDocument,
    "\n  query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          sessionId\n          status\n          payload\n          attempts {\n            attempt\n            at\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation WebhookStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": typeof types.WebhookStartDocument,
    "\n  query WebhookKyc {\n    aadhaarKyc {\n      signature {\n        verified\n      }\n    }\n  }\n": typeof types.WebhookKycDocument,
    "\n  mutation WebhookEnd($id: ID) {\n    endSession(id: $id) {\n      status\n    }\n  }\n": typeof types.WebhookEndDocument,
};
const documents: Documents = {
    "\n  query SurfaceMe {\n    me {\n      name\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n": types.SurfaceMeDocument,
    "\n  query SurfaceDocumentList($first: Int, $filter: DocumentFilter, $refresh: Boolean) {\n    documents(first: $first, filter: $filter, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          name\n          doctype\n          issuer\n          mimeTypes\n          content {\n            format\n          }\n        }\n      }\n    }\n  }\n": types.SurfaceDocumentListDocument,
    "\n  query SurfaceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      doctype\n      content {\n        format\n        mimeType\n        size\n        sha256\n        json\n        fileUrl\n        integrity {\n          hmacVerified\n          signatureVerified\n          signer\n          fingerprint\n        }\n      }\n    }\n  }\n": types.SurfaceDocumentDocument,
    "\n  query SurfaceKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source\n      name\n      dateOfBirth\n      gender\n      careOf\n      maskedAadhaar\n      referenceId\n      generatedAt\n      photo\n      address {\n        house\n        street\n        locality\n        vtc\n        district\n        state\n        pincode\n        country\n      }\n      signature {\n        verified\n        reason\n        signer\n        fingerprint\n        certificateExpired\n      }\n    }\n  }\n": types.SurfaceKycDocument,
    "\n  query SurfaceSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      consentValidTill\n      profile {\n        name\n      }\n      documents(first: 3) {\n        totalCount\n        edges {\n          node {\n            doctype\n          }\n        }\n      }\n      aadhaarKyc {\n        maskedAadhaar\n        signature {\n          verified\n        }\n      }\n    }\n  }\n": types.SurfaceSessionDocument,
    "\n  mutation SurfaceRefresh($id: ID) {\n    refreshSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.SurfaceRefreshDocument,
    "\n  mutation SurfaceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.SurfaceEndDocument,
    "\n  mutation SurfaceVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      dateOfBirth\n      maskedAadhaar\n      referenceId\n      photo\n      signature {\n        verified\n        signer\n        certificateExpired\n      }\n    }\n  }\n": types.SurfaceVerifyDocument,
    "\n          mutation SurfacePending($input: StartConsentInput!) {\n            startConsent(input: $input) {\n              session {\n                id\n              }\n            }\n          }\n        ": types.SurfacePendingDocument,
    "\n      query SurfaceStatus($id: ID!) {\n        consentSession(id: $id) {\n          status\n        }\n      }\n    ": types.SurfaceStatusDocument,
    "\n  mutation AuditEnd {\n    endSession {\n      status\n      grantedAt\n      withdrawnAt\n      noticeVersion\n    }\n  }\n": types.AuditEndDocument,
    "\n  mutation ConcurrencyStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n": types.ConcurrencyStartDocument,
    "\n  query ConcurrencyDocuments($refresh: Boolean) {\n    documents(first: 100, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n        }\n      }\n    }\n  }\n": types.ConcurrencyDocumentsDocument,
    "\n  query ConcurrencyKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n": types.ConcurrencyKycDocument,
    "\n  mutation ConcurrencyEnd($id: ID, $idempotencyKey: String) {\n    endSession(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": types.ConcurrencyEndDocument,
    "\n  query ConcurrencyMe {\n    me {\n      name\n      sessionStatus\n    }\n  }\n": types.ConcurrencyMeDocument,
    "\n  mutation ConformanceStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": types.ConformanceStartDocument,
    "\n  mutation ConformanceClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n": types.ConformanceClaimDocument,
    "\n  query ConformanceMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n": types.ConformanceMeDocument,
    "\n  query ConformanceDocuments {\n    documents(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          doctype\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n    }\n  }\n": types.ConformanceDocumentsDocument,
    "\n  query ConformanceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      content {\n        mimeType\n        sha256\n      }\n    }\n  }\n": types.ConformanceDocumentDocument,
    "\n  query ConformanceKyc {\n    aadhaarKyc {\n      name\n      dateOfBirth\n      gender\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n": types.ConformanceKycDocument,
    "\n  query ConformanceIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n": types.ConformanceIssuersDocument,
    "\n  mutation ConformanceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConformanceEndDocument,
    "\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n        expiresAt\n      }\n      authorizationUrl\n    }\n  }\n": types.JourneyStartDocument,
    "\n  mutation JourneyClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": types.JourneyClaimDocument,
    "\n  query JourneyMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n      consentValidTill\n    }\n  }\n": types.JourneyMeDocument,
    "\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          uri\n          name\n          doctype\n          issuer\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.JourneyDocumentsDocument,
    "\n  query JourneySessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      status\n      documents(first: 5) {\n        totalCount\n      }\n    }\n  }\n": types.JourneySessionDocumentsDocument,
    "\n  query JourneySessionStatus($id: ID!) {\n    consentSession(id: $id) {\n      status\n    }\n  }\n": types.JourneySessionStatusDocument,
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
    "\n  query RotationRead {\n    me {\n      name\n    }\n    documents(first: 10) {\n      edges {\n        node {\n          uri\n          content {\n            format\n          }\n        }\n      }\n    }\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n": types.RotationReadDocument,
    "\n  query RotationDoc($id: ID!) {\n    document(id: $id) {\n      content {\n        sha256\n      }\n    }\n  }\n": types.RotationDocDocument,
    "\n  query RotationIds {\n    documents(first: 1, filter: { doctypes: [\"PANCR\"] }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.RotationIdsDocument,
    "\n  query KycChecks {\n    aadhaarKyc {\n      source\n      generatedAt\n      assurance\n      freshness {\n        ageSeconds\n        withinLimit\n        limitSeconds\n      }\n    }\n  }\n": types.KycChecksDocument,
    "\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc {\n      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n        nameScore\n        nameMatches\n        dateOfBirthMatches\n        matches\n        assurance\n      }\n    }\n  }\n": types.KycMatchDocument,
    "\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      signature {\n        verified\n      }\n      assurance\n      freshness {\n        ageSeconds\n        withinLimit\n        limitSeconds\n      }\n    }\n  }\n": types.KycOfflineChecksDocument,
    "\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) {\n      assurance\n      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n        nameMatches\n        dateOfBirthMatches\n        matches\n        assurance\n      }\n    }\n  }\n": types.KycOfflineMatchDocument,
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
    "\n  query PhotoPolicyKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      photo\n    }\n  }\n": types.PhotoPolicyKycDocument,
    "\n  query PullIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n": types.PullIssuersDocument,
    "\n  query PullDocTypes($orgId: String!) {\n    issuerDocumentTypes(orgId: $orgId) {\n      doctype\n      description\n    }\n  }\n": types.PullDocTypesDocument,
    "\n  query PullParameters($orgId: String!, $doctype: String!) {\n    issuerParameters(orgId: $orgId, doctype: $doctype) {\n      name\n      label\n      allowedValues\n      example\n    }\n  }\n": types.PullParametersDocument,
    "\n  mutation PullDocument($input: PullDocumentInput!) {\n    pullDocument(input: $input) {\n      status\n      message\n      document {\n        id\n        uri\n        doctype\n        issuerId\n        name\n      }\n    }\n  }\n": types.PullDocumentDocument,
    "\n  query PullListed($first: Int, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          doctype\n          issuerId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PullListedDocument,
    "\n  query PullCounted($refresh: Boolean, $doctypes: [String!]) {\n    documents(first: 1, refresh: $refresh, filter: { doctypes: $doctypes }) {\n      totalCount\n    }\n  }\n": types.PullCountedDocument,
    "\n  query PullRefreshed {\n    documents(first: 100, refresh: true) {\n      edges {\n        node {\n          doctype\n        }\n      }\n    }\n  }\n": types.PullRefreshedDocument,
    "\n  query PullOne($id: ID!) {\n    document(id: $id) {\n      id\n      doctype\n      content {\n        sha256\n      }\n    }\n  }\n": types.PullOneDocument,
    "\n  query RetentionKyc {\n    aadhaarKyc {\n      photo\n    }\n  }\n": types.RetentionKycDocument,
    "\n  query RetentionDocs {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n": types.RetentionDocsDocument,
    "\n  mutation RetentionUpload($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n    }\n  }\n": types.RetentionUploadDocument,
    "\n  query SecurityMe {\n    me {\n      name\n    }\n  }\n": types.SecurityMeDocument,
    "\n  query SecurityDocs {\n    documents(first: 20) {\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n": types.SecurityDocsDocument,
    "\n  query SecurityDoc($id: ID!) {\n    document(id: $id) {\n      content {\n        format\n      }\n    }\n  }\n": types.SecurityDocDocument,
    "\n  query SecurityKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      photo\n    }\n  }\n": types.SecurityKycDocument,
    "\n  mutation SecurityVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      maskedAadhaar\n      signature {\n        verified\n        reason\n      }\n    }\n  }\n": types.SecurityVerifyDocument,
    "\n  query SecuritySession($id: ID!) {\n    consentSession(id: $id) {\n      id\n    }\n  }\n": types.SecuritySessionDocument,
    "\n  mutation SecurityRefresh($id: ID) {\n    refreshSession(id: $id) {\n      id\n    }\n  }\n": types.SecurityRefreshDocument,
    "\n  mutation SecurityEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.SecurityEndDocument,
    "\n  mutation SecurityStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": types.SecurityStartDocument,
    "\n  mutation SecurityClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n": types.SecurityClaimDocument,
    "\n      query SecurityAliased {\n        a: me {\n          name\n        }\n        b: me {\n          name\n        }\n        c: me {\n          name\n        }\n        d: me {\n          name\n        }\n        e: me {\n          name\n        }\n        f: me {\n          name\n        }\n      }\n    ": types.SecurityAliasedDocument,
    "\n  mutation AdminStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n": types.AdminStartDocument,
    "\n  mutation AdminClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": types.AdminClaimDocument,
    "\n  query AdminSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.AdminSessionsDocument,
    "\n  query AdminSessionsWithTrail($filter: ConsentSessionFilter) {\n    consentSessions(first: 10, filter: $filter) {\n      edges {\n        node {\n          id\n          auditTrail {\n            action\n            outcome\n          }\n        }\n      }\n    }\n  }\n": types.AdminSessionsWithTrailDocument,
    "\n  query AdminTrail($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      grantedAt\n      withdrawnAt\n      auditTrail {\n        seq\n        at\n        actor\n        action\n        outcome\n        requestId\n      }\n    }\n  }\n": types.AdminTrailDocument,
    "\n  query AdminDocuments($first: Int, $refresh: Boolean) {\n    documents(first: $first, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n": types.AdminDocumentsDocument,
    "\n  query AdminKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      source\n    }\n  }\n": types.AdminKycDocument,
    "\n          mutation AdminRefresh {\n            refreshSession {\n              id\n            }\n          }\n        ": types.AdminRefreshDocument,
    "\n              mutation AdminRefreshAgain($id: ID) {\n                refreshSession(id: $id) {\n                  id\n                }\n              }\n            ": types.AdminRefreshAgainDocument,
    "\n          query AdminOwnTrail($id: ID!) {\n            consentSession(id: $id) {\n              auditTrail {\n                action\n              }\n            }\n          }\n        ": types.AdminOwnTrailDocument,
    "\n            mutation AdminRefreshResumed {\n              refreshSession {\n                status\n              }\n            }\n          ": types.AdminRefreshResumedDocument,
    "\n            mutation AdminEnd {\n              endSession {\n                status\n              }\n            }\n          ": types.AdminEndDocument,
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
    "\n  mutation WebhookConfigure($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n        events\n        createdAt\n      }\n      secret\n    }\n  }\n": types.WebhookConfigureDocument,
    "\n  mutation WebhookRotate {\n    rotateWebhookSecret {\n      endpoint {\n        url\n      }\n      secret\n    }\n  }\n": types.WebhookRotateDocument,
    "\n  mutation WebhookDelete {\n    deleteWebhook\n  }\n": types.WebhookDeleteDocument,
    "\n  query WebhookEndpointRead {\n    webhookEndpoint {\n      url\n      events\n    }\n  }\n": types.WebhookEndpointReadDocument,
    "\n  query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          sessionId\n          status\n          payload\n          attempts {\n            attempt\n            at\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation WebhookStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n": types.WebhookStartDocument,
    "\n  query WebhookKyc {\n    aadhaarKyc {\n      signature {\n        verified\n      }\n    }\n  }\n": types.WebhookKycDocument,
    "\n  mutation WebhookEnd($id: ID) {\n    endSession(id: $id) {\n      status\n    }\n  }\n": types.WebhookEndDocument,
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
export function graphql(source: "\n  query SurfaceMe {\n    me {\n      name\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n"): (typeof documents)["\n  query SurfaceMe {\n    me {\n      name\n      eaadhaarAvailable\n      sessionStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurfaceDocumentList($first: Int, $filter: DocumentFilter, $refresh: Boolean) {\n    documents(first: $first, filter: $filter, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          name\n          doctype\n          issuer\n          mimeTypes\n          content {\n            format\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurfaceDocumentList($first: Int, $filter: DocumentFilter, $refresh: Boolean) {\n    documents(first: $first, filter: $filter, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n          name\n          doctype\n          issuer\n          mimeTypes\n          content {\n            format\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurfaceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      doctype\n      content {\n        format\n        mimeType\n        size\n        sha256\n        json\n        fileUrl\n        integrity {\n          hmacVerified\n          signatureVerified\n          signer\n          fingerprint\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurfaceDocument($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      doctype\n      content {\n        format\n        mimeType\n        size\n        sha256\n        json\n        fileUrl\n        integrity {\n          hmacVerified\n          signatureVerified\n          signer\n          fingerprint\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurfaceKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source\n      name\n      dateOfBirth\n      gender\n      careOf\n      maskedAadhaar\n      referenceId\n      generatedAt\n      photo\n      address {\n        house\n        street\n        locality\n        vtc\n        district\n        state\n        pincode\n        country\n      }\n      signature {\n        verified\n        reason\n        signer\n        fingerprint\n        certificateExpired\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurfaceKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      source\n      name\n      dateOfBirth\n      gender\n      careOf\n      maskedAadhaar\n      referenceId\n      generatedAt\n      photo\n      address {\n        house\n        street\n        locality\n        vtc\n        district\n        state\n        pincode\n        country\n      }\n      signature {\n        verified\n        reason\n        signer\n        fingerprint\n        certificateExpired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurfaceSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      consentValidTill\n      profile {\n        name\n      }\n      documents(first: 3) {\n        totalCount\n        edges {\n          node {\n            doctype\n          }\n        }\n      }\n      aadhaarKyc {\n        maskedAadhaar\n        signature {\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurfaceSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      consentValidTill\n      profile {\n        name\n      }\n      documents(first: 3) {\n        totalCount\n        edges {\n          node {\n            doctype\n          }\n        }\n      }\n      aadhaarKyc {\n        maskedAadhaar\n        signature {\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurfaceRefresh($id: ID) {\n    refreshSession(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SurfaceRefresh($id: ID) {\n    refreshSession(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurfaceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SurfaceEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurfaceVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      dateOfBirth\n      maskedAadhaar\n      referenceId\n      photo\n      signature {\n        verified\n        signer\n        certificateExpired\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SurfaceVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      dateOfBirth\n      maskedAadhaar\n      referenceId\n      photo\n      signature {\n        verified\n        signer\n        certificateExpired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SurfacePending($input: StartConsentInput!) {\n            startConsent(input: $input) {\n              session {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation SurfacePending($input: StartConsentInput!) {\n            startConsent(input: $input) {\n              session {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SurfaceStatus($id: ID!) {\n        consentSession(id: $id) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      query SurfaceStatus($id: ID!) {\n        consentSession(id: $id) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditEnd {\n    endSession {\n      status\n      grantedAt\n      withdrawnAt\n      noticeVersion\n    }\n  }\n"): (typeof documents)["\n  mutation AuditEnd {\n    endSession {\n      status\n      grantedAt\n      withdrawnAt\n      noticeVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n      }\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyDocuments($refresh: Boolean) {\n    documents(first: 100, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConcurrencyDocuments($refresh: Boolean) {\n    documents(first: 100, refresh: $refresh) {\n      totalCount\n      edges {\n        node {\n          id\n          uri\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConcurrencyKyc($refresh: Boolean) {\n    aadhaarKyc(refresh: $refresh) {\n      maskedAadhaar\n      signature {\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrencyEnd($id: ID, $idempotencyKey: String) {\n    endSession(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrencyEnd($id: ID, $idempotencyKey: String) {\n    endSession(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyMe {\n    me {\n      name\n      sessionStatus\n    }\n  }\n"): (typeof documents)["\n  query ConcurrencyMe {\n    me {\n      name\n      sessionStatus\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n        expiresAt\n      }\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation JourneyStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n        status\n        expiresAt\n      }\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JourneyClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n      consentValidTill\n    }\n  }\n"): (typeof documents)["\n  query JourneyMe {\n    me {\n      digilockerId\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n      consentValidTill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          uri\n          name\n          doctype\n          issuer\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          uri\n          name\n          doctype\n          issuer\n          issuerId\n          issuedOn\n          mimeTypes\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneySessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      status\n      documents(first: 5) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query JourneySessionDocuments($id: ID!) {\n    consentSession(id: $id) {\n      status\n      documents(first: 5) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneySessionStatus($id: ID!) {\n    consentSession(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  query JourneySessionStatus($id: ID!) {\n    consentSession(id: $id) {\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query RotationRead {\n    me {\n      name\n    }\n    documents(first: 10) {\n      edges {\n        node {\n          uri\n          content {\n            format\n          }\n        }\n      }\n    }\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n"): (typeof documents)["\n  query RotationRead {\n    me {\n      name\n    }\n    documents(first: 10) {\n      edges {\n        node {\n          uri\n          content {\n            format\n          }\n        }\n      }\n    }\n    aadhaarKyc {\n      maskedAadhaar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RotationDoc($id: ID!) {\n    document(id: $id) {\n      content {\n        sha256\n      }\n    }\n  }\n"): (typeof documents)["\n  query RotationDoc($id: ID!) {\n    document(id: $id) {\n      content {\n        sha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RotationIds {\n    documents(first: 1, filter: { doctypes: [\"PANCR\"] }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RotationIds {\n    documents(first: 1, filter: { doctypes: [\"PANCR\"] }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KycChecks {\n    aadhaarKyc {\n      source\n      generatedAt\n      assurance\n      freshness {\n        ageSeconds\n        withinLimit\n        limitSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  query KycChecks {\n    aadhaarKyc {\n      source\n      generatedAt\n      assurance\n      freshness {\n        ageSeconds\n        withinLimit\n        limitSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc {\n      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n        nameScore\n        nameMatches\n        dateOfBirthMatches\n        matches\n        assurance\n      }\n    }\n  }\n"): (typeof documents)["\n  query KycMatch($name: String!, $dateOfBirth: String) {\n    aadhaarKyc {\n      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n        nameScore\n        nameMatches\n        dateOfBirthMatches\n        matches\n        assurance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      signature {\n        verified\n      }\n      assurance\n      freshness {\n        ageSeconds\n        withinLimit\n        limitSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      name\n      signature {\n        verified\n      }\n      assurance\n      freshness {\n        ageSeconds\n        withinLimit\n        limitSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) {\n      assurance\n      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n        nameMatches\n        dateOfBirthMatches\n        matches\n        assurance\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {\n    verifyOfflineAadhaar(input: $input) {\n      assurance\n      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n        nameMatches\n        dateOfBirthMatches\n        matches\n        assurance\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PhotoPolicyKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      photo\n    }\n  }\n"): (typeof documents)["\n  query PhotoPolicyKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      photo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PullIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n"): (typeof documents)["\n  query PullIssuers {\n    issuers {\n      orgId\n      issuerId\n      name\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PullDocTypes($orgId: String!) {\n    issuerDocumentTypes(orgId: $orgId) {\n      doctype\n      description\n    }\n  }\n"): (typeof documents)["\n  query PullDocTypes($orgId: String!) {\n    issuerDocumentTypes(orgId: $orgId) {\n      doctype\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PullParameters($orgId: String!, $doctype: String!) {\n    issuerParameters(orgId: $orgId, doctype: $doctype) {\n      name\n      label\n      allowedValues\n      example\n    }\n  }\n"): (typeof documents)["\n  query PullParameters($orgId: String!, $doctype: String!) {\n    issuerParameters(orgId: $orgId, doctype: $doctype) {\n      name\n      label\n      allowedValues\n      example\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PullDocument($input: PullDocumentInput!) {\n    pullDocument(input: $input) {\n      status\n      message\n      document {\n        id\n        uri\n        doctype\n        issuerId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PullDocument($input: PullDocumentInput!) {\n    pullDocument(input: $input) {\n      status\n      message\n      document {\n        id\n        uri\n        doctype\n        issuerId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PullListed($first: Int, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          doctype\n          issuerId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PullListed($first: Int, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          doctype\n          issuerId\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PullCounted($refresh: Boolean, $doctypes: [String!]) {\n    documents(first: 1, refresh: $refresh, filter: { doctypes: $doctypes }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PullCounted($refresh: Boolean, $doctypes: [String!]) {\n    documents(first: 1, refresh: $refresh, filter: { doctypes: $doctypes }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PullRefreshed {\n    documents(first: 100, refresh: true) {\n      edges {\n        node {\n          doctype\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PullRefreshed {\n    documents(first: 100, refresh: true) {\n      edges {\n        node {\n          doctype\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PullOne($id: ID!) {\n    document(id: $id) {\n      id\n      doctype\n      content {\n        sha256\n      }\n    }\n  }\n"): (typeof documents)["\n  query PullOne($id: ID!) {\n    document(id: $id) {\n      id\n      doctype\n      content {\n        sha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionKyc {\n    aadhaarKyc {\n      photo\n    }\n  }\n"): (typeof documents)["\n  query RetentionKyc {\n    aadhaarKyc {\n      photo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionDocs {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RetentionDocs {\n    documents(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionUpload($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation RetentionUpload($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityMe {\n    me {\n      name\n    }\n  }\n"): (typeof documents)["\n  query SecurityMe {\n    me {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityDocs {\n    documents(first: 20) {\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityDocs {\n    documents(first: 20) {\n      edges {\n        node {\n          id\n          doctype\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityDoc($id: ID!) {\n    document(id: $id) {\n      content {\n        format\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityDoc($id: ID!) {\n    document(id: $id) {\n      content {\n        format\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      photo\n    }\n  }\n"): (typeof documents)["\n  query SecurityKyc {\n    aadhaarKyc {\n      maskedAadhaar\n      photo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      maskedAadhaar\n      signature {\n        verified\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityVerify($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      source\n      maskedAadhaar\n      signature {\n        verified\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecuritySession($id: ID!) {\n    consentSession(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SecuritySession($id: ID!) {\n    consentSession(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityRefresh($id: ID) {\n    refreshSession(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityRefresh($id: ID) {\n    refreshSession(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityEnd($id: ID) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityClaim($code: String!) {\n    claimSession(code: $code) {\n      sessionToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SecurityAliased {\n        a: me {\n          name\n        }\n        b: me {\n          name\n        }\n        c: me {\n          name\n        }\n        d: me {\n          name\n        }\n        e: me {\n          name\n        }\n        f: me {\n          name\n        }\n      }\n    "): (typeof documents)["\n      query SecurityAliased {\n        a: me {\n          name\n        }\n        b: me {\n          name\n        }\n        c: me {\n          name\n        }\n        d: me {\n          name\n        }\n        e: me {\n          name\n        }\n        f: me {\n          name\n        }\n      }\n    "];
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
export function graphql(source: "\n          mutation AdminRefresh {\n            refreshSession {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AdminRefresh {\n            refreshSession {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AdminRefreshAgain($id: ID) {\n                refreshSession(id: $id) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation AdminRefreshAgain($id: ID) {\n                refreshSession(id: $id) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AdminOwnTrail($id: ID!) {\n            consentSession(id: $id) {\n              auditTrail {\n                action\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AdminOwnTrail($id: ID!) {\n            consentSession(id: $id) {\n              auditTrail {\n                action\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AdminRefreshResumed {\n              refreshSession {\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation AdminRefreshResumed {\n              refreshSession {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AdminEnd {\n              endSession {\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation AdminEnd {\n              endSession {\n                status\n              }\n            }\n          "];
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
export function graphql(source: "\n  mutation WebhookConfigure($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n        events\n        createdAt\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookConfigure($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n        events\n        createdAt\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRotate {\n    rotateWebhookSecret {\n      endpoint {\n        url\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookRotate {\n    rotateWebhookSecret {\n      endpoint {\n        url\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookDelete {\n    deleteWebhook\n  }\n"): (typeof documents)["\n  mutation WebhookDelete {\n    deleteWebhook\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpointRead {\n    webhookEndpoint {\n      url\n      events\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpointRead {\n    webhookEndpoint {\n      url\n      events\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          sessionId\n          status\n          payload\n          attempts {\n            attempt\n            at\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          type\n          sessionId\n          status\n          payload\n          attempts {\n            attempt\n            at\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookStart($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      session {\n        id\n      }\n      authorizationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookKyc {\n    aadhaarKyc {\n      signature {\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookKyc {\n    aadhaarKyc {\n      signature {\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEnd($id: ID) {\n    endSession(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEnd($id: ID) {\n    endSession(id: $id) {\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;