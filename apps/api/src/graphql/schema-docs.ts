import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { ErrorCode } from "../errors/error-codes";
import { Role } from "./principal";
import type { RootFieldRoles } from "./root-field-roles";

/**
 * Which catalogue codes each root field can answer with, and a `note` that continues its "Needs:" phrase
 * (which comes from the field's `@Authorized` roles, see NEEDS); appended to the field's description
 * (`Needs: … Errors: …`) so the explorer and generated clients show it. Every operation may also answer
 * RATE_LIMITED and INTERNAL_SERVER_ERROR (see docs/errors.md).
 */
const SESSION_READ: ErrorCode[] = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONSENT_PENDING",
  "CONSENT_DENIED",
  "CONSENT_EXPIRED",
  "REAUTH_REQUIRED",
  "UPSTREAM_TIMEOUT",
  "UPSTREAM_UNAVAILABLE",
  "UPSTREAM_MISCONFIGURED",
];
const SECRET_ONLY: ErrorCode[] = ["UNAUTHENTICATED", "FORBIDDEN"];

export const ROOT_FIELD_ACCESS: Record<string, { note?: string; errors: ErrorCode[] }> = {
  "Query.me": { errors: [...SESSION_READ] },
  "Query.documents": { errors: [...SESSION_READ, "BAD_USER_INPUT"] },
  "Query.document": {
    errors: [...SESSION_READ, "NOT_FOUND", "INTEGRITY_FAILED"],
  },
  "Query.aadhaarKyc": {
    errors: [...SESSION_READ, "AADHAAR_NOT_LINKED", "INTEGRITY_FAILED"],
  },
  "Query.uploadedDocuments": {
    note: " with `sessionId`",
    errors: [...SESSION_READ, "BAD_USER_INPUT", "NOT_FOUND"],
  },
  "Query.consentSession": { errors: [...SECRET_ONLY, "NOT_FOUND"] },
  "Query.consentSessions": { errors: [...SECRET_ONLY, "BAD_USER_INPUT"] },
  "Query.consentStatus": {
    note: " of the consent's tenant",
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND"],
  },
  "Query.issuers": {
    errors: ["UNAUTHENTICATED", "UPSTREAM_TIMEOUT", "UPSTREAM_UNAVAILABLE", "UPSTREAM_MISCONFIGURED"],
  },
  "Query.issuerDocumentTypes": {
    errors: [
      "UNAUTHENTICATED",
      "BAD_USER_INPUT",
      "UPSTREAM_TIMEOUT",
      "UPSTREAM_UNAVAILABLE",
      "UPSTREAM_MISCONFIGURED",
    ],
  },
  "Query.issuerParameters": {
    errors: [
      "UNAUTHENTICATED",
      "BAD_USER_INPUT",
      "UPSTREAM_TIMEOUT",
      "UPSTREAM_UNAVAILABLE",
      "UPSTREAM_MISCONFIGURED",
    ],
  },
  "Query.webhookEndpoint": { errors: [...SECRET_ONLY] },
  "Query.webhookDeliveries": { errors: [...SECRET_ONLY, "BAD_USER_INPUT"] },
  "Mutation.startConsent": {
    note: "; a new consent needs a tenant key, resuming the secret key or the session's own token",
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONSENT_PENDING"],
  },
  "Mutation.claimSession": {
    note: " (a tenant key is accepted and restricts the claim to its tenant)",
    errors: ["BAD_USER_INPUT"],
  },
  "Mutation.refreshSession": {
    note: " with `id`",
    errors: [...SESSION_READ, "NOT_FOUND"],
  },
  "Mutation.endSession": {
    note: " with `id`",
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND"],
  },
  "Mutation.pullDocument": {
    note: " with `sessionId`",
    errors: [...SESSION_READ, "BAD_USER_INPUT", "NOT_FOUND"],
  },
  "Mutation.verifyOfflineAadhaar": {
    note: " with `sessionId`",
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND"],
  },
  "Mutation.configureWebhook": { errors: [...SECRET_ONLY, "BAD_USER_INPUT"] },
  "Mutation.rotateWebhookSecret": { errors: [...SECRET_ONLY, "NOT_FOUND"] },
  "Mutation.deleteWebhook": { errors: [...SECRET_ONLY] },
  "Query.tenant": { errors: [...SECRET_ONLY] },
  "Query.auditEvents": { errors: [...SECRET_ONLY, "BAD_USER_INPUT"] },
  "Query.operationsHealth": { errors: [...SECRET_ONLY, "BAD_USER_INPUT"] },
  "Query.kycReceipt": {
    errors: [...SESSION_READ, "BAD_USER_INPUT", "AADHAAR_NOT_LINKED", "INTEGRITY_FAILED"],
  },
  "Mutation.updateTenantPolicy": { errors: [...SECRET_ONLY, "BAD_USER_INPUT"] },
  "Mutation.revealDocumentContent": {
    note: ", with the tenant policy `consoleDocumentContents` on",
    errors: [...SESSION_READ, "NOT_FOUND", "INTEGRITY_FAILED"],
  },
  "Mutation.retryWebhookEvent": {
    errors: [...SECRET_ONLY, "BAD_USER_INPUT", "NOT_FOUND"],
  },
  "Mutation.revokeKycReceipt": {
    note: "; a session token revokes only its own session's receipts",
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND"],
  },
  "Subscription.consentStatusChanged": {
    note: " of the consent's tenant, in `connectionParams.authorization`",
    errors: ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND"],
  },
};

const ADDRESS: Record<string, string> = {
  house: "House, building or apartment.",
  street: "Street or road.",
  landmark: "A nearby landmark.",
  locality: "Locality or area.",
  postOffice: "Post office (Aadhaar's `po`).",
  subDistrict: "Sub-district, tehsil or taluk.",
  district: "District.",
  state: "State or union territory.",
  country: "Country.",
  pincode: "Six-digit PIN code.",
};
const prefixed = (type: string, entries: Record<string, string>) =>
  Object.fromEntries(Object.entries(entries).map(([k, v]) => [`${type}.${k}`, v]));
const connection = (type: string, node: string) => ({
  [`${type}.edges`]: `One edge per ${node} of this page, in order.`,
  [`${type}.pageInfo`]: "Cursors and whether more pages exist.",
  [`${type.replace("Connection", "Edge")}`]: `A ${node} and its cursor.`,
  [`${type.replace("Connection", "Edge")}.node`]: `The ${node}.`,
});

/**
 * Descriptions for schema elements whose decorators carry none. A decorator's own description always
 * wins; the schema test fails on anything left undocumented, so new fields get one in either place.
 */
export const DESCRIPTIONS: Record<string, string> = {
  AadhaarAddress: "A postal address as Aadhaar records it, field by field (English).",
  ...prefixed("AadhaarAddress", ADDRESS),
  AadhaarLocalAddress: "The address and names in the resident's local language, when Aadhaar has them.",
  ...prefixed("AadhaarLocalAddress", {
    ...ADDRESS,
    name: "The resident's name in the local language.",
    careOf: "Care-of (S/O, D/O, W/O, C/O) in the local language.",
  }),
  "AadhaarKyc.address": "The resident's address, field by field.",
  "AadhaarKyc.assurance": "How strongly the record is bound to its source (see KycAssurance).",
  "AadhaarKyc.careOf": "Care-of line (S/O, D/O, W/O, C/O), as printed.",
  "AadhaarKyc.contact":
    "Whether a mobile number or email matches the hashes in the record (offline e-KYC only).",
  "AadhaarKyc.localAddress": "The address in the local language, when present.",
  "AadhaarKyc.matchApplicant(name)": "The applicant's name as your form has it.",
  "AadhaarKyc.matchApplicant(dateOfBirth)": "The applicant's date of birth as your form has it (YYYY-MM-DD).",
  "AadhaarKyc.name": "The resident's name, as printed.",
  "AadhaarKyc.signature": "The verdict on the record's digital signature; unverified is data, not an error.",
  "AadhaarKyc.source": "Which Aadhaar artefact the record was read from.",
  "AadhaarKyc.yearOfBirth": "Year of birth, when only the year is known (or always, with dateOfBirth).",
  "AadhaarSource.DIGILOCKER_EAADHAAR": "The e-Aadhaar XML LockerKit fetched from DigiLocker itself.",
  "AadhaarSource.LEGACY_QR": "The older, unsigned-XML Aadhaar QR code.",
  "AadhaarSource.OFFLINE_EKYC": "UIDAI's offline e-KYC (paperless) ZIP or XML, uploaded.",
  "AadhaarSource.SECURE_QR": "UIDAI's signed Secure QR code, uploaded.",
  "AuditEvent.at": "When it happened.",
  ClaimSessionPayload: "What claimSession returns: the session token, once, and the session.",
  "ClaimSessionPayload.session": "The claimed session.",
  "ConsentFlow.SIGNIN": "The user signs in to an existing DigiLocker account (default).",
  "ConsentFlow.SIGNUP": "DigiLocker offers to create an account first.",
  "ConsentPurpose.KYC": "Know-your-customer (default).",
  "ConsentPurpose.VERIFICATION": "Verifying a claim or document.",
  "ConsentPurpose.COMPLIANCE": "A regulatory or compliance requirement.",
  "ConsentPurpose.AVAILING_SERVICES": "To provide a service the user asked for.",
  "ConsentPurpose.EDUCATIONAL": "Education (admissions, records).",
  "ConsentSession.aadhaarKyc(refresh)": "True: fetch again from DigiLocker even when stored.",
  "ConsentSession.createdAt": "When startConsent created it.",
  "ConsentSession.documentTypes": "The doctypes the consent asked for (empty: whatever the user chose).",
  "ConsentSession.documents": "The user's issued documents, page by page.",
  "ConsentSession.documents(filter)": "Narrows the list (by doctype or issuer).",
  "ConsentSession.id": "The session's id (the return URL's `session`).",
  "ConsentSession.profile": "The DigiLocker profile, when the consent is active.",
  "ConsentSession.purpose": "The purpose shown to the user in DigiLocker.",
  "ConsentSession.status": "Where the session stands.",
  "ConsentSession.uploadedKyc(first)": "How many records, newest first.",
  ...connection("ConsentSessionConnection", "session"),
  ContactChecks: "Whether the mobile number and email given match the record's hashes.",
  "ContactChecks.email": "The email's check.",
  "ContactChecks.mobile": "The mobile number's check.",
  "DocumentContent.fetchedAt": "When it was fetched from DigiLocker.",
  "DocumentContent.format": "XML (parsed, signature checked) or FILE (bytes only).",
  "DocumentContent.integrity": "DigiLocker's hmac check of the bytes.",
  "DocumentContent.mimeType": "The content's media type.",
  "DocumentContent.sha256": "SHA-256 of the bytes, hex.",
  "DocumentContent.size": "Size in bytes.",
  DocumentContentFormat: "How a document's content was stored.",
  "DocumentContentFormat.FILE": "A file (e.g. PDF): bytes only, served from a signed URL.",
  "DocumentContentFormat.XML": "DigiLocker's issued-document XML, parsed and signature-checked.",
  DocumentFilter: "Narrows a document list; all given fields must match.",
  "IssuedDocument.description": "The issuer's description of the document.",
  "IssuedDocument.doctype": "DigiLocker's document type code (e.g. PANCR, DRVLC, ADHAR).",
  "IssuedDocument.id": "LockerKit's id for this document within the session.",
  "IssuedDocument.issuerId": "DigiLocker's issuer id (orgid).",
  "IssuedDocument.mimeTypes": "The formats DigiLocker offers it in.",
  "IssuedDocument.name": "The document's name as DigiLocker lists it.",
  ...connection("IssuedDocumentConnection", "document"),
  "Issuer.category": "The issuer's category (central, state, …).",
  "Issuer.description": "The issuer's description.",
  "Issuer.name": "The issuer's name.",
  "IssuerDocumentType.description": "The document type's description.",
  "IssuerParameter.example": "An example value.",
  "IssuerParameter.label": "What to ask the user for.",
  "LockerItemType.DIR": "A folder: list it with its id as `folderId`.",
  "LockerItemType.FILE": "A file.",
  "Mutation.claimSession(code)": "The return URL's `code` (single use, valid 2 minutes).",
  "Mutation.configureWebhook(input)": "The endpoint's URL and the events it receives.",
  "Mutation.endSession(id)": "The session (with the secret key); omitted with a session token.",
  "Mutation.pullDocument(input)": "The issuer, doctype and the parameters it needs.",
  "Mutation.refreshSession(id)": "The session (with the secret key); omitted with a session token.",
  "Mutation.startConsent(input)": "Where to return, what to ask for, and for how long.",
  "Mutation.verifyOfflineAadhaar(input)": "The file (base64) or QR payload and its share code.",
  PageInfo: "Relay page info: cursors of this page and whether more exist.",
  "PageInfo.endCursor": "Cursor of the last edge; pass as `after` for the next page.",
  "PageInfo.hasNextPage": "Whether a page follows.",
  "PageInfo.hasPreviousPage": "Whether a page precedes (forward-only lists: false).",
  "PageInfo.startCursor": "Cursor of the first edge.",
  "Profile.consentValidTill": "When DigiLocker's consent ends.",
  "Profile.digilockerId": "The user's DigiLocker id.",
  "Profile.name": "The name on the DigiLocker account.",
  "Profile.sessionStatus": "The session's status.",
  PullDocumentInput: "Which document to pull from which issuer.",
  "PullDocumentInput.doctype": "The document type (from issuerDocumentTypes).",
  "PullDocumentInput.orgId": "The issuer's orgid (from issuers).",
  "PullDocumentInput.parameters": "The values issuerParameters asked for.",
  PullDocumentPayload: "The outcome of a pull request.",
  "PullDocumentPayload.status": "Whether the issuer found and issued the document.",
  PullParameterInput: "One parameter the issuer asked for.",
  "Query.aadhaarKyc(refresh)": "True: fetch again from DigiLocker even when stored.",
  "Query.consentSession(id)": "The session's id.",
  "Query.consentSessions(filter)": "Narrows by status and creation time.",
  "Query.document(id)": "The document's id (IssuedDocument.id).",
  "Query.documents(filter)": "Narrows the list (by doctype or issuer).",
  "Query.issuerDocumentTypes(orgId)": "The issuer's orgid.",
  "Query.issuerParameters(doctype)": "The document type.",
  "Query.issuerParameters(orgId)": "The issuer's orgid.",
  "Query.webhookDeliveries(filter)": "Narrows by status or session.",
  "SessionStatus.PENDING": "Waiting for the user in DigiLocker.",
  "SessionStatus.EXCHANGING": "DigiLocker answered; the code is being exchanged.",
  "SessionStatus.ACTIVE": "Consent given: the session's data can be read.",
  "SessionStatus.DENIED": "The user refused consent.",
  "SessionStatus.FAILED": "The consent could not be completed.",
  "SessionStatus.EXPIRED": "The consent window or validity passed.",
  "SessionStatus.REAUTH_REQUIRED": "DigiLocker no longer accepts the grant; consent again.",
  "SessionStatus.ENDED": "Ended by endSession or an operator; personal data erased.",
  "SignatureVerdict.signer": "The signing certificate's subject CN.",
  "SignatureVerdict.verified": "True when the signature verifies against a trusted certificate.",
  "StartConsentInput.flow": "Sign in (default) or sign up in DigiLocker.",
  "StartConsentInput.purpose": "The purpose shown to the user (default KYC).",
  StartConsentPayload: "What startConsent returns; the verifier and status token are shown only here.",
  "StartConsentPayload.session": "The new (or resumed) session, PENDING.",
  "UploadedItem.description": "DigiLocker's description, if any.",
  "UploadedItem.name": "The file or folder name.",
  "UploadedItem.type": "File or folder.",
  ...connection("UploadedItemConnection", "item"),
  "VerifyOfflineAadhaarInput.email": "An email to check against the record's hash (offline e-KYC).",
  "WebhookAttempt.at": "When the attempt was made.",
  "WebhookAttempt.durationMs": "How long the endpoint took to answer.",
  "WebhookDelivery.attempts": "Each delivery attempt, oldest first.",
  "WebhookDelivery.createdAt": "When the event was queued.",
  "WebhookDelivery.sessionId": "The session the event is about.",
  "WebhookDelivery.status": "Pending, delivered or failed.",
  ...connection("WebhookDeliveryConnection", "delivery"),
  WebhookDeliveryFilter: "Narrows webhook deliveries.",
  "WebhookDeliveryFilter.sessionId": "Only this session's events.",
  "WebhookDeliveryFilter.status": "Only events in this state.",
  "WebhookDeliveryStatus.PENDING": "Not delivered yet; retried with backoff.",
  "WebhookDeliveryStatus.DELIVERED": "The endpoint answered 2xx.",
  "WebhookDeliveryStatus.FAILED": "Gave up after the last attempt.",
  "WebhookEndpoint.createdAt": "When it was configured.",
  "WebhookEndpoint.updatedAt": "When it last changed.",
  "WebhookEndpoint.url": "Where events are POSTed (HTTPS in production).",
  WebhookEndpointPayload: "The endpoint and, when just created or rotated, its signing secret.",
  "WebhookEndpointPayload.endpoint": "The endpoint.",
  "AadhaarDocument.holderName": "The holder's name as the certificate gives it (null when absent).",
  "AadhaarDocument.name": "The holder's name (null when absent).",
  "AadhaarKyc.kycReceipt(format)": "The receipt format; only `SD_JWT_VC` exists.",
  "BirthCertificate.holderName": "The name of the person whose birth is registered (null when absent).",
  "BirthCertificate.name": "The name of the person whose birth is registered (null when absent).",
  "BirthCertificate.registrationNumber": "The birth registration number (null when absent).",
  "CertificateAddress.country": "Country.",
  "CertificateAddress.district": "District.",
  "CertificateAddress.house": "House, building or apartment.",
  "CertificateAddress.landmark": "A nearby landmark.",
  "CertificateAddress.line1": "First address line as issued.",
  "CertificateAddress.line2": "Second address line as issued.",
  "CertificateAddress.locality": "Locality or area.",
  "CertificateAddress.pincode": "Six-digit PIN code.",
  "CertificateAddress.state": "State or union territory.",
  "CertificateDocument.holderName": "The person the document was issued to (null when the XML does not say).",
  "ConsentSession.kycReceipt(format)": "The receipt format; only `SD_JWT_VC` exists.",
  "DrivingLicence.address": "The holder's address on the licence.",
  "DrivingLicence.holderName": "The licence holder's name.",
  "DrivingLicence.licenceNumber": "The driving licence number.",
  "DrivingLicence.name": "The licence holder's name.",
  "DrivingLicence.vehicleClasses": "The vehicle classes the licence covers, each with its dates.",
  "GenericCertificate.fields": "Every non-empty field of the certificate data, with a human label.",
  "GenericCertificate.holderName": "The person the certificate was issued to (null when absent).",
  "GenericCertificate.number": "The certificate's number (null when absent).",
  "GenericCertificate.title": "The certificate's title or type name.",
  "GenericField.value": "The field's value as issued.",
  "HealthBucket.start": "Start of this time bucket.",
  "HealthWindow.DAY": "The last 24 hours, in hourly buckets.",
  "HealthWindow.HOUR": "The last hour, in 5-minute buckets.",
  "KycReceipt.format": "The credential's format.",
  "Marksheet.board": "The examining board or university.",
  "Marksheet.cgpa": "Cumulative grade point average, when graded so.",
  "Marksheet.examMonth": "Month of the examination.",
  "Marksheet.examYear": "Year of the examination.",
  "Marksheet.examination": "The examination's name.",
  "Marksheet.grade": "Overall grade, when given.",
  "Marksheet.holderName": "The candidate's name.",
  "Marksheet.marksMax": "Maximum total marks.",
  "Marksheet.marksTotal": "Total marks obtained.",
  "Marksheet.name": "The candidate's name.",
  "Marksheet.percentage": "Percentage obtained, when given.",
  "Marksheet.result": "The result as issued (e.g. PASS).",
  "Marksheet.rollNumber": "The candidate's roll number.",
  "Marksheet.school": "The school or college.",
  "Marksheet.schoolCode": "The school's code.",
  "Marksheet.subjects": "Each subject with its marks or grade.",
  "MarksheetSubject.code": "The subject code.",
  "MarksheetSubject.grade": "The grade, when graded.",
  "MarksheetSubject.marksMax": "Maximum marks.",
  "MarksheetSubject.marksPractical": "Practical marks.",
  "MarksheetSubject.marksTheory": "Theory marks.",
  "MarksheetSubject.marksTotal": "Total marks obtained.",
  "MarksheetSubject.name": "The subject's name.",
  "Mutation.retryWebhookEvent(id)": "The failed webhook event to deliver again now.",
  "Mutation.revealDocumentContent(documentId)": "The document (`IssuedDocument.id`) to show.",
  "Mutation.revealDocumentContent(sessionId)": "The session the document belongs to.",
  "Mutation.revokeKycReceipt(id)": "The receipt to revoke (its status-list bit is set).",
  "Mutation.updateTenantPolicy(input)": "The policy fields to change; absent fields keep their value.",
  "OperationsHealth.buckets": "Sessions, consents and webhook outcomes per time bucket, oldest first.",
  "OperationsHealth.since": "Start of the window.",
  "OperationsHealth.upstream":
    "DigiLocker calls and errors by operation, as this API process saw them (all tenants).",
  "OperationsHealth.window": "The window these figures cover.",
  "PanVerification.holderName": "The PAN holder's name.",
  "PanVerification.name": "The PAN holder's name.",
  "PanVerification.pan": "The PAN (10 characters).",
  "Query.kycReceipt(format)": "The receipt format; only `SD_JWT_VC` exists.",
  "Query.operationsHealth(window)": "The last hour or the last day.",
  SessionStatusCount: "How many sessions are in one status.",
  "SessionStatusCount.count": "Number of sessions.",
  "SessionStatusCount.status": "The session status.",
  "Tenant.id": "The tenant's id.",
  "Tenant.name": "The tenant's name.",
  "Tenant.policy": "Photos, retention, KYC age limit, return URLs and origins.",
  "UpdateTenantPolicyInput.returnPhotos": "Whether KYC photos are stored and returned (`--photos on|off`).",
  "UpstreamOperationHealth.errors": "Calls that failed.",
  "UpstreamOperationHealth.operation": "The DigiLocker operation (e.g. `files.issued`).",
  "UpstreamOperationHealth.requests": "Calls made.",
  "VehicleClass.description": "What the class covers.",
  "VehicleClass.transport": "Whether this is a transport (commercial) class.",
  "VehicleRegistration.colour": "The vehicle's colour.",
  "VehicleRegistration.emissionNorms": "Emission norms (e.g. BHARAT STAGE VI).",
  "VehicleRegistration.financer": "The financier, when hypothecated.",
  "VehicleRegistration.fuel": "Fuel type.",
  "VehicleRegistration.holderName": "The registered owner's name.",
  "VehicleRegistration.insuranceCompany": "The insurer.",
  "VehicleRegistration.maker": "The manufacturer.",
  "VehicleRegistration.model": "The model.",
  "VehicleRegistration.ownerName": "The registered owner's name.",
  "VehicleRegistration.registrationNumber": "The registration number.",
  "VehicleRegistration.vehicleClass": "The vehicle class.",
};

/** How "Needs:" names each set of roles a root field admits (sorted, comma-joined; "" for no `@Authorized`). */
const NEEDS: Record<string, string> = {
  "": "no Authorization",
  [Role.SESSION]: "the session token",
  [Role.SECRET_KEY]: "the secret key",
  [`${Role.SECRET_KEY},${Role.SESSION}`]: "the session token, or the secret key",
  [`${Role.PUBLISHABLE_KEY},${Role.SECRET_KEY}`]: "a tenant key (publishable or secret)",
  [`${Role.PUBLISHABLE_KEY},${Role.SECRET_KEY},${Role.SESSION}`]: "any tenant key or a session token",
};

function needs(field: string, roles: readonly Role[] | null | undefined): string {
  if (roles === undefined) throw new Error(`${field}: not among the resolvers' root fields`);
  const phrase = NEEDS[[...(roles ?? [])].sort().join(",")];
  if (!phrase)
    throw new Error(`${field}: no "Needs:" phrase for the roles ${roles?.join(", ")} (add one to NEEDS)`);
  return phrase;
}

const ROOTS = new Set(["Query", "Mutation", "Subscription"]);

/**
 * Fills undocumented elements from DESCRIPTIONS and appends who may call (from `roles`) and the errors
 * to root fields (in place).
 */
export function applySchemaDocs(schema: GraphQLSchema, roles: RootFieldRoles): GraphQLSchema {
  const fill = (key: string, element: { description?: string | null }) => {
    if (!element.description && DESCRIPTIONS[key]) element.description = DESCRIPTIONS[key];
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    fill(type.name, type);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        fill(`${type.name}.${field.name}`, field);
        for (const arg of field.args) fill(`${type.name}.${field.name}(${arg.name})`, arg);
        const key = `${type.name}.${field.name}`;
        const access = ROOTS.has(type.name) ? ROOT_FIELD_ACCESS[key] : undefined;
        if (access)
          field.description =
            `${field.description ?? ""}\n\nNeeds: ${needs(key, roles.get(key))}${access.note ?? ""}. Errors: ${access.errors.join(", ")}.`.trim();
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) fill(`${type.name}.${field.name}`, field);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) fill(`${type.name}.${value.name}`, value);
    }
  }
  return schema;
}
