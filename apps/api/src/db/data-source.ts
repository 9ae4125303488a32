import type { PGliteOptions } from "@electric-sql/pglite";
import { mkdirSync, readFileSync } from "node:fs";
import { DataSource } from "typeorm";
import { ConfigError, type Config } from "../config";
import { ConsentSessionEntity } from "./entities/consent-session.entity";
import { IssuedDocumentEntity } from "./entities/issued-document.entity";
import { TenantEntity } from "./entities/tenant.entity";
import { InitialSchema1764460800000 } from "./migrations/1764460800000-initial-schema";
import { ContentsKycOutbox1764547200000 } from "./migrations/1764547200000-contents-kyc-outbox";
import { Reliability1764633600000 } from "./migrations/1764633600000-reliability";
import { TenantPolicyAudit1764720000000 } from "./migrations/1764720000000-tenant-policy-audit";
import { Webhooks1764806400000 } from "./migrations/1764806400000-webhooks";
import { KycMaxAge1764892800000 } from "./migrations/1764892800000-kyc-max-age";
import { SessionAdmin1764979200000 } from "./migrations/1764979200000-session-admin";
import { KycUploadOrigin1765065600000 } from "./migrations/1765065600000-kyc-upload-origin";
import { Hardening1765152000000 } from "./migrations/1765152000000-hardening";
import { SessionTokens1765238400000 } from "./migrations/1765238400000-session-tokens";
import { GoLive1765324800000 } from "./migrations/1765324800000-golive";
import { OutboxGiveUp1765411200000 } from "./migrations/1765411200000-outbox-give-up";
import { IdempotencyScope1765497600000 } from "./migrations/1765497600000-idempotency-scope";
import { TypedDocuments1765584000000 } from "./migrations/1765584000000-typed-documents";
import { KycReceipts1765670400000 } from "./migrations/1765670400000-kyc-receipts";
import { ConsentStatus1765756800000 } from "./migrations/1765756800000-consent-status";
import { ConsoleDocumentContents1766016000000 } from "./migrations/1766016000000-console-document-contents";
import { DocumentsCount1766102400000 } from "./migrations/1766102400000-documents-count";
import type { QueryCounter } from "./query-counter";
import { serialPGliteDriver } from "./serial-pglite-driver";

export const entities = [TenantEntity, ConsentSessionEntity, IssuedDocumentEntity];
export const migrations = [
  InitialSchema1764460800000,
  ContentsKycOutbox1764547200000,
  Reliability1764633600000,
  TenantPolicyAudit1764720000000,
  Webhooks1764806400000,
  KycMaxAge1764892800000,
  SessionAdmin1764979200000,
  KycUploadOrigin1765065600000,
  Hardening1765152000000,
  SessionTokens1765238400000,
  GoLive1765324800000,
  OutboxGiveUp1765411200000,
  IdempotencyScope1765497600000,
  TypedDocuments1765584000000,
  KycReceipts1765670400000,
  ConsentStatus1765756800000,
  ConsoleDocumentContents1766016000000,
  DocumentsCount1766102400000,
];

/**
 * Pool limits (Postgres only). node-postgres sends `statement_timeout`, `lock_timeout` and
 * `idle_in_transaction_session_timeout` as startup parameters of every connection, so the server
 * enforces them; `connectionTimeoutMillis` bounds waiting for a connection (also when the database
 * is down), `query_timeout` is the client-side backstop when the server does not answer at all.
 */
export const POOL_SETTINGS = {
  max: 10,
  connectionTimeoutMillis: 5_000,
  idleTimeoutMillis: 30_000,
  statement_timeout: 10_000,
  lock_timeout: 5_000,
  idle_in_transaction_session_timeout: 10_000,
  query_timeout: 15_000,
  application_name: "lockerkit-api",
};

/** Advisory lock key (any constant) serialising migrations when replicas boot together. */
const MIGRATION_LOCK = 7_364_633_600;

export interface DatabaseOptions {
  /** Errors of idle pooled connections (e.g. the server restarted); they never crash the process. */
  onPoolError?: (error: Error) => void;
}

/** Postgres over `DATABASE_URL`, else embedded PGlite (on disk, or in memory when `pgliteDir` is null). */
export function createDataSource(
  config: Pick<Config, "databaseUrl" | "pgliteDir" | "pgliteSeed">,
  counter?: QueryCounter,
  options: DatabaseOptions = {},
): DataSource {
  const common = {
    type: "postgres" as const,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    ...(counter ? { logger: counter } : {}),
  };
  if (config.databaseUrl) {
    return new DataSource({
      ...common,
      url: config.databaseUrl,
      extra: POOL_SETTINGS,
      poolErrorHandler: (error: Error) => options.onPoolError?.(error),
    });
  }
  if (config.pgliteDir) mkdirSync(config.pgliteDir, { recursive: true });
  return new DataSource({
    ...common,
    driver: serialPGliteDriver(pgliteOptions(config)),
  });
}

function pgliteOptions({ pgliteDir, pgliteSeed }: Pick<Config, "pgliteDir" | "pgliteSeed">): PGliteOptions {
  if (pgliteDir) return { dataDir: pgliteDir };
  return pgliteSeed ? { loadDataDir: new Blob([readFileSync(pgliteSeed)]) } : {};
}

export async function openDatabase(
  config: Pick<Config, "databaseUrl" | "pgliteDir" | "pgliteSeed"> & Partial<Pick<Config, "migrateOnBoot">>,
  counter?: QueryCounter,
  options: DatabaseOptions = {},
): Promise<DataSource> {
  const dataSource = await createDataSource(config, counter, options).initialize();
  try {
    // PGlite is embedded (one process): it always migrates. Postgres only when told to (MIGRATE_ON_BOOT).
    if (!config.databaseUrl || config.migrateOnBoot !== false)
      await runMigrationsLocked(dataSource, Boolean(config.databaseUrl));
    else await assertMigrated(dataSource);
    return dataSource;
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}

/**
 * Applies pending migrations; on Postgres under an advisory lock, so replicas (or `npm run migrate`
 * jobs) starting together never race: one migrates, the others wait and find nothing to do.
 * Returns the names applied by this call.
 */
export async function runMigrationsLocked(dataSource: DataSource, postgres = true): Promise<string[]> {
  if (!postgres) return (await dataSource.runMigrations({ transaction: "each" })).map((m) => m.name);
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    return (await dataSource.runMigrations({ transaction: "each" })).map((m) => m.name);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await lock.release();
  }
}

/** MIGRATE_ON_BOOT=false: refuse to serve a schema this build does not expect (the migration job has not run yet). */
async function assertMigrated(dataSource: DataSource): Promise<void> {
  const [{ present }]: Array<{ present: boolean }> = await dataSource.query(
    `SELECT to_regclass('public.migrations') IS NOT NULL AS present`,
  );
  const applied = new Set(
    present
      ? ((await dataSource.query(`SELECT name FROM migrations`)) as Array<{ name: string }>).map(
          (r) => r.name,
        )
      : [],
  );
  const pending = migrations.map((m) => new m().name as string).filter((name) => !applied.has(name));
  if (pending.length) {
    throw new ConfigError(
      `refusing to start: the database has ${pending.length} pending migration(s) (${pending.join(", ")}) and MIGRATE_ON_BOOT=false; run \`npm run migrate\` (the migration job) first`,
    );
  }
}
