import { constants, type KeyObject, verify } from "node:crypto";

export type RsaDigest = "sha1" | "sha256";

/**
 * The one RSA PKCS#1 v1.5 verification path: XML-DSig SignedInfo, Secure QR payloads and the test vectors
 * all go through it. Tries every key given (pinned anchors, or `KeyInfo` candidates) and returns the one
 * whose key verifies, or null.
 */
export function findSigningAnchor<T extends { readonly publicKey: KeyObject }>(
  digest: RsaDigest,
  data: Uint8Array | string,
  signature: Uint8Array,
  anchors: readonly T[],
): T | null {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  for (const anchor of anchors) {
    try {
      if (verify(digest, bytes, { key: anchor.publicKey, padding: constants.RSA_PKCS1_PADDING }, signature))
        return anchor;
    } catch {
      // A signature of the wrong length for this key is simply not a match; try the next key.
    }
  }
  return null;
}
