import { base64UrlToText, sha256Base64Url } from "./base64url.js";
import { LockerKitError } from "./errors.js";

/** One disclosure of the receipt, by the claim path it discloses (`name`, `address`, `address.state`). */
interface Disclosure {
  encoded: string;
  path: string;
  /** The disclosure whose value holds this one's digest (`address` for `address.state`); null at the top. */
  parent: string | null;
}

const malformed = (why: string) =>
  new LockerKitError(`not a KYC receipt (SD-JWT VC): ${why}`, "BAD_USER_INPUT", {
    field: "credential",
    reason: "malformed",
  });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function decodeJson(segment: string, what: string): unknown {
  try {
    return JSON.parse(base64UrlToText(segment));
  } catch {
    throw malformed(`${what} is not base64url JSON`);
  }
}

/**
 * A signed KYC receipt (SD-JWT VC: the issuer-signed JWT, then `~`-separated salted disclosures) held by
 * the user. `present(claims)` keeps only the chosen disclosures; every other claim stays a salted digest,
 * so a verifier learns nothing of it. Checked by the verifier with `verifyKycReceipt` in
 * `@lockerkit/core` (or any SD-JWT VC verifier) against the API's `/.well-known/jwks.json`.
 */
export class KycReceipt {
  private constructor(
    /** The whole receipt, every disclosure included: keep it like the data it holds. */
    readonly credential: string,
    /** For `revokeKycReceipt` (the credential's `jti`). */
    readonly id: string | null,
    /** When the receipt stops verifying (its `exp`), ISO 8601. */
    readonly expiresAt: string | null,
    /** The claims `present` can disclose: `name`, `yearOfBirth`, …, `address` and each `address.<part>`. */
    readonly claims: readonly string[],
    private readonly jwt: string,
    private readonly disclosures: readonly Disclosure[],
  ) {}

  /**
   * Reads a receipt (e.g. one stored earlier). Each disclosure is matched to its digest in the signed
   * payload (SHA-256 through WebCrypto), so a disclosure that belongs nowhere is refused here already.
   */
  static async parse(credential: string): Promise<KycReceipt> {
    const parts = credential.trim().split("~");
    if (parts.length < 2) throw malformed("no ~ separator");
    if (parts.at(-1) !== "") throw malformed("it already ends in a key-binding JWT");
    const [jwt, ...encoded] = parts.slice(0, -1);
    const segments = jwt!.split(".");
    if (segments.length !== 3) throw malformed("the issuer-signed JWT needs three segments");
    const payload = decodeJson(segments[1]!, "the payload");
    if (!isObject(payload)) throw malformed("the payload is not an object");
    if ((payload._sd_alg ?? "sha-256") !== "sha-256")
      throw malformed(`unsupported _sd_alg ${String(payload._sd_alg)}`);

    const byDigest = new Map<string, { encoded: string; name: string; value: unknown }>();
    for (const text of encoded) {
      const decoded = decodeJson(text, "a disclosure");
      // Object properties are [salt, name, value]; array elements ([salt, value]) are not claims by name.
      if (!Array.isArray(decoded) || decoded.length !== 3 || typeof decoded[1] !== "string")
        throw malformed("a disclosure is not [salt, name, value]");
      byDigest.set(await sha256Base64Url(text), { encoded: text, name: decoded[1], value: decoded[2] });
    }
    const disclosures: Disclosure[] = [];
    const walk = (node: unknown, prefix: string, parent: string | null): void => {
      if (!isObject(node)) return;
      for (const digest of Array.isArray(node._sd) ? node._sd : []) {
        const found = typeof digest === "string" ? byDigest.get(digest) : undefined;
        if (!found) continue; // a decoy, or a claim this copy does not carry
        const path = `${prefix}${found.name}`;
        disclosures.push({ encoded: found.encoded, path, parent });
        walk(found.value, `${path}.`, path);
      }
      for (const [key, value] of Object.entries(node))
        if (key !== "_sd" && key !== "_sd_alg") walk(value, `${prefix}${key}.`, parent);
    };
    walk(payload, "", null);
    if (disclosures.length !== encoded.length)
      throw malformed("a disclosure matches no digest of the payload");

    return new KycReceipt(
      credential.trim(),
      typeof payload.jti === "string" ? payload.jti : null,
      typeof payload.exp === "number" ? new Date(payload.exp * 1000).toISOString() : null,
      disclosures.map((d) => d.path),
      jwt!,
      disclosures,
    );
  }

  /**
   * A presentation that discloses only `claims`, e.g. `["name", "yearOfBirth"]`: `address` discloses every
   * address part, `address.state` that part alone. The SD-JWT form `<issuer-jwt>~<disclosure>~…~` without
   * key binding (LockerKit receipts are not bound to a holder key). A claim the receipt cannot disclose
   * is a `LockerKitError` `BAD_USER_INPUT` (reason `unknown-claim`), never a silent omission.
   */
  present(claims: readonly string[]): string {
    const unknown = claims.filter((claim) => !this.claims.includes(claim));
    if (unknown.length > 0)
      throw new LockerKitError(
        `the receipt has no disclosable claim ${unknown.map((c) => `"${c}"`).join(", ")} (it has: ${this.claims.join(", ")})`,
        "BAD_USER_INPUT",
        { field: "claims", reason: "unknown-claim", claims: unknown },
      );
    const byPath = new Map(this.disclosures.map((d) => [d.path, d]));
    const keep = new Set<string>();
    for (const d of this.disclosures)
      if (claims.some((claim) => d.path === claim || d.path.startsWith(`${claim}.`))) keep.add(d.path);
    // A nested part is only readable with the disclosure that holds its digest (`address` for `address.state`).
    for (const path of [...keep])
      for (let parent = byPath.get(path)?.parent; parent; parent = byPath.get(parent)?.parent)
        keep.add(parent);
    return [this.jwt, ...this.disclosures.filter((d) => keep.has(d.path)).map((d) => d.encoded), ""].join(
      "~",
    );
  }
}
