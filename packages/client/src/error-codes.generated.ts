// PLACEHOLDER written by hand until h-frontapi's generator owns this file (same path and exports):
// the API's catalogue (apps/api/src/errors/error-codes.ts) plus the codes Apollo Server answers itself.

/** Every `extensions.code` the LockerKit API answers. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONSENT_PENDING",
  "CONSENT_DENIED",
  "CONSENT_EXPIRED",
  "REAUTH_REQUIRED",
  "AADHAAR_NOT_LINKED",
  "INTEGRITY_FAILED",
  "UPSTREAM_TIMEOUT",
  "UPSTREAM_UNAVAILABLE",
  "UPSTREAM_MISCONFIGURED",
  "RATE_LIMITED",
  "INTERNAL_SERVER_ERROR",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
