import { registerEnumType } from "type-graphql";

export enum KycAssurance {
  DIGILOCKER_VERIFIED = "DIGILOCKER_VERIFIED",
  OFFLINE_VERIFIED = "OFFLINE_VERIFIED",
  QR_VERIFIED = "QR_VERIFIED",
  UNVERIFIED = "UNVERIFIED",
}

registerEnumType(KycAssurance, {
  name: "KycAssurance",
  description: "How far the record can be trusted: its source, and whether UIDAI's signature verified.",
  valuesConfig: {
    DIGILOCKER_VERIFIED: {
      description:
        "DigiLocker's e-Aadhaar, fetched by the server itself, with a verified signature (never an upload).",
    },
    OFFLINE_VERIFIED: { description: "An offline e-KYC XML with a verified signature." },
    QR_VERIFIED: { description: "A Secure QR with a verified signature." },
    UNVERIFIED: { description: "No verified signature (including every legacy QR)." },
  },
});
