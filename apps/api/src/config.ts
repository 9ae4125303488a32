import { isIP } from "node:net";
import { z } from "zod";

const keyList = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/,
    "expected <id>:<base64>[,<id>:<base64>…]",
  );

/** Session tokens never outlive 30 days, whatever the consent's validity. */
export const MAX_SESSION_LIFETIME_S = 30 * 86_400;

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().optional(),
  DATABASE_URL: z.string().url().optional(),
  DIGILOCKER_BASE_URL: z.string().url().optional(),
  /** "1": DIGILOCKER_BASE_URL is a LockerKit sandbox started on its own (its test signer may be trusted). */
  DIGILOCKER_SANDBOX: z.enum(["0", "1"], { message: 'DIGILOCKER_SANDBOX must be "1" or "0"' }).optional(),
  DIGILOCKER_CLIENT_ID: z.string().min(1).optional(),
  DIGILOCKER_CLIENT_SECRET: z.string().min(1).optional(),
  DIGILOCKER_REDIRECT_URI: z.string().url().optional(),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(4100),
  SANDBOX_DIALECT: z.enum(["meripehchaan", "apisetu"]).default("meripehchaan"),
  DIGILOCKER_HMAC: z.enum(["require", "verify-if-present"]).default("require"),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(20),
  LOCKERKIT_DATA_DIR: z.string().default(".data"),
  LOCKERKIT_ENCRYPTION_KEYS: keyList.optional(),
  LOCKERKIT_TRUST_DIRS: z.string().optional(),
  /** KYC receipt signing keys: `<kid>:<base64 PKCS#8 DER of a P-256 key>`, comma-separated; the first signs. */
  LOCKERKIT_RECEIPT_KEYS: keyList.optional(),
  /** The public origin receipts name as `iss` (default: DIGILOCKER_REDIRECT_URI's origin, else the bound URL). */
  LOCKERKIT_PUBLIC_URL: z.string().url().optional(),
  RECEIPT_VCT: z.string().min(1).max(200).optional(),
  DEMO_TENANT_KEY: z
    .string()
    .regex(/^lk_pk_[A-Za-z0-9_-]+$/)
    .optional(),
  DEMO_TENANT_SECRET: z
    .string()
    .regex(/^lk_sk_[A-Za-z0-9_-]+$/)
    .optional(),
  DOCUMENTS_SYNC_WINDOW_S: z.coerce.number().int().min(0).default(300),
  PULL_CATALOGUE_TTL_S: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86_400)
    .default(6 * 3600),
  RECOVERY_EXCHANGING_AFTER_S: z.coerce.number().int().min(1).default(60),
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  CONSENT_WINDOW_S: z.coerce.number().int().min(1).max(3600).default(600),
  RATE_LIMIT_SESSION_PER_MIN: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_TENANT_PER_MIN: z.coerce.number().int().min(1).default(6000),
  RATE_LIMIT_CONSENTS_PER_MIN: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_PUBLISHABLE_PER_IP_PER_MIN: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_PUBLISHABLE_PER_MIN: z.coerce.number().int().min(1).default(6000),
  RATE_LIMIT_PUBLISHABLE_CONSENTS_PER_MIN: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_ANONYMOUS_PER_IP_PER_MIN: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "expected redis://… or rediss://…")
    .optional(),
  RATE_LIMIT_REDIS_PREFIX: z.string().min(1).max(100).default("lockerkit:rl:"),
  TRUST_PROXY: z.string().optional(),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(10_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(5_000),
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  SESSION_MAX_LIFETIME_S: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_SESSION_LIFETIME_S)
    .default(MAX_SESSION_LIFETIME_S),
  SESSION_IDLE_TIMEOUT_S: z.coerce.number().int().min(1).max(MAX_SESSION_LIFETIME_S).default(86_400),
  REQUIRE_CLAIM_VERIFIER: z
    .enum(["0", "1"], { message: 'REQUIRE_CLAIM_VERIFIER must be "1" or "0"' })
    .optional(),
  SUBSCRIPTIONS_PER_TENANT: z.coerce.number().int().min(1).default(200),
  /** "false": the server never migrates Postgres (a migration job runs `npm run migrate`) and refuses a schema behind this build. */
  MIGRATE_ON_BOOT: z
    .enum(["true", "false", "1", "0"], { message: 'MIGRATE_ON_BOOT must be "true" or "false"' })
    .default("true"),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env["NODE_ENV"];
  port: number;
  host: string | undefined;
  /** Unset: embedded PGlite. */
  databaseUrl: string | undefined;
  /** Where PGlite keeps its files; `null` keeps the database in memory (tests). */
  pgliteDir: string | null;
  /**
   * With `pgliteDir: null`: a PGlite data directory dump (`dumpDataDir`, a tar file) the in-memory
   * database starts from instead of an empty cluster. Test runs pass one already migrated, which
   * skips initdb and the migrations; pending migrations still run on top.
   */
  pgliteSeed?: string;
  dataDir: string;
  /** Unset: start the embedded sandbox on `sandboxPort` and use it. */
  digilockerBaseUrl: string | undefined;
  /** `DIGILOCKER_SANDBOX=1`: the `digilockerBaseUrl` given is a LockerKit sandbox, not DigiLocker. */
  digilockerSandbox: boolean;
  digilockerClientId: string | undefined;
  digilockerClientSecret: string | undefined;
  /** Unset: `<the API's own URL>/digilocker/callback`, known once the port is bound. */
  digilockerRedirectUri: string | undefined;
  sandboxPort: number;
  /** Which documented DigiLocker the embedded sandbox speaks. */
  sandboxDialect: "meripehchaan" | "apisetu";
  /** Downloads without an `hmac` header: refused (`require`) or accepted (`verify-if-present`); a wrong one always refused. */
  digilockerHmac: "require" | "verify-if-present";
  /** Attempts per outbox job (queued revokes) before it is given up. */
  outboxMaxAttempts: number;
  encryptionKeys: string | undefined;
  /** ES256 receipt keys (`<kid>:<base64 PKCS#8>,…`); unset outside production: generated into `dataDir`. */
  receiptKeys: string | undefined;
  /** The issuer URL of KYC receipts; unset: derived at boot. */
  publicUrl: string | undefined;
  /** `vct` of KYC receipts. */
  receiptVct: string;
  /** Extra PEM folders or files, trusted as production anchors. */
  trustDirs: string[];
  demoTenantKey: string | undefined;
  demoTenantSecret: string | undefined;
  documentsSyncWindowS: number;
  /** How long DigiLocker's pull catalogue (issuers, doctypes, parameters) is cached; 0 disables. */
  pullCatalogueTtlS: number;
  /** The recovery sweep fails sessions stuck in EXCHANGING (a crashed callback) after this long. */
  recoveryExchangingAfterS: number;
  /** After SIGTERM, how long /readyz answers 503 while still serving, before new connections are refused. */
  shutdownDelayMs: number;
  /** How long a started consent waits for DigiLocker's answer. */
  consentWindowS: number;
  rateLimits: RateLimitsConfig;
  /** Express `trust proxy`: which hops' X-Forwarded-For decide the client IP (false: the socket's peer). */
  trustProxy: TrustProxy;
  /** Webhook delivery: first retry after ~`retryBaseMs` (doubling, jittered), FAILED after `maxAttempts`. */
  webhooks: { retryBaseMs: number; maxAttempts: number; timeoutMs: number; pollIntervalMs: number };
  /** Bearer token for `GET /metrics` in production; unset there, the route answers 404. */
  metricsToken: string | undefined;
  /** Session tokens: absolute lifetime cap (the consent's validity when shorter) and idle timeout. */
  sessionTokens: { maxLifetimeS: number; idleTimeoutS: number };
  /** REQUIRE_CLAIM_VERIFIER=1: `claimSession` needs the `claimVerifier` outside production too (production always does). */
  requireClaimVerifier: boolean;
  /** Open `consentStatusChanged` subscriptions one tenant may hold on one replica. */
  subscriptionsPerTenant: number;
  /** Apply pending migrations at boot (under the advisory lock); false when a migration job runs them. */
  migrateOnBoot: boolean;
}

export class ConfigError extends Error {}

/** Per minute; the first three are the secret key's and each session's, the rest per client IP or public. */
export interface RateLimitsConfig {
  sessionPerMinute: number;
  tenantPerMinute: number;
  consentsPerMinute: number;
  publishablePerIpPerMinute: number;
  publishablePerMinute: number;
  publishableConsentsPerMinute: number;
  anonymousPerIpPerMinute: number;
  /** Unset: counters in memory, per replica. */
  redisUrl: string | undefined;
  redisPrefix: string;
}

/** A hop count or the proxies' addresses/CIDRs/presets; never `true` (any client could name its own IP). */
export type TrustProxy = false | number | string[];

const TRUST_PRESETS = new Set(["loopback", "linklocal", "uniquelocal"]);

function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "false" || text === "0") return false;
  if (/^\d+$/.test(text)) return Number(text);
  if (text === "true")
    throw new ConfigError(
      "invalid environment: TRUST_PROXY=true would let any client choose its IP; give the hop count or the proxies' addresses",
    );
  const entries = text.split(",").map((e) => e.trim());
  const bad = entries.find((e) => !TRUST_PRESETS.has(e) && !isIP(e.split("/")[0]));
  if (bad !== undefined)
    throw new ConfigError(
      `invalid environment: TRUST_PROXY: "${bad}" is not an address, a CIDR or loopback/linklocal/uniquelocal`,
    );
  return entries;
}

/** Parses the environment once, at boot. Production refuses every development default. */
export function loadConfig(
  source: NodeJS.ProcessEnv = process.env,
  options: { checkProduction?: boolean } = {},
): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`invalid environment: ${issues}`);
  }
  const env = parsed.data;
  const config: Config = {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    pgliteDir: `${env.LOCKERKIT_DATA_DIR}/pglite`,
    dataDir: env.LOCKERKIT_DATA_DIR,
    digilockerBaseUrl: env.DIGILOCKER_BASE_URL,
    digilockerSandbox: env.DIGILOCKER_SANDBOX === "1",
    digilockerClientId: env.DIGILOCKER_CLIENT_ID,
    digilockerClientSecret: env.DIGILOCKER_CLIENT_SECRET,
    digilockerRedirectUri: env.DIGILOCKER_REDIRECT_URI,
    sandboxPort: env.SANDBOX_PORT,
    sandboxDialect: env.SANDBOX_DIALECT,
    digilockerHmac: env.DIGILOCKER_HMAC,
    outboxMaxAttempts: env.OUTBOX_MAX_ATTEMPTS,
    encryptionKeys: env.LOCKERKIT_ENCRYPTION_KEYS,
    receiptKeys: env.LOCKERKIT_RECEIPT_KEYS,
    publicUrl: env.LOCKERKIT_PUBLIC_URL,
    receiptVct: env.RECEIPT_VCT ?? "urn:lockerkit:aadhaar-kyc:1",
    trustDirs: (env.LOCKERKIT_TRUST_DIRS ?? "")
      .split(",")
      .map((d) => d.trim())
      .filter(Boolean),
    demoTenantKey: env.DEMO_TENANT_KEY,
    demoTenantSecret: env.DEMO_TENANT_SECRET,
    documentsSyncWindowS: env.DOCUMENTS_SYNC_WINDOW_S,
    pullCatalogueTtlS: env.PULL_CATALOGUE_TTL_S,
    recoveryExchangingAfterS: env.RECOVERY_EXCHANGING_AFTER_S,
    shutdownDelayMs: env.SHUTDOWN_DELAY_MS,
    consentWindowS: env.CONSENT_WINDOW_S,
    rateLimits: {
      sessionPerMinute: env.RATE_LIMIT_SESSION_PER_MIN,
      tenantPerMinute: env.RATE_LIMIT_TENANT_PER_MIN,
      consentsPerMinute: env.RATE_LIMIT_CONSENTS_PER_MIN,
      publishablePerIpPerMinute: env.RATE_LIMIT_PUBLISHABLE_PER_IP_PER_MIN,
      publishablePerMinute: env.RATE_LIMIT_PUBLISHABLE_PER_MIN,
      publishableConsentsPerMinute: env.RATE_LIMIT_PUBLISHABLE_CONSENTS_PER_MIN,
      anonymousPerIpPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_IP_PER_MIN,
      redisUrl: env.RATE_LIMIT_REDIS_URL,
      redisPrefix: env.RATE_LIMIT_REDIS_PREFIX,
    },
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    webhooks: {
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      pollIntervalMs: env.WEBHOOK_POLL_INTERVAL_MS,
    },
    metricsToken: env.METRICS_TOKEN,
    sessionTokens: { maxLifetimeS: env.SESSION_MAX_LIFETIME_S, idleTimeoutS: env.SESSION_IDLE_TIMEOUT_S },
    requireClaimVerifier: env.REQUIRE_CLAIM_VERIFIER === "1",
    subscriptionsPerTenant: env.SUBSCRIPTIONS_PER_TENANT,
    migrateOnBoot: env.MIGRATE_ON_BOOT === "true" || env.MIGRATE_ON_BOOT === "1",
  };
  if (options.checkProduction !== false) assertProductionReady(config);
  return config;
}

/**
 * Whether the upstream is a LockerKit sandbox: the embedded one (no DIGILOCKER_BASE_URL), or one
 * declared with DIGILOCKER_SANDBOX=1. Only then may the sandbox's committed test signer be trusted.
 */
export function isSandboxUpstream(config: Pick<Config, "digilockerBaseUrl" | "digilockerSandbox">): boolean {
  return !config.digilockerBaseUrl || config.digilockerSandbox;
}

/**
 * Production refuses every development default. So does a real DigiLocker upstream whatever NODE_ENV
 * says: a deployment that forgot NODE_ENV would otherwise serve introspection, open metrics and
 * development error pages with real citizens' data, under a generated key.
 */
export function assertProductionReady(config: Config): void {
  const realUpstream = !isSandboxUpstream(config);
  if (config.env !== "production" && !realUpstream) return;
  const refusals: string[] = [];
  if (config.env !== "production")
    refusals.push(
      "NODE_ENV=production is required (introspection, open /metrics and development error pages are development-only)",
    );
  if (!config.encryptionKeys) refusals.push("LOCKERKIT_ENCRYPTION_KEYS is required");
  if (!config.receiptKeys) refusals.push("LOCKERKIT_RECEIPT_KEYS is required (KYC receipt signing keys)");
  if (!config.databaseUrl) refusals.push("DATABASE_URL is required (no embedded PGlite)");
  if (!config.digilockerBaseUrl)
    refusals.push("DIGILOCKER_BASE_URL is required (no embedded sandbox, no demo tenant)");
  if (!config.digilockerClientId || !config.digilockerClientSecret || !config.digilockerRedirectUri) {
    refusals.push("DIGILOCKER_CLIENT_ID, DIGILOCKER_CLIENT_SECRET and DIGILOCKER_REDIRECT_URI are required");
  }
  if (config.demoTenantKey || config.demoTenantSecret)
    refusals.push("DEMO_TENANT_KEY / DEMO_TENANT_SECRET are development-only");
  if (!refusals.length) return;
  if (config.env === "production")
    throw new ConfigError(`refusing to start in production: ${refusals.join("; ")}`);
  throw new ConfigError(
    `refusing to start: DIGILOCKER_BASE_URL (${config.digilockerBaseUrl}) is not declared a LockerKit sandbox, so it is treated as ` +
      `the real DigiLocker and development defaults are refused: ${refusals.join("; ")}. ` +
      "If that URL is a LockerKit sandbox, set DIGILOCKER_SANDBOX=1.",
  );
}
