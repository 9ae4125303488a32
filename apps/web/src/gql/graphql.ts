/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which Aadhaar artefact the record was read from. */
export type AadhaarSource =
  /** The e-Aadhaar XML LockerKit fetched from DigiLocker itself. */
  | 'DIGILOCKER_EAADHAAR'
  /** The older, unsigned-XML Aadhaar QR code. */
  | 'LEGACY_QR'
  /** UIDAI's offline e-KYC (paperless) ZIP or XML, uploaded. */
  | 'OFFLINE_EKYC'
  /** UIDAI's signed Secure QR code, uploaded. */
  | 'SECURE_QR';

/** The tenant's webhook endpoint. */
export type ConfigureWebhookInput = {
  /** Event types to receive: consent.completed, consent.denied, consent.expired, session.ended, kyc.verified. Default: all. */
  events?: Array<string> | null | undefined;
  /** Absolute URL the events are POSTed to; https in production, never a private or local address there. */
  url: string;
};

/** The purpose shown to the user in DigiLocker. */
export type ConsentPurpose =
  /** To provide a service the user asked for. */
  | 'AVAILING_SERVICES'
  /** A regulatory or compliance requirement. */
  | 'COMPLIANCE'
  /** Education (admissions, records). */
  | 'EDUCATIONAL'
  /** Know-your-customer (default). */
  | 'KYC'
  /** Verifying a claim or document. */
  | 'VERIFICATION';

/** Narrows `consentSessions`; all given conditions must hold. */
export type ConsentSessionFilter = {
  /** Created at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Created strictly before this instant. */
  createdBefore?: string | null | undefined;
  /** Any of these states (a single value is accepted too). */
  status?: Array<SessionStatus> | null | undefined;
};

/** How a document's content was stored. */
export type DocumentContentFormat =
  /** A file (e.g. PDF): bytes only, served from a signed URL. */
  | 'FILE'
  /** DigiLocker's issued-document XML, parsed and signature-checked. */
  | 'XML';

/** The last hour (5-minute buckets) or the last day (1-hour buckets). */
export type HealthWindow =
  /** The last 24 hours, in hourly buckets. */
  | 'DAY'
  /** The last hour, in 5-minute buckets. */
  | 'HOUR';

/** How far the record can be trusted: its source, and whether UIDAI's signature verified. */
export type KycAssurance =
  /** DigiLocker's e-Aadhaar, fetched by the server itself, with a verified signature (never an upload). */
  | 'DIGILOCKER_VERIFIED'
  /** An offline e-KYC XML with a verified signature. */
  | 'OFFLINE_VERIFIED'
  /** A Secure QR with a verified signature. */
  | 'QR_VERIFIED'
  /** No verified signature (including every legacy QR). */
  | 'UNVERIFIED';

/** Where a consent session stands. */
export type SessionStatus =
  /** Consent given: the session's data can be read. */
  | 'ACTIVE'
  /** The user refused consent. */
  | 'DENIED'
  /** Ended by endSession or an operator; personal data erased. */
  | 'ENDED'
  /** DigiLocker answered; the code is being exchanged. */
  | 'EXCHANGING'
  /** The consent window or validity passed. */
  | 'EXPIRED'
  /** The consent could not be completed. */
  | 'FAILED'
  /** Waiting for the user in DigiLocker. */
  | 'PENDING'
  /** DigiLocker no longer accepts the grant; consent again. */
  | 'REAUTH_REQUIRED';

/** How a verified signature is trusted. */
export type SignatureTrust =
  /** The signing certificate (from the document's KeyInfo) has a valid path to a trusted root and passes the source's signer policy. */
  | 'CERTIFICATE_CHAIN'
  /** The signing certificate is pinned in the trust store. */
  | 'PINNED_CERTIFICATE';

/** The set-policy options of the tenant CLI; unset fields stay as they are. Validated like the CLI. */
export type UpdateTenantPolicyInput = {
  /** Whether revealDocumentContent (the console's "Show contents") may answer; set-policy's --console-document-contents. */
  consoleDocumentContents?: boolean | null | undefined;
  /** 60…315360000 seconds. */
  kycMaxAgeSeconds?: number | null | undefined;
  /** Replaces the allowed origins; an empty list allows none. */
  origins?: Array<string> | null | undefined;
  /** 1…3650. */
  retentionDays?: number | null | undefined;
  /** Whether KYC photos are stored and returned (`--photos on|off`). */
  returnPhotos?: boolean | null | undefined;
  /** Replaces the return URL patterns; at least one. */
  returnUrls?: Array<string> | null | undefined;
};

/** Narrows webhook deliveries. */
export type WebhookDeliveryFilter = {
  /** Only this session's events. */
  sessionId?: string | number | null | undefined;
  /** Only events in this state. */
  status?: WebhookDeliveryStatus | null | undefined;
};

/** PENDING (queued or retrying), DELIVERED (a 2xx answer), FAILED (gave up, or the endpoint was removed). */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Gave up after the last attempt. */
  | 'FAILED'
  /** Not delivered yet; retried with backoff. */
  | 'PENDING';

export type ConsoleTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTenantQuery = { tenant: { id: string, name: string, policy: { returnPhotos: boolean, consoleDocumentContents: boolean, retentionDays: number, kycMaxAgeSeconds: number, returnUrls: Array<string>, origins: Array<string> } } };

export type ConsoleSessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ConsentSessionFilter | null | undefined;
}>;


export type ConsoleSessionsQuery = { consentSessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: SessionStatus, purpose: ConsentPurpose, createdAt: string, grantedAt: string | null, expiresAt: string, consentValidTill: string | null, withdrawnAt: string | null, documentTypes: Array<string> } }> } };

export type ConsoleSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSessionQuery = { consentSession: { id: string, status: SessionStatus, purpose: ConsentPurpose, createdAt: string, grantedAt: string | null, expiresAt: string, consentValidTill: string | null, withdrawnAt: string | null, documentTypes: Array<string>, noticeVersion: string, auditTrail: Array<{ seq: number, at: string, actor: string, action: string, outcome: string, requestId: string | null }> } | null };

export type ConsoleSessionDataQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSessionDataQuery = { consentSession: { id: string, documents: { totalCount: number, edges: Array<{ node: { id: string, name: string, doctype: string | null, issuer: string | null, issuedOn: string | null } }> }, aadhaarKyc: { assurance: KycAssurance, source: AadhaarSource, maskedAadhaar: string | null, generatedAt: string | null, signature: { verified: boolean, signer: string | null, trustedBy: SignatureTrust | null, reason: string | null }, freshness: { ageSeconds: number | null, limitSeconds: number, withinLimit: boolean } } | null } | null };

export type ConsoleMatchQueryVariables = Exact<{
  id: string | number;
  name: string;
  dateOfBirth?: string | null | undefined;
}>;


export type ConsoleMatchQuery = { consentSession: { id: string, aadhaarKyc: { matchApplicant: { matches: boolean, nameMatches: boolean, nameScore: number, dateOfBirthMatches: boolean | null, assurance: KycAssurance } } | null } | null };

export type ConsoleRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRefreshMutation = { refreshSession: { id: string, status: SessionStatus } };

export type ConsoleEndMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEndMutation = { endSession: { id: string, status: SessionStatus } };

export type ConsoleRevealDocumentMutationVariables = Exact<{
  sessionId: string | number;
  documentId: string | number;
}>;


export type ConsoleRevealDocumentMutation = { revealDocumentContent: { format: DocumentContentFormat, mimeType: string, signature: { verified: boolean, reason: string | null, signer: string | null, trustedBy: SignatureTrust | null } | null, data:
      | { __typename: 'AadhaarDocument', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, maskedAadhaar: string | null, name: string | null, dateOfBirth: string | null, gender: string | null }
      | { __typename: 'BirthCertificate', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, registrationNumber: string | null, name: string | null, dateOfBirth: string | null, gender: string | null, parentName: string | null, registeredOn: string | null }
      | { __typename: 'DrivingLicence', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, licenceNumber: string | null, name: string | null, dateOfBirth: string | null, validFrom: string | null, validTo: string | null, nonTransportValidFrom: string | null, nonTransportValidTo: string | null, transportValidFrom: string | null, transportValidTo: string | null, issuingAuthority: string | null, issuedAt: string | null, address: { line1: string | null, line2: string | null, locality: string | null, vtc: string | null, district: string | null, state: string | null, pincode: string | null } | null, vehicleClasses: Array<{ code: string | null, description: string | null, category: string | null, transport: boolean | null, issuedOn: string | null }> }
      | { __typename: 'GenericCertificate', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, title: string | null, number: string | null, fields: Array<{ label: string, path: string, value: string }> }
      | { __typename: 'Marksheet', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, board: string | null, examination: string | null, examMonth: string | null, examYear: string | null, rollNumber: string | null, name: string | null, dateOfBirth: string | null, school: string | null, result: string | null, resultDate: string | null, marksTotal: string | null, marksMax: string | null, percentage: string | null, cgpa: string | null, grade: string | null, subjects: Array<{ code: string | null, name: string | null, marksTheory: string | null, marksPractical: string | null, marksTotal: string | null, marksMax: string | null, grade: string | null }> }
      | { __typename: 'PanVerification', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, pan: string | null, name: string | null, dateOfBirth: string | null, status: string | null }
      | { __typename: 'VehicleRegistration', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, registrationNumber: string | null, ownerName: string | null, maker: string | null, model: string | null, vehicleClass: string | null, fuel: string | null, colour: string | null, emissionNorms: string | null, registeredOn: string | null, registrationValidTo: string | null, fitnessValidTo: string | null, insuranceCompany: string | null, insuranceValidTo: string | null, financer: string | null, chassisNumber: string | null, engineNumber: string | null }
     | null } };

export type ConsoleWebhookQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: WebhookDeliveryFilter | null | undefined;
}>;


export type ConsoleWebhookQuery = { webhookEndpoint: { url: string, events: Array<string>, createdAt: string, updatedAt: string } | null, webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: string, sessionId: string | null, status: WebhookDeliveryStatus, createdAt: string, completedAt: string | null, nextAttemptAt: string | null, attempts: Array<{ attempt: number, at: string, statusCode: number | null, error: string | null, durationMs: number }> } }> } };

export type ConsoleConfigureWebhookMutationVariables = Exact<{
  input: ConfigureWebhookInput;
}>;


export type ConsoleConfigureWebhookMutation = { configureWebhook: { secret: string | null, endpoint: { url: string, events: Array<string> } } };

export type ConsoleRotateWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleRotateWebhookMutation = { rotateWebhookSecret: { secret: string | null } };

export type ConsoleDeleteWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleDeleteWebhookMutation = { deleteWebhook: boolean };

export type ConsoleRetryWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRetryWebhookMutation = { retryWebhookEvent: { id: string, status: WebhookDeliveryStatus } };

export type ConsoleUpdatePolicyMutationVariables = Exact<{
  input: UpdateTenantPolicyInput;
}>;


export type ConsoleUpdatePolicyMutation = { updateTenantPolicy: { id: string, name: string, policy: { returnPhotos: boolean, consoleDocumentContents: boolean, retentionDays: number, kycMaxAgeSeconds: number, returnUrls: Array<string>, origins: Array<string> } } };

export type ConsoleHealthQueryVariables = Exact<{
  window?: HealthWindow | null | undefined;
}>;


export type ConsoleHealthQuery = { operationsHealth: { window: HealthWindow, since: string, completionRate: number | null, webhookSuccessRate: number | null, upstreamSince: string, sessionsByStatus: Array<{ status: SessionStatus, count: number }>, buckets: Array<{ start: string, started: number, completed: number, webhookAttempts: number, webhookSucceeded: number }>, upstream: Array<{ operation: string, requests: number, errors: number, errorRate: number }> } };

export type ConsoleAuditQueryVariables = Exact<{
  first?: number | null | undefined;
  beforeSeq?: number | null | undefined;
  actor?: string | null | undefined;
}>;


export type ConsoleAuditQuery = { auditEvents: Array<{ seq: number, at: string, actor: string, action: string, outcome: string, sessionId: string | null, requestId: string | null }> };

export type TypedDocumentContentFragment = { signature: { verified: boolean, reason: string | null, signer: string | null, trustedBy: SignatureTrust | null } | null, data:
    | { __typename: 'AadhaarDocument', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, maskedAadhaar: string | null, name: string | null, dateOfBirth: string | null, gender: string | null }
    | { __typename: 'BirthCertificate', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, registrationNumber: string | null, name: string | null, dateOfBirth: string | null, gender: string | null, parentName: string | null, registeredOn: string | null }
    | { __typename: 'DrivingLicence', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, licenceNumber: string | null, name: string | null, dateOfBirth: string | null, validFrom: string | null, validTo: string | null, nonTransportValidFrom: string | null, nonTransportValidTo: string | null, transportValidFrom: string | null, transportValidTo: string | null, issuingAuthority: string | null, issuedAt: string | null, address: { line1: string | null, line2: string | null, locality: string | null, vtc: string | null, district: string | null, state: string | null, pincode: string | null } | null, vehicleClasses: Array<{ code: string | null, description: string | null, category: string | null, transport: boolean | null, issuedOn: string | null }> }
    | { __typename: 'GenericCertificate', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, title: string | null, number: string | null, fields: Array<{ label: string, path: string, value: string }> }
    | { __typename: 'Marksheet', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, board: string | null, examination: string | null, examMonth: string | null, examYear: string | null, rollNumber: string | null, name: string | null, dateOfBirth: string | null, school: string | null, result: string | null, resultDate: string | null, marksTotal: string | null, marksMax: string | null, percentage: string | null, cgpa: string | null, grade: string | null, subjects: Array<{ code: string | null, name: string | null, marksTheory: string | null, marksPractical: string | null, marksTotal: string | null, marksMax: string | null, grade: string | null }> }
    | { __typename: 'PanVerification', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, pan: string | null, name: string | null, dateOfBirth: string | null, status: string | null }
    | { __typename: 'VehicleRegistration', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, registrationNumber: string | null, ownerName: string | null, maker: string | null, model: string | null, vehicleClass: string | null, fuel: string | null, colour: string | null, emissionNorms: string | null, registeredOn: string | null, registrationValidTo: string | null, fitnessValidTo: string | null, insuranceCompany: string | null, insuranceValidTo: string | null, financer: string | null, chassisNumber: string | null, engineNumber: string | null }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TypedDocumentContentFragmentDoc = new TypedDocumentString(`
    fragment TypedDocumentContent on DocumentContent {
  signature {
    verified
    reason
    signer
    trustedBy
  }
  data {
    __typename
    ... on CertificateDocument {
      documentNumber
      holderName
      issuedOn
      issuerName
    }
    ... on PanVerification {
      pan
      name
      dateOfBirth
      status
    }
    ... on DrivingLicence {
      licenceNumber
      name
      dateOfBirth
      validFrom
      validTo
      nonTransportValidFrom
      nonTransportValidTo
      transportValidFrom
      transportValidTo
      issuingAuthority
      issuedAt
      address {
        line1
        line2
        locality
        vtc
        district
        state
        pincode
      }
      vehicleClasses {
        code
        description
        category
        transport
        issuedOn
      }
    }
    ... on VehicleRegistration {
      registrationNumber
      ownerName
      maker
      model
      vehicleClass
      fuel
      colour
      emissionNorms
      registeredOn
      registrationValidTo
      fitnessValidTo
      insuranceCompany
      insuranceValidTo
      financer
      chassisNumber
      engineNumber
    }
    ... on Marksheet {
      board
      examination
      examMonth
      examYear
      rollNumber
      name
      dateOfBirth
      school
      result
      resultDate
      marksTotal
      marksMax
      percentage
      cgpa
      grade
      subjects {
        code
        name
        marksTheory
        marksPractical
        marksTotal
        marksMax
        grade
      }
    }
    ... on AadhaarDocument {
      maskedAadhaar
      name
      dateOfBirth
      gender
    }
    ... on BirthCertificate {
      registrationNumber
      name
      dateOfBirth
      gender
      parentName
      registeredOn
    }
    ... on GenericCertificate {
      title
      number
      fields {
        label
        path
        value
      }
    }
  }
}
    `, {"fragmentName":"TypedDocumentContent"}) as unknown as TypedDocumentString<TypedDocumentContentFragment, unknown>;
export const ConsoleTenantDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleTenantQuery, ConsoleTenantQueryVariables>;
export const ConsoleSessionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleSessionsQuery, ConsoleSessionsQueryVariables>;
export const ConsoleSessionDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleSessionQuery, ConsoleSessionQueryVariables>;
export const ConsoleSessionDataDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleSessionDataQuery, ConsoleSessionDataQueryVariables>;
export const ConsoleMatchDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleMatchQuery, ConsoleMatchQueryVariables>;
export const ConsoleRefreshDocument = new TypedDocumentString(`
    mutation ConsoleRefresh($id: ID!) {
  refreshSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRefreshMutation, ConsoleRefreshMutationVariables>;
export const ConsoleEndDocument = new TypedDocumentString(`
    mutation ConsoleEnd($id: ID!) {
  endSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleEndMutation, ConsoleEndMutationVariables>;
export const ConsoleRevealDocumentDocument = new TypedDocumentString(`
    mutation ConsoleRevealDocument($sessionId: ID!, $documentId: ID!) {
  revealDocumentContent(sessionId: $sessionId, documentId: $documentId) {
    format
    mimeType
    ...TypedDocumentContent
  }
}
    fragment TypedDocumentContent on DocumentContent {
  signature {
    verified
    reason
    signer
    trustedBy
  }
  data {
    __typename
    ... on CertificateDocument {
      documentNumber
      holderName
      issuedOn
      issuerName
    }
    ... on PanVerification {
      pan
      name
      dateOfBirth
      status
    }
    ... on DrivingLicence {
      licenceNumber
      name
      dateOfBirth
      validFrom
      validTo
      nonTransportValidFrom
      nonTransportValidTo
      transportValidFrom
      transportValidTo
      issuingAuthority
      issuedAt
      address {
        line1
        line2
        locality
        vtc
        district
        state
        pincode
      }
      vehicleClasses {
        code
        description
        category
        transport
        issuedOn
      }
    }
    ... on VehicleRegistration {
      registrationNumber
      ownerName
      maker
      model
      vehicleClass
      fuel
      colour
      emissionNorms
      registeredOn
      registrationValidTo
      fitnessValidTo
      insuranceCompany
      insuranceValidTo
      financer
      chassisNumber
      engineNumber
    }
    ... on Marksheet {
      board
      examination
      examMonth
      examYear
      rollNumber
      name
      dateOfBirth
      school
      result
      resultDate
      marksTotal
      marksMax
      percentage
      cgpa
      grade
      subjects {
        code
        name
        marksTheory
        marksPractical
        marksTotal
        marksMax
        grade
      }
    }
    ... on AadhaarDocument {
      maskedAadhaar
      name
      dateOfBirth
      gender
    }
    ... on BirthCertificate {
      registrationNumber
      name
      dateOfBirth
      gender
      parentName
      registeredOn
    }
    ... on GenericCertificate {
      title
      number
      fields {
        label
        path
        value
      }
    }
  }
}`) as unknown as TypedDocumentString<ConsoleRevealDocumentMutation, ConsoleRevealDocumentMutationVariables>;
export const ConsoleWebhookDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleWebhookQuery, ConsoleWebhookQueryVariables>;
export const ConsoleConfigureWebhookDocument = new TypedDocumentString(`
    mutation ConsoleConfigureWebhook($input: ConfigureWebhookInput!) {
  configureWebhook(input: $input) {
    endpoint {
      url
      events
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<ConsoleConfigureWebhookMutation, ConsoleConfigureWebhookMutationVariables>;
export const ConsoleRotateWebhookDocument = new TypedDocumentString(`
    mutation ConsoleRotateWebhook {
  rotateWebhookSecret {
    secret
  }
}
    `) as unknown as TypedDocumentString<ConsoleRotateWebhookMutation, ConsoleRotateWebhookMutationVariables>;
export const ConsoleDeleteWebhookDocument = new TypedDocumentString(`
    mutation ConsoleDeleteWebhook {
  deleteWebhook
}
    `) as unknown as TypedDocumentString<ConsoleDeleteWebhookMutation, ConsoleDeleteWebhookMutationVariables>;
export const ConsoleRetryWebhookDocument = new TypedDocumentString(`
    mutation ConsoleRetryWebhook($id: ID!) {
  retryWebhookEvent(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRetryWebhookMutation, ConsoleRetryWebhookMutationVariables>;
export const ConsoleUpdatePolicyDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleUpdatePolicyMutation, ConsoleUpdatePolicyMutationVariables>;
export const ConsoleHealthDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleHealthQuery, ConsoleHealthQueryVariables>;
export const ConsoleAuditDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleAuditQuery, ConsoleAuditQueryVariables>;