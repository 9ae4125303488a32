import { AppError, ErrorCode } from "./error-codes";

/** SQLSTATE classes and codes that mean "the database is not reachable right now", not "bad query". */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "57014"]);
const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "EAI_AGAIN",
]);
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Query read timeout/i,
  /Client has encountered a connection error/i,
  /Connection is not established/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

/**
 * Whether `error` (a pg error, a TypeORM QueryFailedError wrapping one, or a socket error) says the
 * database is down, restarting, overloaded or too slow — a transient condition worth retrying.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 4; depth++) {
    const e = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (
      typeof e.code === "string" &&
      (UNAVAILABLE_NODE_CODES.has(e.code) || UNAVAILABLE_SQLSTATES.has(e.code) || e.code.startsWith("08"))
    ) {
      return true;
    }
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.some((re) => re.test(e.message as string)))
      return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}

/**
 * The catalogue's answer to a database outage: `UPSTREAM_UNAVAILABLE` (LockerKit's own backing store
 * is a dependency like DigiLocker; the client retries later), HTTP 503 where the transport has a status.
 */
export function databaseUnavailable(): AppError {
  return new AppError(ErrorCode.UPSTREAM_UNAVAILABLE, "the database is unavailable; try again shortly", {
    http: { status: 503, headers: new Map([["retry-after", "2"]]) },
  });
}
