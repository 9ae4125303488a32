/**
 * Return-URL allow-list patterns: `scheme://host[:port|:*][/path-prefix]`. Matching is structural
 * (parsed URLs, exact scheme and host), never a string prefix, so `http://localhost.evil.com` does
 * not pass `http://localhost:*`.
 */
export function isAllowedReturnUrl(candidate: string, patterns: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return patterns.some((pattern) => matches(url, pattern));
}

function matches(url: URL, pattern: string): boolean {
  const match = pattern.match(/^(https?):\/\/([^/:]+)(?::(\d+|\*))?(\/.*)?$/);
  if (!match) return false;
  const [, scheme, host, port, pathPrefix] = match;
  if (url.protocol !== `${scheme}:` || url.hostname !== host.toLowerCase()) return false;
  const defaultPort = scheme === "https" ? "443" : "80";
  const actualPort = url.port || defaultPort;
  if (port !== "*" && actualPort !== (port ?? defaultPort)) return false;
  return !pathPrefix || url.pathname.startsWith(pathPrefix);
}
