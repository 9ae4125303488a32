import type { DataSource } from "typeorm";

/** Readiness: one round trip to the database (throws when it cannot answer). */
export async function pingDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query("SELECT 1");
}
