import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { ErrorCode } from "../errors/error-codes";
import { sendBody } from "./send-body";

/** body-parser's error types a client caused, with the reason clients see. */
const CLIENT_ERRORS: Record<string, string> = {
  "entity.parse.failed": "malformed-body",
  "entity.too.large": "too-large",
  "encoding.unsupported": "unsupported-encoding",
  "charset.unsupported": "unsupported-charset",
  "request.aborted": "aborted",
  "request.size.invalid": "size-mismatch",
  "parameters.too.many": "too-large",
};

/**
 * An error no route answered (a malformed or oversized body, an undecodable path), as the client and
 * the log see it. Express's default handler would print `err.stack` to stderr — for a JSON syntax
 * error that quotes the body (claim codes, share codes, mobiles) — and echo it in development. Here
 * the client gets a catalogue error and the log gets the error's type and status only, never its
 * message.
 */
export function refusal(logger: Logger, error: unknown, requestId: string | undefined) {
  const { type, status, name } = (error ?? {}) as { type?: unknown; status?: unknown; name?: unknown };
  const httpStatus = typeof status === "number" && status >= 400 && status < 500 ? status : 500;
  const reason = typeof type === "string" ? (CLIENT_ERRORS[type] ?? null) : null;
  logger.warn(
    {
      requestId,
      errorType: typeof type === "string" ? type : typeof name === "string" ? name : "unknown",
      status: httpStatus,
    },
    "request refused",
  );
  const body =
    httpStatus === 500
      ? {
          message: `internal error (request id ${requestId ?? "unknown"})`,
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
        }
      : {
          message: httpStatus === 413 ? "the request body is too large" : "the request could not be read",
          extensions: { code: "BAD_REQUEST", ...(reason ? { reason } : {}) },
        };
  return { status: httpStatus, body: { errors: [body] } };
}

/** The Express app's last middleware. */
export function errorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const { status, body } = refusal(logger, error, res.locals.requestId as string | undefined);
    res.status(status).json(body);
  };
}

/** The same refusal outside Express (GraphQL POSTs); an answer already under way is cut, as Express does. */
export function refuseRequest(
  logger: Logger,
  error: unknown,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
) {
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  const { status, body } = refusal(logger, error, requestId);
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  sendBody(res, JSON.stringify(body));
}
