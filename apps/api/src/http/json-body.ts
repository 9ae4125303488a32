import type { IncomingMessage } from "node:http";
import express from "express";
import type { NodeMiddleware } from "./cors";

// The common request: a JSON type with no charset or UTF-8, any case, optional spaces (RFC 9110).
const PLAIN_JSON = /^application\/json[ \t]*(;[ \t]*charset=("?)utf-8\2[ \t]*)?$/i;
const BOM = 0xfeff;
const FIRST_CHARACTER = /^[ \t\n\r]*([^ \t\n\r])/;

/** The GraphQL endpoint's body limit (body-parser's "3mb"). */
export const GRAPHQL_BODY_LIMIT = 3 * 1024 * 1024;

/** An error with body-parser's `status` and `type`, the two fields the refusal (error-handler.ts) reads. */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, type });
}

/** body-parser's strict JSON: `{` or `[` first (after whitespace); an empty body is `{}`. */
function parseStrict(text: string): unknown {
  if (text.length === 0) return {};
  if (text[0] !== "{" && text[0] !== "[") {
    const first = FIRST_CHARACTER.exec(text)?.[1];
    if (first !== "{" && first !== "[") throw bodyError(400, "entity.parse.failed", "strict violation");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw bodyError(400, "entity.parse.failed", (error as Error).message);
  }
}

/**
 * `express.json({ limit })` with a shortcut for the common request: a plain JSON type, no content
 * encoding and a declared length within the limit. That request is read and parsed here with the
 * same results (UTF-8 with a leading BOM dropped, strict JSON, `{}` for an empty body, the same error
 * types); body-parser's per-request machinery (media-type parsing, a streaming decoder, four stream
 * listeners) cost ≈ 4 % of a `me` request's CPU (bench/PROFILE.md). Every other request (another
 * charset or type, compressed, chunked, too long) goes to body-parser itself, so its answers are
 * body-parser's. One difference: `next` is called from the request's events, in the request's own
 * async context, where body-parser restores its caller's; nothing before it enters one (the tracing
 * span comes after).
 */
export function jsonBody(limitBytes: number): NodeMiddleware {
  const general = express.json({ limit: limitBytes }) as NodeMiddleware;
  return (req: IncomingMessage & { body?: unknown }, res, next) => {
    const { headers } = req;
    const declared = headers["content-length"];
    const type = headers["content-type"];
    const length = declared === undefined ? NaN : Number(declared);
    if (
      !(length <= limitBytes) ||
      headers["content-encoding"] !== undefined ||
      headers["transfer-encoding"] !== undefined ||
      type === undefined ||
      (type !== "application/json" && !PLAIN_JSON.test(type)) ||
      req.readableEnded
    )
      return general(req, res, next);
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
    };
    const finish = (error: Error | null) => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("aborted", onAborted);
      if (error) return next(error);
      const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received);
      let text = bytes.toString("utf8");
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
      try {
        req.body = parseStrict(text);
      } catch (parseError) {
        return next(parseError);
      }
      next();
    };
    const onEnd = () =>
      finish(
        received === length
          ? null
          : bodyError(400, "request.size.invalid", "request size did not match content length"),
      );
    const onAborted = () => finish(bodyError(400, "request.aborted", "request aborted"));
    const onError = (error: Error) => finish(error);
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", onError);
    req.once("aborted", onAborted);
  };
}
