import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { KycOrigin } from "./aadhaar-kyc.repository";
import { SignatureTrust } from "./signature-trust.enum";

export enum AadhaarSource {
  DIGILOCKER_EAADHAAR = "digilocker-eaadhaar",
  OFFLINE_EKYC = "offline-ekyc",
  SECURE_QR = "secure-qr",
  /** The pre-2018 unsigned XML QR: never verified. */
  LEGACY_QR = "legacy-qr",
}

registerEnumType(AadhaarSource, {
  name: "AadhaarSource",
  description: "Which Aadhaar artefact the record was read from.",
});

@ObjectType()
export class AadhaarAddress {
  @Field(() => String, { nullable: true }) house!: string | null;
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) landmark!: string | null;
  @Field(() => String, { nullable: true }) locality!: string | null;
  @Field(() => String, { nullable: true, description: "Village, town or city." }) vtc!: string | null;
  @Field(() => String, { nullable: true }) subDistrict!: string | null;
  @Field(() => String, { nullable: true }) district!: string | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => String, { nullable: true }) pincode!: string | null;
  @Field(() => String, { nullable: true }) postOffice!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
}

@ObjectType({ description: "Name and address in a local language (e-Aadhaar `LData`)." })
export class AadhaarLocalAddress extends AadhaarAddress {
  @Field(() => String, { nullable: true, description: "UIDAI's numeric language code." }) language!:
    string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) careOf!: string | null;
}

@ObjectType({
  description:
    "The outcome of checking a signature against the trust store (pinned signers, or a certificate path to a root).",
})
export class SignatureVerdict {
  @Field() verified!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      "Why it did not verify (e.g. no-matching-key, untrusted-chain, signer-not-authorized); null when it did.",
  })
  reason!: string | null;
  @Field(() => String, { nullable: true }) signer!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "SHA-256 of the signing certificate that verified it.",
  })
  fingerprint!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Informative only: an expired certificate still verifies.",
  })
  certificateExpired!: boolean | null;
  @Field(() => SignatureTrust, {
    nullable: true,
    description: "How the signature is trusted; null when unverified.",
  })
  trustedBy!: SignatureTrust | null;
  @Field(() => [String], {
    description: "Subject CNs from the signer to the trust anchor; empty when unverified.",
  })
  chain!: string[];
}

@ObjectType({
  description: "A mobile or email hash check. A match is a secondary signal, never proof of identity.",
})
export class ContactCheck {
  @Field({ description: "matched, not-matched, not-present or not-checked." }) status!: string;
  @Field(() => String, { nullable: true, description: "The hash rule that matched." }) rule!: string | null;
}

@ObjectType()
export class ContactChecks {
  @Field(() => ContactCheck) mobile!: ContactCheck;
  @Field(() => ContactCheck) email!: ContactCheck;
}

@ObjectType({ description: "One Aadhaar KYC record. Never holds a full Aadhaar number." })
export class AadhaarKyc {
  @Field(() => AadhaarSource) source!: AadhaarSource;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD)." }) dateOfBirth!: string | null;
  @Field(() => Int, { nullable: true }) yearOfBirth!: number | null;
  @Field(() => String, { nullable: true, description: "M, F or T." }) gender!: string | null;
  @Field(() => String, { nullable: true }) careOf!: string | null;
  @Field(() => AadhaarAddress) address!: AadhaarAddress;
  @Field(() => AadhaarLocalAddress, { nullable: true }) localAddress!: AadhaarLocalAddress | null;
  @Field(() => String, { nullable: true, description: "XXXX-XXXX-1234." }) maskedAadhaar!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Offline / QR reference id, or the e-Aadhaar transaction id.",
  })
  referenceId!: string | null;
  @Field(() => Date, { nullable: true, description: "When UIDAI or DigiLocker generated the artefact." })
  generatedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: "The photograph as a data URI, only where the tenant's policy allows it.",
  })
  photo!: string | null;
  @Field(() => String, { nullable: true, description: "Secure QR version (V1, V2, …)." }) qrVersion!:
    string | null;
  @Field(() => ContactChecks, { nullable: true }) contact!: ContactChecks | null;
  @Field(() => SignatureVerdict) signature!: SignatureVerdict;
  /** Not in the schema: whether the server fetched it from DigiLocker or it was uploaded (assurance depends on it). */
  origin!: KycOrigin;
  /** Not in the schema: the session it belongs to (null for a secret-key upload without one). */
  sessionId!: string | null;
}
