import { maskAadhaar } from "../aadhaar/aadhaar-number";
import { parseDateOfBirth, parseGender } from "../aadhaar/kyc-fields";
import type { AadhaarDocument } from "./certificate-document.types";
import { child, commonFields, value, type CertificateEnvelope } from "./certificate-envelope";

/**
 * The Aadhaar issued document (`ADHAR`): DigiLocker serves it as `Certificate/CertificateData/KycRes/UidData`
 * (docs/aadhaar.md; docs/digilocker.md "Corrections and dialects"). Only the masked number is kept; `aadhaarKyc` is the
 * place for the full e-KYC.
 */
export function mapAadhaarDocument(envelope: CertificateEnvelope): AadhaarDocument | null {
  const uidData = child(envelope.data, "KycRes", "UidData");
  if (!uidData) return null;
  const poi = child(uidData, "Poi");
  const uid = value(uidData, "uid");
  const masked = uid === null ? null : maskAadhaar(uid);
  return {
    kind: "AadhaarDocument",
    ...commonFields(envelope),
    documentNumber: masked,
    holderName: value(poi, "name"),
    issuerName: "Unique Identification Authority of India",
    maskedAadhaar: masked,
    name: value(poi, "name"),
    dateOfBirth: parseDateOfBirth(value(poi, "dob")).dateOfBirth,
    gender: parseGender(value(poi, "gender")),
  };
}
