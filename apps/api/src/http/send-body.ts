import type { IncomingMessage, ServerResponse } from "node:http";

/** Writes a text answer to a POST as Express's `res.send(string)` does (`res.json` sends through it). */
export type SendBody = (req: IncomingMessage, res: ServerResponse, text: string) => void;

/**
 * Express's `res.send(string)` for a POST, without Express's response object: `content-type` gets
 * `charset=utf-8` when it has no charset (text/html when unset), then `content-length` and an `ETag`
 * from the app's own ETag function. Express's other branches never apply to a POST: "not modified"
 * is for GET and HEAD only, and HEAD has no body.
 */
export function bodySender(etagOf: (body: Buffer, encoding?: string) => string | undefined): SendBody {
  return (_req, res, text) => {
    const type = res.getHeader("content-type");
    if (typeof type !== "string") res.setHeader("content-type", "text/html; charset=utf-8");
    else if (!/;\s*charset=/i.test(type)) res.setHeader("content-type", `${type}; charset=utf-8`);
    const body = Buffer.from(text, "utf8");
    res.setHeader("content-length", String(body.length));
    if (!res.hasHeader("etag")) {
      const etag = etagOf(body);
      if (etag) res.setHeader("etag", etag);
    }
    res.end(body);
  };
}
