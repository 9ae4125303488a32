import { createPrivateKey, createPublicKey, type KeyObject, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The sandbox's TEST-ONLY trust material, committed in `apps/sandbox/trust/`. Resolved from the
 * package root so it is found both from `src/` (jest) and from `dist/` (the built sandbox).
 */
export const TRUST_DIR = join(__dirname, "..", "trust");

export interface SandboxTrust {
  caPem: string;
  signerPem: string;
  signerKey: KeyObject;
  signerKeyPem: string;
  /** Base64 DER of the signer then the CA, as `KeyInfo/X509Data` carries the chain. */
  chainBase64: string[];
  idTokenKey: KeyObject;
  idTokenKid: string;
  jwks: { keys: Array<Record<string, unknown>> };
}

let cached: SandboxTrust | undefined;

function derBase64(pem: string): string {
  return new X509Certificate(pem).raw.toString("base64");
}

export function trust(): SandboxTrust {
  if (cached) return cached;
  const read = (file: string) => readFileSync(join(TRUST_DIR, file), "utf8");
  const caPem = read("ca.pem");
  const signerPem = read("signer.pem");
  const signerKeyPem = read("signer.test-only.key");
  const idTokenKey = createPrivateKey(read("id-token.test-only.key"));
  const publicJwk = createPublicKey(idTokenKey).export({ format: "jwk" }) as Record<string, unknown>;
  const idTokenKid = `sandbox-${String(publicJwk.n).slice(0, 16)}`;
  cached = {
    caPem,
    signerPem,
    signerKeyPem,
    signerKey: createPrivateKey(signerKeyPem),
    chainBase64: [derBase64(signerPem), derBase64(caPem)],
    idTokenKey,
    idTokenKid,
    jwks: { keys: [{ ...publicJwk, kid: idTokenKid, alg: "RS256", use: "sig" }] },
  };
  return cached;
}
