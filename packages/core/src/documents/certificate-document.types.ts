/**
 * Typed records of DigiLocker issued documents (the `Certificate` XML family), shared by the CLI and the API.
 * Every record carries the common `CertificateDocument` fields; `kind` names its GraphQL type. Dates are ISO
 * `YYYY-MM-DD`, numbers stay strings, and a value the XML does not carry is null (never guessed).
 */
export interface CertificateDocumentFields {
  /** `Certificate@type` (or the doctype of the issued item when the XML has none). */
  doctype: string | null;
  documentNumber: string | null;
  holderName: string | null;
  issuedOn: string | null;
  issuerName: string | null;
}

/** `IssuedTo/Person/Address` (DigiLocker's common person address). */
export interface CertificateAddress {
  line1: string | null;
  line2: string | null;
  house: string | null;
  landmark: string | null;
  locality: string | null;
  vtc: string | null;
  district: string | null;
  state: string | null;
  pincode: string | null;
  country: string | null;
}

export interface PanVerification extends CertificateDocumentFields {
  kind: "PanVerification";
  pan: string | null;
  name: string | null;
  dateOfBirth: string | null;
  /** As the issuer writes it (`CertificateData/PAN@status`, else `Certificate@status`). */
  status: string | null;
}

export interface VehicleClass {
  /** The class abbreviation, e.g. `MCWG`, `LMV`. */
  code: string | null;
  description: string | null;
  /** `Category@code` as Sarathi writes it: `NT` (non-transport) or `TR` (transport); null when absent. */
  category: string | null;
  /** True for `TR`, false for `NT`, null when the category is not given. */
  transport: boolean | null;
  issuedOn: string | null;
  endorsedOn: string | null;
}

export interface DrivingLicence extends CertificateDocumentFields {
  kind: "DrivingLicence";
  licenceNumber: string | null;
  name: string | null;
  dateOfBirth: string | null;
  /** The licence's overall validity (`Certificate@validFromDate` / `@expiryDate`). */
  validFrom: string | null;
  validTo: string | null;
  nonTransportValidFrom: string | null;
  nonTransportValidTo: string | null;
  transportValidFrom: string | null;
  transportValidTo: string | null;
  vehicleClasses: VehicleClass[];
  address: CertificateAddress | null;
  /** The licensing authority (the RTO), `IssuedBy/Organization@name`. */
  issuingAuthority: string | null;
  /** `Certificate@issuedAt`: the RTO's place. */
  issuedAt: string | null;
}

export interface VehicleRegistration extends CertificateDocumentFields {
  kind: "VehicleRegistration";
  registrationNumber: string | null;
  ownerName: string | null;
  maker: string | null;
  model: string | null;
  vehicleClass: string | null;
  fuel: string | null;
  colour: string | null;
  emissionNorms: string | null;
  registeredOn: string | null;
  registrationValidTo: string | null;
  fitnessValidTo: string | null;
  insuranceCompany: string | null;
  insuranceValidTo: string | null;
  financer: string | null;
  /** Masked to the last 5 characters. */
  chassisNumber: string | null;
  /** Masked to the last 5 characters. */
  engineNumber: string | null;
}

export interface MarksheetSubject {
  code: string | null;
  name: string | null;
  marksTheory: string | null;
  marksPractical: string | null;
  marksTotal: string | null;
  marksMax: string | null;
  grade: string | null;
}

export interface Marksheet extends CertificateDocumentFields {
  kind: "Marksheet";
  board: string | null;
  examination: string | null;
  examMonth: string | null;
  examYear: string | null;
  rollNumber: string | null;
  name: string | null;
  dateOfBirth: string | null;
  school: string | null;
  schoolCode: string | null;
  subjects: MarksheetSubject[];
  result: string | null;
  resultDate: string | null;
  marksTotal: string | null;
  marksMax: string | null;
  percentage: string | null;
  cgpa: string | null;
  grade: string | null;
}

export interface AadhaarDocument extends CertificateDocumentFields {
  kind: "AadhaarDocument";
  /** `XXXX-XXXX-1234`; the full number never leaves the mapper. */
  maskedAadhaar: string | null;
  name: string | null;
  dateOfBirth: string | null;
  gender: string | null;
}

export interface BirthCertificate extends CertificateDocumentFields {
  kind: "BirthCertificate";
  registrationNumber: string | null;
  name: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  /** `Person@swd`: the parent or guardian the issuer names. */
  parentName: string | null;
  registeredOn: string | null;
}

export interface GenericField {
  /** Human label, e.g. "Date of birth", "School name". */
  label: string;
  /** Where the value is in the XML, e.g. `IssuedTo/Person@dob`. */
  path: string;
  value: string;
}

export interface GenericCertificate extends CertificateDocumentFields {
  kind: "GenericCertificate";
  title: string | null;
  number: string | null;
  fields: GenericField[];
}

export type TypedCertificate =
  | PanVerification
  | DrivingLicence
  | VehicleRegistration
  | Marksheet
  | AadhaarDocument
  | BirthCertificate
  | GenericCertificate;

export type TypedCertificateKind = TypedCertificate["kind"];
