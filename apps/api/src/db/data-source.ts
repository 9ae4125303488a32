import { mkdirSync } from "node:fs";
import { DataSource } from "typeorm";
import type { Config } from "../config";
import { ConsentSessionEntity } from "./entities/consent-session.entity";
import { IssuedDocumentEntity } from "./entities/issued-document.entity";
import { TenantEntity } from "./entities/tenant.entity";
import { InitialSchema1764460800000 } from "./migrations/1764460800000-initial-schema";
import { ContentsKycOutbox1764547200000 } from "./migrations/1764547200000-contents-kyc-outbox";
import type { QueryCounter } from "./query-counter";
import { serialPGliteDriver } from "./serial-pglite-driver";

export const entities = [TenantEntity, ConsentSessionEntity, IssuedDocumentEntity];
export const migrations = [InitialSchema1764460800000, ContentsKycOutbox1764547200000];

/** Postgres over `DATABASE_URL`, else embedded PGlite (on disk, or in memory when `pgliteDir` is null). */
export function createDataSource(config: Pick<Config, "databaseUrl" | "pgliteDir">, counter?: QueryCounter): DataSource {
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
      extra: {
        max: 10,
        connectionTimeoutMillis: 5_000,
        statement_timeout: 10_000,
        idle_in_transaction_session_timeout: 10_000,
      },
    });
  }
  if (config.pgliteDir) mkdirSync(config.pgliteDir, { recursive: true });
  return new DataSource({
    ...common,
    driver: serialPGliteDriver(config.pgliteDir ? { dataDir: config.pgliteDir } : {}),
  });
}

export async function openDatabase(config: Pick<Config, "databaseUrl" | "pgliteDir">, counter?: QueryCounter): Promise<DataSource> {
  const dataSource = await createDataSource(config, counter).initialize();
  await dataSource.runMigrations({ transaction: "each" });
  return dataSource;
}
