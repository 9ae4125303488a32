import { hash } from "node:crypto";
import type { ServerResponse } from "node:http";

/**
 * Express's default ETag (`etag` set to `weak`) of a text of `length` bytes: `W/"<length in hex>-<27
 * characters of the base64 SHA-1>"`. Computed in one call: Express copies the text into a Buffer
 * and builds a Hash object first.
 */
export function weakEtag(text: string, length: number): string {
  return `W/"${length.toString(16)}-${hash("sha1", text, "base64").substring(0, 27)}"`;
}

/**
 * Writes a text answer to a POST as Express's `res.send(string)` does (`res.json` sends through it),
 * without Express's response object: `content-type` gets `charset=utf-8` when it has no charset
 * (text/html when unset), then `content-length` and Express's default ETag (the app keeps that
 * setting). Express's other branches never apply to a POST: "not modified" is for GET and HEAD only,
 * and HEAD has no body.
 */
export function sendBody(res: ServerResponse, text: string): void {
  const type = res.getHeader("content-type");
  if (typeof type !== "string") res.setHeader("content-type", "text/html; charset=utf-8");
  else if (!/;\s*charset=/i.test(type)) res.setHeader("content-type", `${type}; charset=utf-8`);
  const length = Buffer.byteLength(text, "utf8");
  res.setHeader("content-length", String(length));
  if (!res.hasHeader("etag")) res.setHeader("etag", weakEtag(text, length));
  // A string, not a Buffer: Node then sends the head and the body in one write.
  res.end(text, "utf8");
}
