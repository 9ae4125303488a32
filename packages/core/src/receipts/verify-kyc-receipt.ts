import { StatusList } from "@sd-jwt/jwt-status-list";
import { base64UrlToBytes, decodeBase64UrlJson } from "./encoding";
import type {
  KycReceiptFailureReason,
  KycReceiptVerification,
  ReceiptJwk,
  ReceiptJwks,
} from "./kyc-receipt.types";
import { disclosureDigest, MalformedReceiptError, splitSdJwt, verifyEs256 } from "./sd-jwt-parts";

export interface VerifyKycReceiptOptions {
  /** The issuer's published keys, given directly (offline) … */
  jwks?: ReceiptJwks;
  /** … or fetched from `/.well-known/jwks.json`. */
  jwksUrl?: string;
  /** Check the status list the receipt names (default true); the list is fetched unless `statusList` is given. */
  checkStatus?: boolean;
  /** A status list token (`/status/<list>`) obtained earlier, for a fully offline check. */
  statusList?: string;
  /** "Now" for `exp` / `iat` (tests, audits of a past date). */
  now?: Date;
  fetch?: typeof fetch;
}

const CLOCK_SKEW_S = 300;
const SD_TYPES = new Set(["dc+sd-jwt", "vc+sd-jwt"]);

class Failure extends Error {
  constructor(
    readonly reason: KycReceiptFailureReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Verifies a KYC receipt or a presentation of one (SD-JWT VC): the issuer's ES256 signature against
 * the published keys (by `kid`), every disclosure against the signed digests, the validity period
 * and the status list. Never throws for a bad receipt: the result says why.
 */
export async function verifyKycReceipt(
  presentation: string,
  options: VerifyKycReceiptOptions,
): Promise<KycReceiptVerification> {
  try {
    return await verify(presentation, options);
  } catch (error) {
    if (error instanceof Failure) return { valid: false, reason: error.reason, message: error.message };
    if (error instanceof MalformedReceiptError)
      return { valid: false, reason: "malformed", message: error.message };
    throw error;
  }
}

async function verify(
  presentation: string,
  options: VerifyKycReceiptOptions,
): Promise<KycReceiptVerification> {
  if (typeof presentation !== "string") throw new Failure("malformed", "the receipt must be a string");
  const parts = splitSdJwt(presentation);
  if (parts.keyBinding !== "")
    throw new Failure("malformed", "a key-binding JWT is not expected on a KYC receipt");
  const { header, payload } = parts;
  if (header.alg !== "ES256")
    throw new Failure("unsupported-algorithm", `alg ${String(header.alg)} is not ES256`);
  if (typeof header.typ !== "string" || !SD_TYPES.has(header.typ))
    throw new Failure("malformed", `typ ${String(header.typ)} is not an SD-JWT VC`);
  if (typeof header.kid !== "string") throw new Failure("malformed", "the header has no kid");

  const jwks = await keySet(options);
  const jwk = findKey(jwks, header.kid);
  if (!(await verifyEs256(jwk, parts.signingInput, parts.signature)))
    throw new Failure("invalid-signature", `the signature does not verify with key ${header.kid}`);

  const { claims, disclosed } = await disclose(payload, parts.disclosures);

  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (typeof payload.exp !== "number") throw new Failure("malformed", "the receipt has no exp");
  if (payload.exp <= now)
    throw new Failure("expired", `expired at ${new Date(payload.exp * 1000).toISOString()}`);
  if (typeof payload.iat === "number" && payload.iat > now + CLOCK_SKEW_S)
    throw new Failure("not-yet-valid", "issued in the future");
  if (typeof payload.nbf === "number" && payload.nbf > now + CLOCK_SKEW_S)
    throw new Failure("not-yet-valid", "not valid yet");

  if (options.checkStatus !== false) await checkStatus(payload, jwks, options, now);

  return {
    valid: true,
    claims,
    disclosed,
    kid: header.kid,
    issuer: String(payload.iss),
    expiresAt: new Date(payload.exp * 1000),
  };
}

async function keySet(options: VerifyKycReceiptOptions): Promise<ReceiptJwks> {
  if (options.jwks) return options.jwks;
  if (!options.jwksUrl) throw new TypeError("verifyKycReceipt needs jwks or jwksUrl");
  try {
    const res = await (options.fetch ?? fetch)(options.jwksUrl, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as ReceiptJwks;
    if (!Array.isArray(body?.keys)) throw new Error("no keys");
    return body;
  } catch (error) {
    throw new Failure(
      "jwks-unavailable",
      `the issuer's keys could not be read from ${options.jwksUrl}: ${(error as Error).message}`,
    );
  }
}

function findKey(jwks: ReceiptJwks, kid: string): ReceiptJwk {
  const jwk = jwks.keys.find((k) => k.kid === kid);
  if (!jwk) throw new Failure("unknown-key", `key ${kid} is not published by the issuer`);
  if (jwk.kty !== "EC" || jwk.crv !== "P-256")
    throw new Failure("unsupported-algorithm", `key ${kid} is not a P-256 key`);
  return jwk;
}

/**
 * Replaces every `_sd` digest by the claim its disclosure carries. A disclosure the signed payload
 * does not reference (altered, or from another receipt) fails the whole presentation.
 */
async function disclose(
  payload: Record<string, unknown>,
  disclosures: string[],
): Promise<{ claims: Record<string, unknown>; disclosed: string[] }> {
  const alg = payload._sd_alg ?? "sha-256";
  if (alg !== "sha-256") throw new Failure("unsupported-algorithm", `_sd_alg ${String(alg)} is not sha-256`);
  const byDigest = new Map<string, unknown[]>();
  for (const disclosure of disclosures) {
    let decoded: unknown;
    try {
      decoded = decodeBase64UrlJson(disclosure);
    } catch {
      throw new Failure("tampered-disclosure", "a disclosure is not base64url JSON");
    }
    if (!Array.isArray(decoded) || (decoded.length !== 3 && decoded.length !== 2))
      throw new Failure("tampered-disclosure", "a disclosure is not a salted claim");
    const digest = await disclosureDigest(disclosure);
    if (byDigest.has(digest)) throw new Failure("tampered-disclosure", "a disclosure is repeated");
    byDigest.set(digest, decoded);
  }
  const used = new Set<string>();
  const disclosed: string[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const item of value) {
        if (
          item &&
          typeof item === "object" &&
          !Array.isArray(item) &&
          Object.keys(item).length === 1 &&
          "..." in item
        ) {
          const digest = String((item as Record<string, unknown>)["..."]);
          const found = take(digest);
          if (found) {
            if (found.length !== 2)
              throw new Failure("tampered-disclosure", "an array disclosure has a claim name");
            out.push(walk(found[1], path));
          }
          continue;
        }
        out.push(walk(item, path));
      }
      return out;
    }
    if (!value || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === "_sd" || key === "_sd_alg") continue;
      out[key] = walk(child, path ? `${path}.${key}` : key);
    }
    const digests = (value as Record<string, unknown>)._sd;
    if (digests !== undefined && !Array.isArray(digests))
      throw new Failure("malformed", "_sd is not an array");
    for (const digest of (digests as unknown[] | undefined) ?? []) {
      const found = take(String(digest));
      if (!found) continue;
      if (found.length !== 3 || typeof found[1] !== "string")
        throw new Failure("tampered-disclosure", "an object disclosure has no claim name");
      const name = found[1];
      if (name === "_sd" || name === "..." || name in out)
        throw new Failure("tampered-disclosure", `claim ${name} is disclosed twice`);
      const claimPath = path ? `${path}.${name}` : name;
      disclosed.push(claimPath);
      out[name] = walk(found[2], claimPath);
    }
    return out;
  };
  const take = (digest: string): unknown[] | undefined => {
    const found = byDigest.get(digest);
    if (!found) return undefined;
    if (used.has(digest)) throw new Failure("tampered-disclosure", "a digest is referenced twice");
    used.add(digest);
    return found;
  };
  const claims = walk(payload, "") as Record<string, unknown>;
  if (used.size !== byDigest.size)
    throw new Failure("tampered-disclosure", "a disclosure does not match any digest the issuer signed");
  return { claims, disclosed: disclosed.sort() };
}

async function checkStatus(
  payload: Record<string, unknown>,
  jwks: ReceiptJwks,
  options: VerifyKycReceiptOptions,
  now: number,
): Promise<void> {
  const ref = (payload.status as { status_list?: { idx?: unknown; uri?: unknown } } | undefined)?.status_list;
  if (!ref) return;
  if (typeof ref.idx !== "number" || typeof ref.uri !== "string")
    throw new Failure("malformed", "the status reference needs idx and uri");
  let token = options.statusList;
  if (token === undefined) {
    try {
      const res = await (options.fetch ?? fetch)(ref.uri, {
        headers: { accept: "application/statuslist+jwt" },
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      token = (await res.text()).trim();
    } catch (error) {
      throw new Failure(
        "status-unavailable",
        `the status list could not be read from ${ref.uri}: ${(error as Error).message}`,
      );
    }
  }
  const segments = token.split(".");
  let header: Record<string, unknown>;
  let body: { sub?: unknown; exp?: unknown; status_list?: { bits?: unknown; lst?: unknown } };
  try {
    header = decodeBase64UrlJson(segments[0] ?? "");
    body = decodeBase64UrlJson(segments[1] ?? "");
  } catch {
    throw new Failure("status-unavailable", "the status list is not a JWT");
  }
  if (
    segments.length !== 3 ||
    header.typ !== "statuslist+jwt" ||
    header.alg !== "ES256" ||
    typeof header.kid !== "string"
  ) {
    throw new Failure("status-unavailable", "the status list is not an ES256 statuslist+jwt");
  }
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk || !(await verifyEs256(jwk, `${segments[0]}.${segments[1]}`, base64UrlToBytes(segments[2])))) {
    throw new Failure(
      "status-unavailable",
      "the status list's signature does not verify with the issuer's keys",
    );
  }
  if (body.sub !== ref.uri) throw new Failure("status-unavailable", "the status list is for another URI");
  if (typeof body.exp === "number" && body.exp <= now)
    throw new Failure("status-unavailable", "the status list has expired");
  const bits = body.status_list?.bits;
  if (typeof body.status_list?.lst !== "string" || (bits !== 1 && bits !== 2 && bits !== 4 && bits !== 8))
    throw new Failure("status-unavailable", "the status list is malformed");
  let status: number;
  try {
    status = StatusList.decompressStatusList(body.status_list.lst, bits).getStatus(ref.idx);
  } catch {
    throw new Failure("status-unavailable", `index ${ref.idx} is not in the status list`);
  }
  // 0 VALID; 1 INVALID (revoked); 2 SUSPENDED: either way the receipt may not be relied on.
  if (status !== 0)
    throw new Failure("revoked", status === 2 ? "the receipt is suspended" : "the receipt has been revoked");
}
