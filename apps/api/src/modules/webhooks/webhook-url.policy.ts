import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { badInput } from "../../errors/error-codes";

const MAX_URL = 2048;

// Only 2000::/3 is allocated as global unicast; ipaddr.js calls anything it has no name for
// `unicast`, the IPv4-compatible `::a.b.c.d` (::/96) included.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");

/**
 * Whether an IP address is one a webhook must never reach in production (SSRF into the network):
 * anything but public unicast. Loopback, private, link-local (cloud metadata), CGNAT, benchmarking,
 * IETF-reserved, documentation, multicast, NAT64, 6to4, Teredo and site-local are all refused, and an
 * IPv4-mapped IPv6 address is judged as the IPv4 address it reaches.
 */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  try {
    // WHATWG URL writes IPv6 in hex (`::1.2.3.4` → `::102:304`), which ipaddr.js reads faithfully.
    const parsed = ipaddr.parse(
      family === 6 ? new URL(`http://[${address}]`).hostname.slice(1, -1) : address,
    );
    if (parsed.kind() === "ipv6") {
      const v6 = parsed as ipaddr.IPv6;
      if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() !== "unicast";
      if (!v6.match(GLOBAL_UNICAST_V6)) return true;
    }
    return parsed.range() !== "unicast";
  } catch {
    // A zone id (`fe80::1%eth0`) or anything else not plainly an address.
    return true;
  }
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
  if (url.protocol !== "https:" && !(url.protocol === "http:" && !production))
    throw invalid(production ? "must use https" : "must use http or https");
  if (url.username || url.password) throw invalid("must not carry credentials");
  if (url.hash) throw invalid("must not have a fragment");
  if (production) {
    const host = url.hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");
    if (host === "localhost" || host.endsWith(".localhost") || (isIP(host) && isInternalAddress(host)))
      throw invalid("must not point at a private or local address");
  }
  return url.toString();
}
