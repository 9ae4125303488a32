import pino, { type Logger } from "pino";

/** Structured logs that never carry secrets: known secret-bearing keys are censored wholesale. */
export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    level,
    redact: {
      paths: ["authorization", "*.authorization", "token", "*.token", "code", "*.code", "state", "*.state", "headers.authorization", "req.headers.authorization"],
      censor: "[redacted]",
    },
  });
}
