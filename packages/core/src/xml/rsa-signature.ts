import { constants, verify } from "node:crypto";
import type { TrustAnchor } from "./trust-store";

export type RsaDigest = "sha1" | "sha256";

/**
 * The one RSA PKCS#1 v1.5 verification path: XML-DSig SignedInfo, Secure QR payloads and the test vectors
 * all go through it. Tries every pinned key and returns the anchor whose key verifies, or null.
 */
export function findSigningAnchor(
  digest: RsaDigest,
  data: Uint8Array | string,
  signature: Uint8Array,
  anchors: readonly TrustAnchor[],
): TrustAnchor | null {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  for (const anchor of anchors) {
    try {
      if (verify(digest, bytes, { key: anchor.publicKey, padding: constants.RSA_PKCS1_PADDING }, signature)) return anchor;
    } catch {
      // A signature of the wrong length for this key is simply not a match; try the next key.
    }
  }
  return null;
}
