import pino, { type Logger } from "pino";

/** Structured logs that never carry secrets: known secret-bearing keys are censored wholesale. */
export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
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
  });
}
