import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

// Any spelling of a file link (`/FILES/`, `//files/`, `/%66iles/`): the token after it is a bearer secret.
const FILE_LINK = /^\/+files(\/|$)/i;

/** The path without anything secret in it: no query string, and signed file links cut to their route. */
function loggablePath(req: Request): string {
  const path = req.originalUrl.split("?")[0];
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
 */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.get("x-request-id");
    const requestId = given && SAFE_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      logger.info(
        {
          requestId,
          method: req.method,
          path: loggablePath(req),
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });
    next();
  };
}
