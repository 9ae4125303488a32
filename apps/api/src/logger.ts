import pino, { type Logger } from "pino";

// A reader that stops reading must not grow the buffer without bound: past this, lines are dropped.
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/**
 * Structured logs that never carry secrets: known secret-bearing keys are censored wholesale.
 * Lines go to stdout asynchronously: under load the lines of many requests share one write (a write per
 * line cost ≈ 6 % of a `me` request's CPU on the fifth pass's machine; on the sixth pass's, with a
 * drained pipe, the synchronous write was 1–11 % cheaper instead, so neither is clearly better:
 * bench/PROFILE.md); pino flushes what is buffered when the process exits.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      redact: {
        // Defence in depth: nothing logs these keys on purpose, and if something ever does, they are censored.
        paths: [
          "authorization",
          "*.authorization",
          "headers",
          "*.headers",
          "token",
          "*.token",
          "accessToken",
          "refreshToken",
          "code",
          "*.code",
          "state",
          "*.state",
          "verifier",
          "codeVerifier",
          "uri",
          "*.uri",
          "name",
          "*.name",
          "dob",
          "dateOfBirth",
          "*.dateOfBirth",
          "address",
          "*.address",
          "photo",
          "*.photo",
          "aadhaar",
          "uid",
          "mobile",
          "email",
          "body",
          "*.body",
          "query",
          "variables",
          "*.variables",
        ],
        censor: "[redacted]",
      },
    },
    pino.destination({ dest: 1, sync: false, maxLength: MAX_BUFFERED_BYTES }),
  );
}

/**
 * A logger for lines whose fields are fixed and carry nothing secret (the request log): a child of
 * `logger` (its destination, level and bindings) with no redaction paths, whose pass cost ≈ 10 % of a
 * `me` request's CPU (a line: 6.5 µs redacted, 0.9 µs without).
 */
export function unredactedLogger(logger: Logger): Logger {
  return logger.child({}, { redact: [] });
}
