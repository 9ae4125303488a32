import { graphql } from "../gql";

export const ConsoleTenantQuery = graphql(`
  query ConsoleTenant {
    tenant {
      id
      name
      policy {
        returnPhotos
        consoleDocumentContents
        retentionDays
        kycMaxAgeSeconds
        returnUrls
        origins
      }
    }
  }
`);

export const ConsoleSessionsQuery = graphql(`
  query ConsoleSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {
    consentSessions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          purpose
          createdAt
          grantedAt
          expiresAt
          consentValidTill
          withdrawnAt
          documentTypes
        }
      }
    }
  }
`);

export const ConsoleSessionQuery = graphql(`
  query ConsoleSession($id: ID!) {
    consentSession(id: $id) {
      id
      status
      purpose
      createdAt
      grantedAt
      expiresAt
      consentValidTill
      withdrawnAt
      documentTypes
      noticeVersion
      auditTrail {
        seq
        at
        actor
        action
        outcome
        requestId
      }
    }
  }
`);

export const ConsoleSessionDataQuery = graphql(`
  query ConsoleSessionData($id: ID!) {
    consentSession(id: $id) {
      id
      documents(first: 20) {
        totalCount
        edges {
          node {
            id
            name
            doctype
            issuer
            issuedOn
          }
        }
      }
      aadhaarKyc {
        assurance
        source
        maskedAadhaar
        generatedAt
        signature {
          verified
          signer
          trustedBy
          reason
        }
        freshness {
          ageSeconds
          limitSeconds
          withinLimit
        }
      }
    }
  }
`);

export const ConsoleMatchQuery = graphql(`
  query ConsoleMatch($id: ID!, $name: String!, $dateOfBirth: String) {
    consentSession(id: $id) {
      id
      aadhaarKyc {
        matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {
          matches
          nameMatches
          nameScore
          dateOfBirthMatches
          assurance
        }
      }
    }
  }
`);

export const ConsoleRefreshMutation = graphql(`
  mutation ConsoleRefresh($id: ID!) {
    refreshSession(id: $id) {
      id
      status
    }
  }
`);

export const ConsoleEndMutation = graphql(`
  mutation ConsoleEnd($id: ID!) {
    endSession(id: $id) {
      id
      status
    }
  }
`);

// Contents only on the operator's request: audited, and refused unless the tenant policy allows it.
export const ConsoleRevealDocumentMutation = graphql(`
  mutation ConsoleRevealDocument($sessionId: ID!, $documentId: ID!) {
    revealDocumentContent(sessionId: $sessionId, documentId: $documentId) {
      format
      mimeType
      ...TypedDocumentContent
    }
  }
`);

export const ConsoleWebhookQuery = graphql(`
  query ConsoleWebhook($first: Int, $after: String, $filter: WebhookDeliveryFilter) {
    webhookEndpoint {
      url
      events
      createdAt
      updatedAt
    }
    webhookDeliveries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          sessionId
          status
          createdAt
          completedAt
          nextAttemptAt
          attempts {
            attempt
            at
            statusCode
            error
            durationMs
          }
        }
      }
    }
  }
`);

export const ConsoleConfigureWebhookMutation = graphql(`
  mutation ConsoleConfigureWebhook($input: ConfigureWebhookInput!) {
    configureWebhook(input: $input) {
      endpoint {
        url
        events
      }
      secret
    }
  }
`);

export const ConsoleRotateWebhookMutation = graphql(`
  mutation ConsoleRotateWebhook {
    rotateWebhookSecret {
      secret
    }
  }
`);

export const ConsoleDeleteWebhookMutation = graphql(`
  mutation ConsoleDeleteWebhook {
    deleteWebhook
  }
`);

export const ConsoleRetryWebhookMutation = graphql(`
  mutation ConsoleRetryWebhook($id: ID!) {
    retryWebhookEvent(id: $id) {
      id
      status
    }
  }
`);

export const ConsoleUpdatePolicyMutation = graphql(`
  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {
    updateTenantPolicy(input: $input) {
      id
      name
      policy {
        returnPhotos
        consoleDocumentContents
        retentionDays
        kycMaxAgeSeconds
        returnUrls
        origins
      }
    }
  }
`);

export const ConsoleHealthQuery = graphql(`
  query ConsoleHealth($window: HealthWindow) {
    operationsHealth(window: $window) {
      window
      since
      completionRate
      webhookSuccessRate
      upstreamSince
      sessionsByStatus {
        status
        count
      }
      buckets {
        start
        started
        completed
        webhookAttempts
        webhookSucceeded
      }
      upstream {
        operation
        requests
        errors
        errorRate
      }
    }
  }
`);

export const ConsoleAuditQuery = graphql(`
  query ConsoleAudit($first: Int, $beforeSeq: SafeInt, $actor: String) {
    auditEvents(first: $first, beforeSeq: $beforeSeq, actor: $actor) {
      seq
      at
      actor
      action
      outcome
      sessionId
      requestId
    }
  }
`);
