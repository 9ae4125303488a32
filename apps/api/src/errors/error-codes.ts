import { GraphQLError } from "graphql";

/** The one catalogue of `extensions.code` values clients can switch on. */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONSENT_PENDING: "CONSENT_PENDING",
  CONSENT_DENIED: "CONSENT_DENIED",
  CONSENT_EXPIRED: "CONSENT_EXPIRED",
  REAUTH_REQUIRED: "REAUTH_REQUIRED",
  AADHAAR_NOT_LINKED: "AADHAAR_NOT_LINKED",
  INTEGRITY_FAILED: "INTEGRITY_FAILED",
  UPSTREAM_TIMEOUT: "UPSTREAM_TIMEOUT",
  UPSTREAM_UNAVAILABLE: "UPSTREAM_UNAVAILABLE",
  /** DigiLocker refused this deployment's partner credentials (e.g. 401 `invalid_client_id`): an operator must fix the configuration. */
  UPSTREAM_MISCONFIGURED: "UPSTREAM_MISCONFIGURED",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
};

/** An expected failure: its message is written for the client and safe to show. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
  }
}

export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const unauthenticated = (message = "a valid Authorization: Bearer token is required") =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => new AppError(ErrorCode.FORBIDDEN, message);
