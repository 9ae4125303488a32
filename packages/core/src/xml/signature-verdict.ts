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
  /** No pinned key, and no certificate in `KeyInfo`, verifies the signature value. */
  | "no-matching-key"
  /** The `KeyInfo` certificate that verifies it has no valid path to a trusted root. */
  | "untrusted-chain"
  /** A valid path, but the signing certificate's organisation may not sign this kind of artefact. */
  | "signer-not-authorized"
  /** The signature could not be read. */
  | "malformed-signature";

/** How a verified signature is trusted: its certificate is pinned, or a certificate path reaches a root. */
export type SignatureTrust = "PINNED_CERTIFICATE" | "CERTIFICATE_CHAIN";

/** The outcome of checking one document's signature against the trust store. */
export interface SignatureVerdict {
  verified: boolean;
  reason: SignatureFailure | null;
  /** Subject CN of the certificate whose key verified the signature. */
  signer: string | null;
  /** SHA-256 (lowercase hex) of that certificate. */
  fingerprint: string | null;
  /** Whether that certificate's validity has ended; informative only, it never changes `verified`. */
  certificateExpired: boolean | null;
  /** Null when unverified. */
  trustedBy: SignatureTrust | null;
  /** Subject CNs from the signer to the anchor (one entry for a pinned certificate); empty when unverified. */
  chain: string[];
}

/** `chain` defaults to the pinned signer alone. */
export function verifiedVerdict(
  anchor: TrustAnchor,
  now: Date = new Date(),
  trust: { trustedBy: SignatureTrust; chain: string[] } = {
    trustedBy: "PINNED_CERTIFICATE",
    chain: [anchor.subjectCommonName],
  },
): SignatureVerdict {
  return {
    verified: true,
    reason: null,
    signer: anchor.subjectCommonName,
    fingerprint: anchor.fingerprint,
    certificateExpired: anchor.notAfter.getTime() < now.getTime(),
    trustedBy: trust.trustedBy,
    chain: trust.chain,
  };
}

export function unverifiedVerdict(reason: SignatureFailure): SignatureVerdict {
  return {
    verified: false,
    reason,
    signer: null,
    fingerprint: null,
    certificateExpired: null,
    trustedBy: null,
    chain: [],
  };
}
