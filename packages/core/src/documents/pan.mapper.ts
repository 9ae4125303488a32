import { parseDateOfBirth } from "../aadhaar/kyc-fields";
import type { PanVerification } from "./certificate-document.types";
import { child, commonFields, value, type CertificateEnvelope } from "./certificate-envelope";

/**
 * PAN verification record (`PANCR`, Income Tax Department): `CertificateData/PAN@num,@status`, holder from
 * `IssuedTo/Person@name,@dob`. Sources: docs/digilocker.md "Certificate XML of other documents" (PAN line) and the
 * DigiLocker issued-document `Certificate` schema as published on API Setu (apisetu.gov.in/api_specification_v8,
 * mirrored in github.com/APIs-guru/openapi-directory `APIs/apisetu.gov.in/*`).
 */
export function mapPan(envelope: CertificateEnvelope): PanVerification | null {
  const pan = child(envelope.data, "PAN");
  if (!pan) return null;
  const number = value(pan, "num");
  return {
    kind: "PanVerification",
    ...commonFields(envelope),
    documentNumber: number ?? value(envelope.root, "number"),
    pan: number,
    name: value(envelope.person, "name"),
    dateOfBirth: parseDateOfBirth(value(envelope.person, "dob")).dateOfBirth,
    status: value(pan, "status") ?? value(envelope.root, "status"),
  };
}
