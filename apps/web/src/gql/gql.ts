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
    "\n  query ConsoleTenant {\n    tenant {\n      id\n      name\n      policy {\n        returnPhotos\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n": typeof types.ConsoleTenantDocument,
    "\n  query ConsoleSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          purpose\n          createdAt\n          grantedAt\n          expiresAt\n          consentValidTill\n          withdrawnAt\n          documentTypes\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSessionsDocument,
    "\n  query ConsoleSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      purpose\n      createdAt\n      grantedAt\n      expiresAt\n      consentValidTill\n      withdrawnAt\n      documentTypes\n      noticeVersion\n      auditTrail {\n        seq\n        at\n        actor\n        action\n        outcome\n        requestId\n      }\n    }\n  }\n": typeof types.ConsoleSessionDocument,
    "\n  query ConsoleSessionData($id: ID!) {\n    consentSession(id: $id) {\n      id\n      documents(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            doctype\n            issuer\n            issuedOn\n          }\n        }\n      }\n      aadhaarKyc {\n        assurance\n        source\n        maskedAadhaar\n        generatedAt\n        signature {\n          verified\n          signer\n          trustedBy\n          reason\n        }\n        freshness {\n          ageSeconds\n          limitSeconds\n          withinLimit\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSessionDataDocument,
    "\n  query ConsoleMatch($id: ID!, $name: String!, $dateOfBirth: String) {\n    consentSession(id: $id) {\n      id\n      aadhaarKyc {\n        matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n          matches\n          nameMatches\n          nameScore\n          dateOfBirthMatches\n          assurance\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMatchDocument,
    "\n  mutation ConsoleRefresh($id: ID!) {\n    refreshSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRefreshDocument,
    "\n  mutation ConsoleEnd($id: ID!) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleEndDocument,
    "\n  query ConsoleWebhook($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookEndpoint {\n      url\n      events\n      createdAt\n      updatedAt\n    }\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          sessionId\n          status\n          createdAt\n          completedAt\n          nextAttemptAt\n          attempts {\n            attempt\n            at\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWebhookDocument,
    "\n  mutation ConsoleConfigureWebhook($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n        events\n      }\n      secret\n    }\n  }\n": typeof types.ConsoleConfigureWebhookDocument,
    "\n  mutation ConsoleRotateWebhook {\n    rotateWebhookSecret {\n      secret\n    }\n  }\n": typeof types.ConsoleRotateWebhookDocument,
    "\n  mutation ConsoleDeleteWebhook {\n    deleteWebhook\n  }\n": typeof types.ConsoleDeleteWebhookDocument,
    "\n  mutation ConsoleRetryWebhook($id: ID!) {\n    retryWebhookEvent(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRetryWebhookDocument,
    "\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) {\n      id\n      name\n      policy {\n        returnPhotos\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n": typeof types.ConsoleUpdatePolicyDocument,
    "\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window\n      since\n      completionRate\n      webhookSuccessRate\n      upstreamSince\n      sessionsByStatus {\n        status\n        count\n      }\n      buckets {\n        start\n        started\n        completed\n        webhookAttempts\n        webhookSucceeded\n      }\n      upstream {\n        operation\n        requests\n        errors\n        errorRate\n      }\n    }\n  }\n": typeof types.ConsoleHealthDocument,
    "\n  query ConsoleAudit($first: Int, $beforeSeq: SafeInt, $actor: String) {\n    auditEvents(first: $first, beforeSeq: $beforeSeq, actor: $actor) {\n      seq\n      at\n      actor\n      action\n      outcome\n      sessionId\n      requestId\n    }\n  }\n": typeof types.ConsoleAuditDocument,
};
const documents: Documents = {
    "\n  query ConsoleTenant {\n    tenant {\n      id\n      name\n      policy {\n        returnPhotos\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n": types.ConsoleTenantDocument,
    "\n  query ConsoleSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          purpose\n          createdAt\n          grantedAt\n          expiresAt\n          consentValidTill\n          withdrawnAt\n          documentTypes\n        }\n      }\n    }\n  }\n": types.ConsoleSessionsDocument,
    "\n  query ConsoleSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      purpose\n      createdAt\n      grantedAt\n      expiresAt\n      consentValidTill\n      withdrawnAt\n      documentTypes\n      noticeVersion\n      auditTrail {\n        seq\n        at\n        actor\n        action\n        outcome\n        requestId\n      }\n    }\n  }\n": types.ConsoleSessionDocument,
    "\n  query ConsoleSessionData($id: ID!) {\n    consentSession(id: $id) {\n      id\n      documents(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            doctype\n            issuer\n            issuedOn\n          }\n        }\n      }\n      aadhaarKyc {\n        assurance\n        source\n        maskedAadhaar\n        generatedAt\n        signature {\n          verified\n          signer\n          trustedBy\n          reason\n        }\n        freshness {\n          ageSeconds\n          limitSeconds\n          withinLimit\n        }\n      }\n    }\n  }\n": types.ConsoleSessionDataDocument,
    "\n  query ConsoleMatch($id: ID!, $name: String!, $dateOfBirth: String) {\n    consentSession(id: $id) {\n      id\n      aadhaarKyc {\n        matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n          matches\n          nameMatches\n          nameScore\n          dateOfBirthMatches\n          assurance\n        }\n      }\n    }\n  }\n": types.ConsoleMatchDocument,
    "\n  mutation ConsoleRefresh($id: ID!) {\n    refreshSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleRefreshDocument,
    "\n  mutation ConsoleEnd($id: ID!) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleEndDocument,
    "\n  query ConsoleWebhook($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookEndpoint {\n      url\n      events\n      createdAt\n      updatedAt\n    }\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          sessionId\n          status\n          createdAt\n          completedAt\n          nextAttemptAt\n          attempts {\n            attempt\n            at\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleWebhookDocument,
    "\n  mutation ConsoleConfigureWebhook($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n        events\n      }\n      secret\n    }\n  }\n": types.ConsoleConfigureWebhookDocument,
    "\n  mutation ConsoleRotateWebhook {\n    rotateWebhookSecret {\n      secret\n    }\n  }\n": types.ConsoleRotateWebhookDocument,
    "\n  mutation ConsoleDeleteWebhook {\n    deleteWebhook\n  }\n": types.ConsoleDeleteWebhookDocument,
    "\n  mutation ConsoleRetryWebhook($id: ID!) {\n    retryWebhookEvent(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleRetryWebhookDocument,
    "\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) {\n      id\n      name\n      policy {\n        returnPhotos\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n": types.ConsoleUpdatePolicyDocument,
    "\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window\n      since\n      completionRate\n      webhookSuccessRate\n      upstreamSince\n      sessionsByStatus {\n        status\n        count\n      }\n      buckets {\n        start\n        started\n        completed\n        webhookAttempts\n        webhookSucceeded\n      }\n      upstream {\n        operation\n        requests\n        errors\n        errorRate\n      }\n    }\n  }\n": types.ConsoleHealthDocument,
    "\n  query ConsoleAudit($first: Int, $beforeSeq: SafeInt, $actor: String) {\n    auditEvents(first: $first, beforeSeq: $beforeSeq, actor: $actor) {\n      seq\n      at\n      actor\n      action\n      outcome\n      sessionId\n      requestId\n    }\n  }\n": types.ConsoleAuditDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTenant {\n    tenant {\n      id\n      name\n      policy {\n        returnPhotos\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {\n    consentSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          purpose\n          createdAt\n          grantedAt\n          expiresAt\n          consentValidTill\n          withdrawnAt\n          documentTypes\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSession($id: ID!) {\n    consentSession(id: $id) {\n      id\n      status\n      purpose\n      createdAt\n      grantedAt\n      expiresAt\n      consentValidTill\n      withdrawnAt\n      documentTypes\n      noticeVersion\n      auditTrail {\n        seq\n        at\n        actor\n        action\n        outcome\n        requestId\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessionData($id: ID!) {\n    consentSession(id: $id) {\n      id\n      documents(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            doctype\n            issuer\n            issuedOn\n          }\n        }\n      }\n      aadhaarKyc {\n        assurance\n        source\n        maskedAadhaar\n        generatedAt\n        signature {\n          verified\n          signer\n          trustedBy\n          reason\n        }\n        freshness {\n          ageSeconds\n          limitSeconds\n          withinLimit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSessionDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatch($id: ID!, $name: String!, $dateOfBirth: String) {\n    consentSession(id: $id) {\n      id\n      aadhaarKyc {\n        matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {\n          matches\n          nameMatches\n          nameScore\n          dateOfBirthMatches\n          assurance\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefresh($id: ID!) {\n    refreshSession(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEnd($id: ID!) {\n    endSession(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhook($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookEndpoint {\n      url\n      events\n      createdAt\n      updatedAt\n    }\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          sessionId\n          status\n          createdAt\n          completedAt\n          nextAttemptAt\n          attempts {\n            attempt\n            at\n            statusCode\n            error\n            durationMs\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConfigureWebhook($input: ConfigureWebhookInput!) {\n    configureWebhook(input: $input) {\n      endpoint {\n        url\n        events\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').ConsoleConfigureWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateWebhook {\n    rotateWebhookSecret {\n      secret\n    }\n  }\n"): typeof import('./graphql').ConsoleRotateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteWebhook {\n    deleteWebhook\n  }\n"): typeof import('./graphql').ConsoleDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRetryWebhook($id: ID!) {\n    retryWebhookEvent(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleRetryWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {\n    updateTenantPolicy(input: $input) {\n      id\n      name\n      policy {\n        returnPhotos\n        retentionDays\n        kycMaxAgeSeconds\n        returnUrls\n        origins\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleUpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHealth($window: HealthWindow) {\n    operationsHealth(window: $window) {\n      window\n      since\n      completionRate\n      webhookSuccessRate\n      upstreamSince\n      sessionsByStatus {\n        status\n        count\n      }\n      buckets {\n        start\n        started\n        completed\n        webhookAttempts\n        webhookSucceeded\n      }\n      upstream {\n        operation\n        requests\n        errors\n        errorRate\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAudit($first: Int, $beforeSeq: SafeInt, $actor: String) {\n    auditEvents(first: $first, beforeSeq: $beforeSeq, actor: $actor) {\n      seq\n      at\n      actor\n      action\n      outcome\n      sessionId\n      requestId\n    }\n  }\n"): typeof import('./graphql').ConsoleAuditDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
