import { base64UrlToBytes, bytesToBase64Url, decodeBase64UrlJson, sha256, utf8 } from "./encoding";

/** An SD-JWT split on `~`: the issuer-signed JWT, its disclosures, and a key-binding JWT when present. */
export interface SdJwtParts {
  jwt: string;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Uint8Array;
  disclosures: string[];
  keyBinding: string;
}

export class MalformedReceiptError extends Error {}

export function splitSdJwt(compact: string): SdJwtParts {
  const text = compact.trim();
  if (!text.includes("~")) throw new MalformedReceiptError("not an SD-JWT (no ~ separator)");
  const parts = text.split("~");
  const jwt = parts[0];
  const keyBinding = parts[parts.length - 1];
  const disclosures = parts.slice(1, -1);
  const segments = jwt.split(".");
  if (segments.length !== 3)
    throw new MalformedReceiptError("the issuer-signed JWT must have three segments");
  try {
    return {
      jwt,
      header: decodeBase64UrlJson(segments[0]),
      payload: decodeBase64UrlJson(segments[1]),
      signingInput: `${segments[0]}.${segments[1]}`,
      signature: base64UrlToBytes(segments[2]),
      disclosures,
      keyBinding,
    };
  } catch {
    throw new MalformedReceiptError("the issuer-signed JWT is not base64url JSON");
  }
}

/** The digest an SD-JWT's `_sd` array holds for a disclosure: base64url(SHA-256(ASCII disclosure)). */
export async function disclosureDigest(disclosure: string): Promise<string> {
  return bytesToBase64Url(await sha256(utf8(disclosure)));
}

/** Verifies a JWS signature with WebCrypto: ES256 signatures are already raw r‖s, as WebCrypto wants. */
export async function verifyEs256(
  jwk: { kty: string; crv: string; x: string; y: string },
  signingInput: string,
  signature: Uint8Array,
): Promise<boolean> {
  if (signature.length !== 64) return false;
  const key = await globalThis.crypto.subtle.importKey(
    "jwk",
    { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
    { name: "ECDSA", namedCurve: "P-256" },
    false,
    ["verify"],
  );
  return globalThis.crypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    signature as Uint8Array<ArrayBuffer>,
    utf8(signingInput) as Uint8Array<ArrayBuffer>,
  );
}
