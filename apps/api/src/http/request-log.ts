import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

// Any spelling of a file link (`/FILES/`, `//files/`, `/%66iles/`): the token after it is a bearer secret.
const FILE_LINK = /^\/+files(\/|$)/i;

/** The path without anything secret in it: no query string, and signed file links cut to their route. */
function loggablePath(url: string): string {
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  // Without a percent sign the path decodes to itself: one test judges it.
  if (!path.includes("%")) return FILE_LINK.test(path) ? "/files/:token" : path.slice(0, 200);
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Undecodable: judged as sent.
  }
  return FILE_LINK.test(path) || FILE_LINK.test(decoded) ? "/files/:token" : path.slice(0, 200);
}

/**
 * One JSON line per request with a request id (echoed as `x-request-id`): method, path, status and
 * duration only — never headers, bodies or query strings, which carry tokens, codes and personal data.
 * Returns the request id. Called before any router rewrites `req.url` (Express strips mount paths).
 */
export function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse): string {
  const url = req.url ?? "/";
  const given = req.headers["x-request-id"];
  const requestId = typeof given === "string" && SAFE_ID.test(given) ? given : randomUUID();
  res.setHeader("x-request-id", requestId);
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    logger.info(
      {
        requestId,
        method: req.method,
        path: loggablePath(url),
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      },
      "request",
    );
  });
  return requestId;
}

/** The request log as the Express app's first middleware (the id also in `res.locals.requestId`). */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.locals.requestId = logRequest(logger, req, res);
    next();
  };
}
