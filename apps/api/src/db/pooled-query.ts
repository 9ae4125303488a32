import { Pool } from "pg";
import type { DataSource } from "typeorm";

/**
 * A read on the request hot path, sent straight through the data source's node-postgres pool:
 * TypeORM's query runner (built, connected, broadcast to and released on every call) costs more
 * CPU than the statement. It is counted like every other statement. PGlite (no pg pool) goes
 * through the data source.
 */
export async function pooledQuery<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const pool: unknown = (dataSource.driver as { master?: unknown }).master;
  if (!(pool instanceof Pool)) return dataSource.query(sql, params);
  dataSource.logger.logQuery(sql, params);
  return (await pool.query(sql, params)).rows as T[];
}
