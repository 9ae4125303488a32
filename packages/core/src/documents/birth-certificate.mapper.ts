import { parseDateOfBirth, parseGender } from "../aadhaar/kyc-fields";
import type { BirthCertificate } from "./certificate-document.types";
import { commonFields, value, type CertificateEnvelope } from "./certificate-envelope";
import { isoDate } from "./certificate-values";

/**
 * Birth certificate (`BTCER`, civil registration / e-District). API Setu publishes no doctype-specific
 * `CertificateData` for it (e.g. apisetu.gov.in/api_specification_v8/edistrictup.yaml, mirrored at
 * github.com/APIs-guru/openapi-directory, points BTCER at the generic certificate schema), so only the common
 * envelope is read: registration number `Certificate@number`, registered `@issueDate`, child
 * `IssuedTo/Person@name,dob,gender`, parent `Person@swd`.
 */
export function mapBirthCertificate(envelope: CertificateEnvelope): BirthCertificate | null {
  const person = envelope.person;
  if (!person) return null;
  return {
    kind: "BirthCertificate",
    ...commonFields(envelope),
    registrationNumber: value(envelope.root, "number"),
    name: value(person, "name"),
    dateOfBirth: parseDateOfBirth(value(person, "dob")).dateOfBirth,
    gender: parseGender(value(person, "gender")),
    parentName: value(person, "swd"),
    registeredOn: isoDate(value(envelope.root, "issueDate")),
  };
}
