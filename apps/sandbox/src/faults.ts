import { createHmac } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { defaultError, sendError } from "./errors";
import type { Fault, SandboxState } from "./state";

/** Open sockets held by `hang` faults, so `stop()` can release them. */
export type HangSet = Set<Response>;

/**
 * Applies the first `/__sandbox/faults` entry matching the request: answers an error status, delays,
 * hangs, resets the connection, sends broken JSON, truncates the body, corrupts or drops the `hmac` header
 * or changes the `Content-Type`.
 */
export function faultMiddleware(state: SandboxState, hanging: HangSet) {
  return (req: Request, res: Response, next: NextFunction) => {
    const path = req.originalUrl.split("?")[0];
    const fault = state.takeFault(req.method, path);
    if (!fault) return next();
    apply(fault, req, res, next, hanging);
  };
}

function apply(fault: Fault, req: Request, res: Response, next: NextFunction, hanging: HangSet): void {
  switch (fault.kind) {
    case "status": {
      const status = fault.status ?? 500;
      const fallback = defaultError(status);
      if (fault.retryAfter !== undefined) res.set("Retry-After", String(fault.retryAfter));
      return sendError(
        res,
        status,
        fault.error ?? fallback.error,
        fault.error ? errorText(fault.error, fallback.description) : fallback.description,
      );
    }
    case "delay": {
      const timer = setTimeout(next, fault.delayMs ?? 1000);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    case "hang":
      hanging.add(res);
      res.on("close", () => hanging.delete(res));
      return;
    case "reset":
      req.socket.destroy();
      return;
    case "malformed":
      res
        .status(fault.status ?? 200)
        .type("application/json")
        .send('{"items":[{"name":"Aadhaar Card","uri":');
      return;
    case "truncate":
      rewriteEnd(res, (body) => {
        const half = body.subarray(0, Math.floor(body.length / 2));
        res.setHeader("Content-Length", String(half.length));
        return half;
      });
      return next();
    case "content-type":
      rewriteEnd(res, (body) => {
        res.setHeader("Content-Type", fault.contentType ?? "text/html");
        return body;
      });
      return next();
    case "bad-hmac":
      rewriteEnd(res, (body) => {
        res.setHeader("hmac", createHmac("sha256", "not-the-client-secret").update(body).digest("base64"));
        return body;
      });
      return next();
    case "no-hmac":
      // As some deployments answer: the right bytes without any hmac header.
      rewriteEnd(res, (body) => {
        res.removeHeader("hmac");
        return body;
      });
      return next();
  }
}

/** Lets a fault rewrite the complete response body just before it is sent. */
function rewriteEnd(res: Response, rewrite: (body: Buffer) => Buffer): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  (res as unknown as { end: (...args: unknown[]) => Response }).end = (...args: unknown[]) => {
    const [chunk, encoding] = args;
    if (chunk === undefined || typeof chunk === "function")
      return end(rewrite(Buffer.alloc(0)), ...args.filter((a) => typeof a === "function"));
    const body = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    return end(rewrite(body), ...args.slice(typeof encoding === "string" ? 2 : 1));
  };
}

const DESCRIPTIONS: Record<string, string> = {
  invalid_token: "The access token is invalid",
  invalid_grant: "Authorization code doesn't exist or is invalid for the client",
  invalid_uri: "No file found for given URI",
  aadhaar_not_linked: "Aadhaar is not linked to the account",
  aadhaar_not_available: "Aadhaar is not available",
  record_not_found: "No record found",
  unexpected_error: "Unexpected error",
  partner_service_unresponsive: "Partner service is not responding",
  repository_service_unresponsive: "Repository service is not responding",
  repository_service_configerror: "Repository service configuration error",
  repository_service_resperror: "Repository service response error",
  repository_service_exception: "Repository service exception",
  repository_service_inactive: "Repository service is inactive",
  repository_service_unpublished: "Repository service is unpublished",
};

function errorText(error: string, fallback: string): string {
  return DESCRIPTIONS[error] ?? fallback;
}
