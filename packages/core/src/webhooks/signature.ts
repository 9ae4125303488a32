import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * LockerKit's webhook signatures, shared by the API (signing) and integrators' backends (checking):
 * `import { verifyWebhookSignature } from "@lockerkit/core"`.
 */
export const SIGNATURE_HEADER = "x-lockerkit-signature";

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the whole `whsec_…` secret>`. */
export function signWebhook(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * What a receiver does: recompute the MAC over the exact raw body and compare in constant time;
 * a timestamp older than `toleranceS` is refused so a captured delivery cannot be replayed later.
 */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string,
  toleranceS = 300,
  now = Date.now(),
): boolean {
  const parts = new Map(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  const t = Number(parts.get("t"));
  const given = parts.get("v1");
  if (
    !Number.isInteger(t) ||
    !given ||
    !/^[0-9a-f]{64}$/.test(given) ||
    Math.abs(now / 1000 - t) > toleranceS
  )
    return false;
  const expected = signWebhook(secret, body, t).split("v1=")[1];
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
