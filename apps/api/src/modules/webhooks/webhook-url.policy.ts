import { BlockList, isIP } from "node:net";
import { badInput } from "../../errors/error-codes";

const MAX_URL = 2048;

/** Loopback, private, link-local (cloud metadata), CGNAT, unspecified and multicast ranges. */
const internal = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["224.0.0.0", 3],
] as const) {
  internal.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  internal.addSubnet(net, prefix, "ipv6");
}

/** Whether an IP address is one a webhook must never reach in production (SSRF into the network). */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return internal.check(address, "ipv4");
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? internal.check(mapped[1], "ipv4") : internal.check(address, "ipv6");
}

/**
 * A webhook URL: absolute http(s), no credentials or fragment. In production only https, and not
 * to a host that is, or literally names, an internal address (delivery re-checks the resolved one).
 */
export function checkWebhookUrl(raw: string, production: boolean): string {
  const invalid = (why: string) => badInput(`url ${why}`, "url");
  if (raw.length > MAX_URL) throw invalid(`must be at most ${MAX_URL} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid("is not an absolute URL");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && !production)) throw invalid(production ? "must use https" : "must use http or https");
  if (url.username || url.password) throw invalid("must not carry credentials");
  if (url.hash) throw invalid("must not have a fragment");
  if (production) {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (host === "localhost" || host.endsWith(".localhost") || (isIP(host) && isInternalAddress(host))) throw invalid("must not point at a private or local address");
  }
  return url.toString();
}
