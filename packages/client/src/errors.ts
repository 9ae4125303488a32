import { ERROR_CODES, type ErrorCode, type ErrorReason } from "./error-codes.generated.js";

/**
 * What `LockerKitError.code` can be: a code of the API's catalogue, or `NETWORK_ERROR` when no GraphQL
 * answer arrived at all (the API unreachable, or an answer that is not GraphQL).
 */
export type LockerKitErrorCode = ErrorCode | "NETWORK_ERROR";

/** The fields of a GraphQL error the client reads. */
export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Every failure of the client: a GraphQL error of the API (by `extensions.code`) or a transport failure. */
export class LockerKitError extends Error {
  readonly code: LockerKitErrorCode;
  /** `extensions.reason`, e.g. `expired` / `used` for a claim code, `expired` / `idle` for a session. */
  readonly reason?: string;
  /** The request id the API logged (shown in masked internal errors). */
  readonly requestId?: string;
  /** With RATE_LIMITED: how long to wait. */
  readonly retryAfterSeconds?: number;
  /** With BAD_USER_INPUT: the input field at fault, when the API says. */
  readonly field?: string;
  /** The whole `extensions` object, for anything else. */
  readonly extensions: Record<string, unknown>;

  constructor(message: string, code: LockerKitErrorCode, extensions: Record<string, unknown> = {}) {
    super(message);
    this.name = "LockerKitError";
    this.code = code;
    this.extensions = extensions;
    const str = (key: string) =>
      typeof extensions[key] === "string" ? (extensions[key] as string) : undefined;
    this.reason = str("reason");
    this.requestId = str("requestId");
    this.field = str("field");
    this.retryAfterSeconds =
      typeof extensions.retryAfterSeconds === "number" ? extensions.retryAfterSeconds : undefined;
  }

  /** Builds the error from the first GraphQL error of an answer (an unknown code is kept as sent). */
  static fromGraphQL(error: GraphQLErrorLike): LockerKitError {
    const ext = error.extensions ?? {};
    const code = typeof ext.code === "string" ? (ext.code as ErrorCode) : "INTERNAL_SERVER_ERROR";
    return new LockerKitError(error.message, code, ext);
  }
}

/** Whether a value is a LockerKitError, optionally with one of the given codes. */
export function isLockerKitError(error: unknown, ...codes: LockerKitErrorCode[]): error is LockerKitError {
  return error instanceof LockerKitError && (codes.length === 0 || codes.includes(error.code));
}

export { ERROR_CODES, type ErrorCode, type ErrorReason };
