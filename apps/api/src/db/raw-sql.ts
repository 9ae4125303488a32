import type { DataSource } from "typeorm";

/** Any statement, as given: the operators' and tests' escape hatch (`admin.sql`), never used by request paths. */
export function runSql(dataSource: DataSource, query: string, params?: unknown[]): Promise<unknown> {
  return dataSource.query(query, params);
}
