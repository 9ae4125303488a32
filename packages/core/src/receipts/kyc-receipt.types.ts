/** The default `vct` of a LockerKit KYC receipt. */
export const KYC_RECEIPT_VCT = "urn:lockerkit:aadhaar-kyc:1";

/** Claims a holder may disclose; `address` may also be disclosed part by part (`address.state`). */
export const KYC_RECEIPT_CLAIMS = [
  "name",
  "dateOfBirth",
  "yearOfBirth",
  "gender",
  "maskedAadhaar",
  "address",
  "photo",
] as const;
export type KycReceiptClaim = (typeof KYC_RECEIPT_CLAIMS)[number];

/** One public key as published at `/.well-known/jwks.json`. */
export interface ReceiptJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
  kid: string;
  alg?: string;
  use?: string;
}

export interface ReceiptJwks {
  keys: ReceiptJwk[];
}

/**
 * Why a receipt or presentation did not verify. Each is distinct so a verifier can tell a forged
 * disclosure from a stale key set, an expired receipt or a revoked one.
 */
export type KycReceiptFailureReason =
  | "malformed"
  | "unsupported-algorithm"
  | "jwks-unavailable"
  | "unknown-key"
  | "invalid-signature"
  | "tampered-disclosure"
  | "expired"
  | "not-yet-valid"
  | "status-unavailable"
  | "revoked";

export type KycReceiptVerification =
  | {
      valid: true;
      /** Always-visible claims plus the disclosed ones (without `_sd` / `_sd_alg`). */
      claims: Record<string, unknown>;
      /** Paths of the disclosed claims, sorted, e.g. `address`, `address.state`, `name`. */
      disclosed: string[];
      kid: string;
      issuer: string;
      expiresAt: Date;
    }
  | { valid: false; reason: KycReceiptFailureReason; message: string };
