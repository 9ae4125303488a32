import { createHash, randomBytes } from "node:crypto";

export interface PkcePair {
  verifier: string;
  challenge: string;
}

/** RFC 7636 S256: a 43-character verifier from 32 random bytes, challenge = base64url(SHA-256(verifier)). */
export function createPkcePair(): PkcePair {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: pkceChallenge(verifier) };
}

export function pkceChallenge(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

/** An opaque 256-bit value for OAuth `state` and similar one-time secrets. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
