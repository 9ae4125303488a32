import { isIPv4, isIPv6 } from "node:net";

/**
 * The rate-limit key of a client address: IPv4 as is (an IPv4-mapped IPv6 address counts as its IPv4),
 * IPv6 by its /64, since one subscriber usually holds a whole /64 and could rotate through it.
 */
export function clientIpKey(address: string | undefined): string {
  if (!address) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return "unknown";
  const [head, tail = ""] = address.split("%")[0].split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  // A trailing embedded IPv4 (::ffff:… was handled above) only ever sits past the /64.
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
