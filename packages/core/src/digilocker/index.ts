export * from "./authorize-options";
export * from "./client";
export * from "./errors";
export { computeDownloadHmac, pullRequestHmac, verifyDownloadHmac } from "./integrity";
export * from "./normalize";
export * from "./parse";
export * from "./pkce";
export {
  Bulkhead,
  DecorrelatedJitter,
  HostResilience,
  countsAgainstCircuit,
  hostResilience,
  type BackoffOptions,
  type BulkheadOptions,
  type CircuitBreakerOptions,
  type CircuitStateName,
  type HostResilienceOptions,
} from "./resilience-policy";
export * from "./types";
