import { SDJwtInstance } from "@sd-jwt/core";
import type { Hasher } from "@sd-jwt/types";
import { sha256, utf8 } from "./encoding";
import { splitSdJwt } from "./sd-jwt-parts";

/** WebCrypto SHA-256, so a browser can present a receipt without Node's crypto. */
const webHasher: Hasher = async (data, alg) => {
  if (alg.toLowerCase() !== "sha-256") throw new Error(`unsupported hash ${alg}`);
  return sha256(typeof data === "string" ? utf8(data) : new Uint8Array(data));
};

export class KycReceiptClaimError extends Error {}

/**
 * The holder's side: a presentation of `credential` that keeps only the disclosures of `claims`
 * (`name`, `yearOfBirth`, `address` for every address part or `address.state` for one). Every other
 * claim stays a salted digest. A claim the receipt does not hold is an error, not a silent omission.
 */
export async function presentKycReceipt(credential: string, claims: readonly string[]): Promise<string> {
  const parts = splitSdJwt(credential);
  if (parts.keyBinding !== "")
    throw new KycReceiptClaimError("the credential already carries a key-binding JWT");
  const sdjwt = new SDJwtInstance({ hasher: webHasher, hashAlg: "sha-256" });
  const presentable = await sdjwt.presentableKeys(credential);
  const frame: Record<string, unknown> = {};
  for (const claim of claims) {
    const keys = presentable.filter((k) => k === claim || k.startsWith(`${claim}.`));
    if (keys.length === 0)
      throw new KycReceiptClaimError(
        `the receipt has no disclosable claim "${claim}" (it has: ${presentable.join(", ")})`,
      );
    for (const key of keys) setPath(frame, key.split("."));
  }
  const presented = await sdjwt.present(credential, frame as Record<string, boolean | object>);
  // Always the `~`-terminated form (no key binding), whatever the library's trailing separator.
  return presented.endsWith("~") ? presented : `${presented}~`;
}

function setPath(frame: Record<string, unknown>, path: string[]): void {
  let node = frame;
  for (const [i, segment] of path.entries()) {
    if (i === path.length - 1) {
      if (node[segment] === undefined) node[segment] = true;
      return;
    }
    if (typeof node[segment] !== "object" || node[segment] === null) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
}
