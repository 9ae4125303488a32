// @lockerkit/testkit: what every suite that drives a real stack shares (apps/api/test,
// apps/api/test-reliability, bench/, scripts/smoke.mjs). Named re-exports, so ESM importers see them.
export {
  errorCode,
  errorCodeOf,
  errorSummary,
  expectData,
  gql,
  type GqlOptions,
  type GraphQLError,
  type GraphQLResult,
} from "./graphql-client";
export {
  sandboxControls,
  SandboxControls,
  type SandboxPersona,
  type SandboxRequest,
  type SandboxTokenPair,
} from "./sandbox-controls";
export {
  authorize,
  claim,
  followCallback,
  RETURN_URL,
  runConsentJourney,
  startConsent,
  type AuthorizeOptions,
  type ConsentJourney,
  type ConsentJourneyOptions,
  type StartedConsent,
} from "./consent-journey";
export {
  createDatabase,
  createTestDatabase,
  withClient,
  type CreateDatabaseOptions,
  type Database,
  type TestDatabase,
} from "./databases";
export { createTenant, type Tenant } from "./tenants";
export {
  API_MAIN,
  assertBuilt,
  cleanupEverything,
  embeddedDefaultsEnv,
  freePort,
  launch,
  onExit,
  raisedRateLimits,
  ROOT,
  SANDBOX_MAIN,
  sleep,
  startApi,
  startSandbox,
  tempDir,
  waitFor,
  waitForReady,
  type ApiSettings,
  type Proc,
  type SandboxSettings,
} from "./processes";
export { PrivateCluster } from "./private-cluster";
export { generateReceiptKeys } from "./receipt-keys";
export { SECURE_QR_V2_FIELDS, signedSecureQrV2, type SecureQrOptions } from "./secure-qr";
