import { generateKeyPairSync } from "node:crypto";

/**
 * A fresh `LOCKERKIT_RECEIPT_KEYS` value (one P-256 signing key, `<id>:<base64 pkcs8>`): what a
 * production configuration must supply, so that the server writes no key to its data directory.
 */
export function generateReceiptKeys(id = "tk1"): string {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return `${id}:${privateKey.export({ format: "der", type: "pkcs8" }).toString("base64")}`;
}
