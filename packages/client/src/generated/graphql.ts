/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Structurally @graphql-typed-document-node/core's DocumentTypeDecoration (Apollo Client, urql). */
export interface DocumentTypeDecoration<TResult, TVariables> { __apiType?: (variables: TVariables) => TResult; }
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

/** Whether DigiLocker opens sign-in or sign-up. */
export type ConsentFlow =
  /** The user signs in to an existing DigiLocker account (default). */
  | 'SIGNIN'
  /** DigiLocker offers to create an account first. */
  | 'SIGNUP';

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

/** How a document's content was stored. */
export type DocumentContentFormat =
  /** A file (e.g. PDF): bytes only, served from a signed URL. */
  | 'FILE'
  /** DigiLocker's issued-document XML, parsed and signature-checked. */
  | 'XML';

/** Narrows a document list; all given fields must match. */
export type DocumentFilter = {
  /** Only these doctypes, e.g. PANCR. */
  doctypes?: Array<string> | null | undefined;
  /** Only these issuer ids, e.g. in.gov.pan. */
  issuerIds?: Array<string> | null | undefined;
};

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

/** DigiLocker's sign-up hints (sign-up only). */
export type SignupOptionsInput = {
  /** Sent as `pla=Y` on DigiLocker's authorize URL. */
  pla?: boolean | null | undefined;
  /** Sent as `plsignup=Y` on DigiLocker's authorize URL. */
  plsignup?: boolean | null | undefined;
};

/** What to ask the user for, and where to send them afterwards. */
export type StartConsentInput = {
  /** How long the consent should last, in seconds. */
  consentValidFor?: number | null | undefined;
  /** DigiLocker doctypes to request, e.g. ADHAR, PANCR. */
  documentTypes?: Array<string> | null | undefined;
  /** Sign in (default) or sign up in DigiLocker. */
  flow?: ConsentFlow | null | undefined;
  /** Retrying with the same key and input returns the same session. */
  idempotencyKey?: string | null | undefined;
  /** The purpose shown to the user (default KYC). */
  purpose?: ConsentPurpose | null | undefined;
  /** Re-consent: continue this session (REAUTH_REQUIRED, EXPIRED, DENIED, FAILED or PENDING) instead of starting a new one. Needs the secret key, or the session's own token. Its documents and KYC are kept; the new consent must come from the same DigiLocker account. */
  resumeSessionId?: string | number | null | undefined;
  /** Where the browser lands after DigiLocker; must match the tenant's allow-list. */
  returnUrl: string;
  /** DigiLocker scopes to ask for, e.g. files.issueddocs, files.uploadeddocs, userdetails, openid, avs, partners.PANCR; unknown ones are BAD_USER_INPUT. Unset: DigiLocker's default for the partner. */
  scopes?: Array<string> | null | undefined;
  /** Sign-up only: DigiLocker's sign-up hints. */
  signupOptions?: SignupOptionsInput | null | undefined;
  /** Sign-up only: the user's mobile number (10 digits) you already verified, so DigiLocker skips its OTP. Stored encrypted until DigiLocker answers; never logged or returned. */
  verifiedMobile?: string | null | undefined;
};

/** Exactly one of zipBase64, xml or qrText. */
export type VerifyOfflineAadhaarInput = {
  /** An email to check against the record's hash (offline e-KYC). */
  email?: string | null | undefined;
  /** 10-digit mobile to check against the artefact's hash. */
  mobile?: string | null | undefined;
  /** A Secure QR's decimal text. */
  qrText?: string | null | undefined;
  /** With the secret key: the session to attach the record to. */
  sessionId?: string | number | null | undefined;
  /** The ZIP's share code. */
  shareCode?: string | null | undefined;
  /** An offline e-KYC XML (an e-Aadhaar XML is BAD_USER_INPUT: aadhaarKyc reads it from DigiLocker). */
  xml?: string | null | undefined;
  /** The offline e-KYC ZIP, base64. */
  zipBase64?: string | null | undefined;
};

export type StartConsentMutationVariables = Exact<{
  input: StartConsentInput;
}>;


export type StartConsentMutation = { startConsent: { authorizationUrl: string, claimVerifier: string, statusToken: string, session: { id: string, status: SessionStatus, expiresAt: string } } };

export type ConsentStatusQueryVariables = Exact<{
  statusToken: string;
}>;


export type ConsentStatusQuery = { consentStatus: { sessionId: string, status: SessionStatus, updatedAt: string } | null };

export type ConsentStatusChangedSubscriptionVariables = Exact<{
  statusToken: string;
}>;


export type ConsentStatusChangedSubscription = { consentStatusChanged: { sessionId: string, status: SessionStatus, updatedAt: string } };

export type ConsentStatusFieldsFragment = { sessionId: string, status: SessionStatus, updatedAt: string };

export type ClaimSessionMutationVariables = Exact<{
  code: string;
  claimVerifier?: string | null | undefined;
}>;


export type ClaimSessionMutation = { claimSession: { sessionToken: string, session: { id: string, status: SessionStatus } } };

export type KycReceiptQueryVariables = Exact<{ [key: string]: never; }>;


export type KycReceiptQuery = { kycReceipt: { id: string, credential: string, expiresAt: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string | null, dateOfBirth: string | null, gender: string | null, digilockerId: string, eaadhaarAvailable: boolean, sessionStatus: SessionStatus, consentValidTill: string | null } | null };

export type DocumentSummaryFragment = { id: string, name: string, description: string | null, doctype: string | null, issuer: string | null, issuerId: string | null, issuedOn: string | null, mimeTypes: Array<string>, uri: string, content: { format: DocumentContentFormat } | null };

export type DocumentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DocumentFilter | null | undefined;
  refresh?: boolean | null | undefined;
}>;


export type DocumentsQuery = { documents: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, description: string | null, doctype: string | null, issuer: string | null, issuerId: string | null, issuedOn: string | null, mimeTypes: Array<string>, uri: string, content: { format: DocumentContentFormat } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentQuery = { document: { id: string, name: string, description: string | null, doctype: string | null, issuer: string | null, issuerId: string | null, issuedOn: string | null, mimeTypes: Array<string>, uri: string, content: { format: DocumentContentFormat, mimeType: string, size: number, sha256: string, fetchedAt: string, json: unknown, fileUrl: string | null, integrity: { hmacVerified: boolean, signatureVerified: boolean | null, signer: string | null, fingerprint: string | null }, signature: { verified: boolean, reason: string | null, signer: string | null, trustedBy: SignatureTrust | null } | null, data:
        | { __typename: 'AadhaarDocument', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, maskedAadhaar: string | null, name: string | null, dateOfBirth: string | null, gender: string | null }
        | { __typename: 'BirthCertificate', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, registrationNumber: string | null, name: string | null, dateOfBirth: string | null, gender: string | null, parentName: string | null, registeredOn: string | null }
        | { __typename: 'DrivingLicence', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, licenceNumber: string | null, name: string | null, dateOfBirth: string | null, validFrom: string | null, validTo: string | null, nonTransportValidFrom: string | null, nonTransportValidTo: string | null, transportValidFrom: string | null, transportValidTo: string | null, issuingAuthority: string | null, issuedAt: string | null, address: { line1: string | null, line2: string | null, locality: string | null, vtc: string | null, district: string | null, state: string | null, pincode: string | null } | null, vehicleClasses: Array<{ code: string | null, description: string | null, category: string | null, transport: boolean | null, issuedOn: string | null }> }
        | { __typename: 'GenericCertificate', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, title: string | null, number: string | null, fields: Array<{ label: string, path: string, value: string }> }
        | { __typename: 'Marksheet', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, board: string | null, examination: string | null, examMonth: string | null, examYear: string | null, rollNumber: string | null, name: string | null, dateOfBirth: string | null, school: string | null, result: string | null, resultDate: string | null, marksTotal: string | null, marksMax: string | null, percentage: string | null, cgpa: string | null, grade: string | null, subjects: Array<{ code: string | null, name: string | null, marksTheory: string | null, marksPractical: string | null, marksTotal: string | null, marksMax: string | null, grade: string | null }> }
        | { __typename: 'PanVerification', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, pan: string | null, name: string | null, dateOfBirth: string | null, status: string | null }
        | { __typename: 'VehicleRegistration', documentNumber: string | null, holderName: string | null, issuedOn: string | null, issuerName: string | null, registrationNumber: string | null, ownerName: string | null, maker: string | null, model: string | null, vehicleClass: string | null, fuel: string | null, colour: string | null, emissionNorms: string | null, registeredOn: string | null, registrationValidTo: string | null, fitnessValidTo: string | null, insuranceCompany: string | null, insuranceValidTo: string | null, financer: string | null, chassisNumber: string | null, engineNumber: string | null }
       | null } | null } | null };

export type KycFieldsFragment = { source: AadhaarSource, assurance: KycAssurance, name: string | null, dateOfBirth: string | null, yearOfBirth: number | null, gender: string | null, careOf: string | null, maskedAadhaar: string | null, referenceId: string | null, generatedAt: string | null, qrVersion: string | null, photo: string | null, matchesSessionProfile: boolean | null, freshness: { ageSeconds: number | null, withinLimit: boolean, limitSeconds: number }, address: { house: string | null, street: string | null, landmark: string | null, locality: string | null, vtc: string | null, postOffice: string | null, subDistrict: string | null, district: string | null, state: string | null, pincode: string | null, country: string | null }, contact: { mobile: { status: string }, email: { status: string } } | null, signature: { verified: boolean, reason: string | null, signer: string | null, fingerprint: string | null, certificateExpired: boolean | null, trustedBy: SignatureTrust | null, chain: Array<string> } };

export type AadhaarKycQueryVariables = Exact<{
  refresh?: boolean | null | undefined;
}>;


export type AadhaarKycQuery = { aadhaarKyc: { source: AadhaarSource, assurance: KycAssurance, name: string | null, dateOfBirth: string | null, yearOfBirth: number | null, gender: string | null, careOf: string | null, maskedAadhaar: string | null, referenceId: string | null, generatedAt: string | null, qrVersion: string | null, photo: string | null, matchesSessionProfile: boolean | null, freshness: { ageSeconds: number | null, withinLimit: boolean, limitSeconds: number }, address: { house: string | null, street: string | null, landmark: string | null, locality: string | null, vtc: string | null, postOffice: string | null, subDistrict: string | null, district: string | null, state: string | null, pincode: string | null, country: string | null }, contact: { mobile: { status: string }, email: { status: string } } | null, signature: { verified: boolean, reason: string | null, signer: string | null, fingerprint: string | null, certificateExpired: boolean | null, trustedBy: SignatureTrust | null, chain: Array<string> } } | null };

export type MatchApplicantQueryVariables = Exact<{
  name: string;
  dateOfBirth?: string | null | undefined;
}>;


export type MatchApplicantQuery = { aadhaarKyc: { matchApplicant: { nameScore: number, nameMatches: boolean, dateOfBirthMatches: boolean | null, matches: boolean, assurance: KycAssurance } } | null };

export type VerifyOfflineAadhaarMutationVariables = Exact<{
  input: VerifyOfflineAadhaarInput;
}>;


export type VerifyOfflineAadhaarMutation = { verifyOfflineAadhaar: { source: AadhaarSource, assurance: KycAssurance, name: string | null, dateOfBirth: string | null, yearOfBirth: number | null, gender: string | null, careOf: string | null, maskedAadhaar: string | null, referenceId: string | null, generatedAt: string | null, qrVersion: string | null, photo: string | null, matchesSessionProfile: boolean | null, freshness: { ageSeconds: number | null, withinLimit: boolean, limitSeconds: number }, address: { house: string | null, street: string | null, landmark: string | null, locality: string | null, vtc: string | null, postOffice: string | null, subDistrict: string | null, district: string | null, state: string | null, pincode: string | null, country: string | null }, contact: { mobile: { status: string }, email: { status: string } } | null, signature: { verified: boolean, reason: string | null, signer: string | null, fingerprint: string | null, certificateExpired: boolean | null, trustedBy: SignatureTrust | null, chain: Array<string> } } };

export type EndSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type EndSessionMutation = { endSession: { id: string, status: SessionStatus } };

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
export const ConsentStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsentStatusFields on ConsentStatus {
  sessionId
  status
  updatedAt
}
    `, {"fragmentName":"ConsentStatusFields"}) as unknown as TypedDocumentString<ConsentStatusFieldsFragment, unknown>;
export const DocumentSummaryFragmentDoc = new TypedDocumentString(`
    fragment DocumentSummary on IssuedDocument {
  id
  name
  description
  doctype
  issuer
  issuerId
  issuedOn
  mimeTypes
  uri
  content {
    format
  }
}
    `, {"fragmentName":"DocumentSummary"}) as unknown as TypedDocumentString<DocumentSummaryFragment, unknown>;
export const KycFieldsFragmentDoc = new TypedDocumentString(`
    fragment KycFields on AadhaarKyc {
  source
  assurance
  name
  dateOfBirth
  yearOfBirth
  gender
  careOf
  maskedAadhaar
  referenceId
  generatedAt
  qrVersion
  photo
  matchesSessionProfile
  freshness {
    ageSeconds
    withinLimit
    limitSeconds
  }
  address {
    house
    street
    landmark
    locality
    vtc
    postOffice
    subDistrict
    district
    state
    pincode
    country
  }
  contact {
    mobile {
      status
    }
    email {
      status
    }
  }
  signature {
    verified
    reason
    signer
    fingerprint
    certificateExpired
    trustedBy
    chain
  }
}
    `, {"fragmentName":"KycFields"}) as unknown as TypedDocumentString<KycFieldsFragment, unknown>;
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
export const StartConsentDocument = new TypedDocumentString(`
    mutation StartConsent($input: StartConsentInput!) {
  startConsent(input: $input) {
    authorizationUrl
    claimVerifier
    statusToken
    session {
      id
      status
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<StartConsentMutation, StartConsentMutationVariables>;
export const ConsentStatusDocument = new TypedDocumentString(`
    query ConsentStatus($statusToken: String!) {
  consentStatus(statusToken: $statusToken) {
    ...ConsentStatusFields
  }
}
    fragment ConsentStatusFields on ConsentStatus {
  sessionId
  status
  updatedAt
}`) as unknown as TypedDocumentString<ConsentStatusQuery, ConsentStatusQueryVariables>;
export const ConsentStatusChangedDocument = new TypedDocumentString(`
    subscription ConsentStatusChanged($statusToken: String!) {
  consentStatusChanged(statusToken: $statusToken) {
    ...ConsentStatusFields
  }
}
    fragment ConsentStatusFields on ConsentStatus {
  sessionId
  status
  updatedAt
}`) as unknown as TypedDocumentString<ConsentStatusChangedSubscription, ConsentStatusChangedSubscriptionVariables>;
export const ClaimSessionDocument = new TypedDocumentString(`
    mutation ClaimSession($code: String!, $claimVerifier: String) {
  claimSession(code: $code, claimVerifier: $claimVerifier) {
    sessionToken
    session {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimSessionMutation, ClaimSessionMutationVariables>;
export const KycReceiptDocument = new TypedDocumentString(`
    query KycReceipt {
  kycReceipt(format: SD_JWT_VC) {
    id
    credential
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<KycReceiptQuery, KycReceiptQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    name
    dateOfBirth
    gender
    digilockerId
    eaadhaarAvailable
    sessionStatus
    consentValidTill
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents($first: Int!, $after: String, $filter: DocumentFilter, $refresh: Boolean) {
  documents(first: $first, after: $after, filter: $filter, refresh: $refresh) {
    totalCount
    edges {
      cursor
      node {
        ...DocumentSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DocumentSummary on IssuedDocument {
  id
  name
  description
  doctype
  issuer
  issuerId
  issuedOn
  mimeTypes
  uri
  content {
    format
  }
}`) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;
export const DocumentDocument = new TypedDocumentString(`
    query Document($id: ID!) {
  document(id: $id) {
    ...DocumentSummary
    content {
      format
      mimeType
      size
      sha256
      fetchedAt
      json
      fileUrl
      integrity {
        hmacVerified
        signatureVerified
        signer
        fingerprint
      }
      ...TypedDocumentContent
    }
  }
}
    fragment DocumentSummary on IssuedDocument {
  id
  name
  description
  doctype
  issuer
  issuerId
  issuedOn
  mimeTypes
  uri
  content {
    format
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
}`) as unknown as TypedDocumentString<DocumentQuery, DocumentQueryVariables>;
export const AadhaarKycDocument = new TypedDocumentString(`
    query AadhaarKyc($refresh: Boolean) {
  aadhaarKyc(refresh: $refresh) {
    ...KycFields
  }
}
    fragment KycFields on AadhaarKyc {
  source
  assurance
  name
  dateOfBirth
  yearOfBirth
  gender
  careOf
  maskedAadhaar
  referenceId
  generatedAt
  qrVersion
  photo
  matchesSessionProfile
  freshness {
    ageSeconds
    withinLimit
    limitSeconds
  }
  address {
    house
    street
    landmark
    locality
    vtc
    postOffice
    subDistrict
    district
    state
    pincode
    country
  }
  contact {
    mobile {
      status
    }
    email {
      status
    }
  }
  signature {
    verified
    reason
    signer
    fingerprint
    certificateExpired
    trustedBy
    chain
  }
}`) as unknown as TypedDocumentString<AadhaarKycQuery, AadhaarKycQueryVariables>;
export const MatchApplicantDocument = new TypedDocumentString(`
    query MatchApplicant($name: String!, $dateOfBirth: String) {
  aadhaarKyc {
    matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {
      nameScore
      nameMatches
      dateOfBirthMatches
      matches
      assurance
    }
  }
}
    `) as unknown as TypedDocumentString<MatchApplicantQuery, MatchApplicantQueryVariables>;
export const VerifyOfflineAadhaarDocument = new TypedDocumentString(`
    mutation VerifyOfflineAadhaar($input: VerifyOfflineAadhaarInput!) {
  verifyOfflineAadhaar(input: $input) {
    ...KycFields
  }
}
    fragment KycFields on AadhaarKyc {
  source
  assurance
  name
  dateOfBirth
  yearOfBirth
  gender
  careOf
  maskedAadhaar
  referenceId
  generatedAt
  qrVersion
  photo
  matchesSessionProfile
  freshness {
    ageSeconds
    withinLimit
    limitSeconds
  }
  address {
    house
    street
    landmark
    locality
    vtc
    postOffice
    subDistrict
    district
    state
    pincode
    country
  }
  contact {
    mobile {
      status
    }
    email {
      status
    }
  }
  signature {
    verified
    reason
    signer
    fingerprint
    certificateExpired
    trustedBy
    chain
  }
}`) as unknown as TypedDocumentString<VerifyOfflineAadhaarMutation, VerifyOfflineAadhaarMutationVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession {
  endSession {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;