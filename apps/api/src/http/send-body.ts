import type { ServerResponse } from "node:http";

/** Writes a text answer to a POST as Express's `res.send(string)` does (`res.json` sends through it). */
export type SendBody = (res: ServerResponse, text: string) => void;

/**
 * Express's `res.send(string)` for a POST, without Express's response object: `content-type` gets
 * `charset=utf-8` when it has no charset (text/html when unset), then `content-length` and an `ETag`
 * from the app's own ETag function. Express's other branches never apply to a POST: "not modified"
 * is for GET and HEAD only, and HEAD has no body.
 */
export function bodySender(etagOf: (body: string) => string | undefined): SendBody {
  return (res, text) => {
    const type = res.getHeader("content-type");
    if (typeof type !== "string") res.setHeader("content-type", "text/html; charset=utf-8");
    else if (!/;\s*charset=/i.test(type)) res.setHeader("content-type", `${type}; charset=utf-8`);
    res.setHeader("content-length", String(Buffer.byteLength(text, "utf8")));
    if (!res.hasHeader("etag")) {
      const etag = etagOf(text);
      if (etag) res.setHeader("etag", etag);
    }
    // A string, not a Buffer: Node then sends the head and the body in one write.
    res.end(text, "utf8");
  };
}
