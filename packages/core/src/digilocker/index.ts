export * from "./authorize-options";
export * from "./client";
export * from "./errors";
export {
  computeDownloadHmac,
  pullRequestHmac,
  verifyDownloadHmac,
  type DownloadHmacPolicy,
} from "./integrity";
export * from "./normalize";
export * from "./parse";
export * from "./pkce";
export {
  Bulkhead,
  DecorrelatedJitter,
  HostResilience,
  countsAgainstCircuit,
  countsAgainstIssuer,
  hostResilience,
  type BackoffOptions,
  type BulkheadOptions,
  type CircuitBreakerOptions,
  type CircuitStateName,
  type HostResilienceOptions,
} from "./resilience-policy";
export * from "./types";
