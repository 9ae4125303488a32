import { randomUUID } from "node:crypto";
import { DigiLockerError } from "@lockerkit/core";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import { isDatabaseUnavailable } from "./database-error";
import { ApolloErrorCode, ErrorCode } from "./error-codes";
import { fromUpstream } from "./upstream-error.mapper";

const KNOWN = new Set<string>(Object.values(ErrorCode));
// Apollo's own client-facing codes pass through unchanged: Apollo Client's persisted-query link and
// error handlers key on them (PERSISTED_QUERY_NOT_FOUND makes the link resend the full document).
const APOLLO_CLIENT_CODES = new Set<string>(Object.values(ApolloErrorCode));

/**
 * The one place unknown errors are masked: expected failures pass through with their catalogue code;
 * anything else becomes INTERNAL_SERVER_ERROR with a request id, logged server-side only.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (original instanceof DigiLockerError) {
      const mapped = fromUpstream(original);
      if (mapped.extensions.code === ErrorCode.UPSTREAM_MISCONFIGURED) {
        // For the operator: the partner credentials (client id, secret, host) need fixing.
        logger.error(
          { upstream: original.code, status: original.status },
          "DigiLocker refused the partner configuration (check DIGILOCKER_CLIENT_ID/SECRET and the host)",
        );
      }
      return { ...formatted, message: mapped.message, extensions: { code: mapped.extensions.code } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (code && APOLLO_CLIENT_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    // type-graphql's argument validation arrives as an ArgumentValidationError.
    if (original instanceof Error && original.name === "ArgumentValidationError") {
      return {
        message: "invalid input",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (isDatabaseUnavailable(original)) {
      const requestId = randomUUID();
      logger.warn(
        {
          requestId,
          err: original instanceof Error ? { name: original.name, message: original.message } : undefined,
        },
        "database unavailable",
      );
      return {
        message: `the database is unavailable; try again shortly (request id ${requestId})`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, requestId },
      };
    }
    const requestId = randomUUID();
    logger.error(
      {
        requestId,
        err:
          original instanceof Error
            ? { name: original.name, message: original.message, stack: original.stack }
            : undefined,
      },
      "unexpected error",
    );
    return {
      message: `internal error (request id ${requestId})`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}
