import { createHash, createHmac, randomBytes } from "node:crypto";

/** Lookup hash for high-entropy secrets (session tokens, claim codes, states, tenant keys). */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function hmacHex(key: Buffer, value: string): string {
  return createHmac("sha256", key).update(value).digest("hex");
}

/** A prefixed bearer secret such as `lk_st_…`, 256 bits of entropy. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}
