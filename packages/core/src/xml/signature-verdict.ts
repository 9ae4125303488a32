import type { TrustAnchor } from "./trust-store";

/** Why a signature did not verify. `null` in a verdict means it verified. */
export type SignatureFailure =
  /** No signature at all. */
  | "unsigned"
  /** A format that is never signed (the pre-2018 XML QR). */
  | "legacy-unsigned"
  /** Signature structure outside the accepted enveloped profile (wrapping, extra references, comments…). */
  | "profile"
  /** Algorithm outside the allow-list. */
  | "algorithm"
  /** The signed content was changed after signing. */
  | "digest-mismatch"
  /** No pinned key verifies the signature value. */
  | "no-matching-key"
  /** The signature could not be read. */
  | "malformed-signature";

/** The outcome of checking one document's signature against the pinned trust store. */
export interface SignatureVerdict {
  verified: boolean;
  reason: SignatureFailure | null;
  /** Subject CN of the pinned certificate whose key verified the signature. */
  signer: string | null;
  /** SHA-256 (lowercase hex) of that certificate. */
  fingerprint: string | null;
  /** Whether that certificate's validity has ended; informative only, it never changes `verified`. */
  certificateExpired: boolean | null;
}

export function verifiedVerdict(anchor: TrustAnchor, now: Date = new Date()): SignatureVerdict {
  return {
    verified: true,
    reason: null,
    signer: anchor.subjectCommonName,
    fingerprint: anchor.fingerprint,
    certificateExpired: anchor.notAfter.getTime() < now.getTime(),
  };
}

export function unverifiedVerdict(reason: SignatureFailure): SignatureVerdict {
  return { verified: false, reason, signer: null, fingerprint: null, certificateExpired: null };
}
