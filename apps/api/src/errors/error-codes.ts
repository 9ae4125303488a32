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

/** Apollo Server's own request-level codes: they pass through unchanged (Apollo Client keys on them). */
export const ApolloErrorCode = {
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  PERSISTED_QUERY_NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  PERSISTED_QUERY_NOT_SUPPORTED: "PERSISTED_QUERY_NOT_SUPPORTED",
  BAD_REQUEST: "BAD_REQUEST",
  OPERATION_RESOLUTION_FAILURE: "OPERATION_RESOLUTION_FAILURE",
} as const;

export type ApolloErrorCode = (typeof ApolloErrorCode)[keyof typeof ApolloErrorCode];

export interface ErrorCodeDoc {
  /** When it happens and what a client should do. */
  meaning: string;
  /** HTTP status of the response, when not 200. */
  http?: number;
  /** `extensions.reason` values it may carry. */
  reasons?: Record<string, string>;
}

/**
 * The catalogue's documentation: `npm run errors:docs` writes docs/errors.md and the client's
 * `ErrorCode` union from it (a test fails when either is stale).
 */
export const ERROR_CATALOGUE: Record<ErrorCode | ApolloErrorCode, ErrorCodeDoc> = {
  UNAUTHENTICATED: {
    meaning:
      "No valid `Authorization: Bearer` token for a field that needs one, or the token is unknown, expired or idle.",
    http: 401,
    reasons: {
      expired: "the session token passed its absolute lifetime",
      idle: "the session token was unused longer than the idle timeout",
    },
  },
  FORBIDDEN: {
    meaning:
      "The token is valid but the wrong kind for this field (e.g. a publishable key on a secret-key field), or the tenant's policy does not allow it.",
    reasons: {
      policy:
        "revealDocumentContent: the tenant policy `consoleDocumentContents` is off (set-policy --console-document-contents on)",
    },
  },
  BAD_USER_INPUT: {
    meaning:
      "An argument is invalid; `extensions.field` names it when known. Fix the input; retrying unchanged fails again.",
    reasons: {
      used: "claimSession: the claim code was already redeemed (or spent by wrong verifiers)",
      expired: "claimSession: the claim code's 2-minute window passed",
      unknown: "claimSession: no such claim code",
    },
  },
  NOT_FOUND: {
    meaning: "The id does not exist in the caller's scope (another tenant's ids are not found either).",
  },
  CONSENT_PENDING: {
    meaning:
      "The user has not finished consenting in DigiLocker yet; wait (consentStatus / consentStatusChanged) and retry.",
  },
  CONSENT_DENIED: { meaning: "The user denied consent in DigiLocker; start a new consent to ask again." },
  CONSENT_EXPIRED: {
    meaning: "The consent or the session is over; start a new consent.",
    reasons: {
      expired: "the consent window or DigiLocker's consent validity passed",
      ended: "the session was ended (endSession or an operator)",
    },
  },
  REAUTH_REQUIRED: {
    meaning:
      "DigiLocker no longer accepts the grant (failed, revoked or another account); start a new consent.",
  },
  AADHAAR_NOT_LINKED: {
    meaning: "The DigiLocker account has no Aadhaar linked, so there is no e-Aadhaar to read.",
  },
  INTEGRITY_FAILED: {
    meaning: "DigiLocker's bytes were damaged in transit (hmac mismatch); nothing was stored. Retry.",
  },
  UPSTREAM_TIMEOUT: { meaning: "DigiLocker did not answer within the deadline. Retry later." },
  UPSTREAM_UNAVAILABLE: {
    meaning: "DigiLocker (or the database) is unavailable or the circuit breaker is open. Retry later.",
  },
  UPSTREAM_MISCONFIGURED: {
    meaning:
      "DigiLocker refused this deployment's partner credentials; an operator must fix the configuration.",
  },
  RATE_LIMITED: {
    meaning:
      "A rate limit or subscription cap was reached; wait `extensions.retryAfterSeconds` (also the Retry-After header).",
    http: 429,
  },
  INTERNAL_SERVER_ERROR: {
    meaning: "An unexpected error, masked; `extensions.requestId` matches the server's log line.",
  },
  GRAPHQL_PARSE_FAILED: {
    meaning: "Apollo: the document is not valid GraphQL syntax (or exceeds the token limit).",
    http: 400,
  },
  GRAPHQL_VALIDATION_FAILED: {
    meaning:
      "Apollo: the document does not validate against the schema (unknown field, wrong argument type, too deep).",
    http: 400,
  },
  PERSISTED_QUERY_NOT_FOUND: {
    meaning:
      "Apollo: an automatic persisted query hash the server does not know yet; the persisted-query link resends the full document.",
  },
  PERSISTED_QUERY_NOT_SUPPORTED: { meaning: "Apollo: persisted queries are disabled on this server." },
  BAD_REQUEST: {
    meaning: "Apollo: the HTTP request is malformed (no query, bad JSON, missing CSRF preflight header).",
    http: 400,
  },
  OPERATION_RESOLUTION_FAILURE: {
    meaning: "Apollo: `operationName` names no operation in the document, or several operations without one.",
    http: 400,
  },
};

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
export const forbidden = (message: string, reason?: string) =>
  new AppError(ErrorCode.FORBIDDEN, message, reason ? { reason } : {});
