import { z } from "zod";

const keyList = z
  .string()
  .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/, "expected <id>:<base64>[,<id>:<base64>…]");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().optional(),
  DATABASE_URL: z.string().url().optional(),
  DIGILOCKER_BASE_URL: z.string().url().optional(),
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
  DEMO_TENANT_KEY: z.string().regex(/^lk_pk_[A-Za-z0-9_-]+$/).optional(),
  DEMO_TENANT_SECRET: z.string().regex(/^lk_sk_[A-Za-z0-9_-]+$/).optional(),
  DOCUMENTS_SYNC_WINDOW_S: z.coerce.number().int().min(0).default(300),
  PULL_CATALOGUE_TTL_S: z.coerce.number().int().min(0).max(7 * 86_400).default(6 * 3600),
  RECOVERY_EXCHANGING_AFTER_S: z.coerce.number().int().min(1).default(60),
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  CONSENT_WINDOW_S: z.coerce.number().int().min(1).max(3600).default(600),
  RATE_LIMIT_SESSION_PER_MIN: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_TENANT_PER_MIN: z.coerce.number().int().min(1).default(6000),
  RATE_LIMIT_CONSENTS_PER_MIN: z.coerce.number().int().min(1).default(60),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(10_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(5_000),
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
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
  dataDir: string;
  /** Unset: start the embedded sandbox on `sandboxPort` and use it. */
  digilockerBaseUrl: string | undefined;
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
  rateLimits: { sessionPerMinute: number; tenantPerMinute: number; consentsPerMinute: number };
  /** Webhook delivery: first retry after ~`retryBaseMs` (doubling, jittered), FAILED after `maxAttempts`. */
  webhooks: { retryBaseMs: number; maxAttempts: number; timeoutMs: number; pollIntervalMs: number };
  /** Bearer token for `GET /metrics` in production; unset there, the route answers 404. */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {}

/** Parses the environment once, at boot. Production refuses every development default. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, options: { checkProduction?: boolean } = {}): Config {
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
    digilockerClientId: env.DIGILOCKER_CLIENT_ID,
    digilockerClientSecret: env.DIGILOCKER_CLIENT_SECRET,
    digilockerRedirectUri: env.DIGILOCKER_REDIRECT_URI,
    sandboxPort: env.SANDBOX_PORT,
    sandboxDialect: env.SANDBOX_DIALECT,
    digilockerHmac: env.DIGILOCKER_HMAC,
    outboxMaxAttempts: env.OUTBOX_MAX_ATTEMPTS,
    encryptionKeys: env.LOCKERKIT_ENCRYPTION_KEYS,
    trustDirs: (env.LOCKERKIT_TRUST_DIRS ?? "").split(",").map((d) => d.trim()).filter(Boolean),
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
    },
    webhooks: {
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      pollIntervalMs: env.WEBHOOK_POLL_INTERVAL_MS,
    },
    metricsToken: env.METRICS_TOKEN,
  };
  if (options.checkProduction !== false) assertProductionReady(config);
  return config;
}

export function assertProductionReady(config: Config): void {
  if (config.env !== "production") return;
  const refusals: string[] = [];
  if (!config.encryptionKeys) refusals.push("LOCKERKIT_ENCRYPTION_KEYS is required");
  if (!config.databaseUrl) refusals.push("DATABASE_URL is required (no embedded PGlite)");
  if (!config.digilockerBaseUrl) refusals.push("DIGILOCKER_BASE_URL is required (no embedded sandbox, no demo tenant)");
  if (!config.digilockerClientId || !config.digilockerClientSecret || !config.digilockerRedirectUri) {
    refusals.push("DIGILOCKER_CLIENT_ID, DIGILOCKER_CLIENT_SECRET and DIGILOCKER_REDIRECT_URI are required");
  }
  if (config.demoTenantKey || config.demoTenantSecret) refusals.push("DEMO_TENANT_KEY / DEMO_TENANT_SECRET are development-only");
  if (refusals.length) throw new ConfigError(`refusing to start in production: ${refusals.join("; ")}`);
}
