import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { IntegrityError } from "./errors";

/** base64(HMAC-SHA256(key = client secret, message = body)), as DigiLocker's `hmac` header carries it. */
export function computeDownloadHmac(clientSecret: string, body: Uint8Array): Buffer {
  return createHmac("sha256", clientSecret).update(body).digest();
}

/**
 * What a download without an `hmac` header means: `require` (the default) refuses it; `verify-if-present`
 * accepts it (some DigiLocker deployments and client code never use the header) but still refuses a
 * wrong one. Named after the API's `DIGILOCKER_HMAC` setting.
 */
export type DownloadHmacPolicy = "require" | "verify-if-present";

/**
 * Verifies a download's `hmac` header against its exact bytes, in constant time. A malformed or
 * different header is an {@link IntegrityError}, and so is a missing one unless the policy is
 * `verify-if-present`: the bytes must not be used or stored.
 */
export function verifyDownloadHmac(
  clientSecret: string,
  body: Uint8Array,
  header: string | null,
  policy: DownloadHmacPolicy = "require",
): void {
  if (!header || header.trim() === "") {
    if (policy === "verify-if-present") return;
    throw new IntegrityError(
      "hmac_missing",
      "DigiLocker's download has no hmac header; DIGILOCKER_HMAC=require refuses it (verify-if-present accepts a missing header)",
    );
  }
  const expected = computeDownloadHmac(clientSecret, body);
  const text = header.trim();
  // base64 (standard or url-safe); DigiLocker has also been seen sending hex.
  const received = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
  const same = received.length === expected.length && timingSafeEqual(received, expected);
  if (!same) {
    throw new IntegrityError(
      "hmac_mismatch",
      "DigiLocker's download does not match its hmac: damaged or tampered in transit",
    );
  }
}

/**
 * The pull APIs' client authentication: SHA-256 hex of `client_secret + clientid [+ orgid [+ doctype]] + ts`.
 */
export function pullRequestHmac(
  clientSecret: string,
  clientId: string,
  ts: string,
  orgId?: string,
  doctype?: string,
): string {
  return createHash("sha256")
    .update(`${clientSecret}${clientId}${orgId ?? ""}${orgId !== undefined ? (doctype ?? "") : ""}${ts}`)
    .digest("hex");
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The media type without parameters, lowercased; null when absent. */
export function mediaType(header: string | null): string | null {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** Recognises the formats DigiLocker serves when it labels them `application/octet-stream`. */
export function sniffMediaType(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  const head = Buffer.from(bytes.subarray(0, 64))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("<?xml") || head.startsWith("<")) return "application/xml";
  return null;
}
