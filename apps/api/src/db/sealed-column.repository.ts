import type { DataSource } from "typeorm";
import type { SealedColumn } from "./sealed-column";

/** Reads and rewrites the values of any sealed column (key rotation). */
export class SealedColumnRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Up to `limit` rows of `c` whose value is not sealed under `keyId`, with the fields its AAD needs and the value as `v`. */
  async notUnderKey(c: SealedColumn, keyId: string, limit: number): Promise<Array<Record<string, string>>> {
    return this.dataSource.query(
      `SELECT ${c.select}, ${c.column} AS v FROM ${c.table}
       WHERE ${c.column} IS NOT NULL AND ${c.column} <> '' AND ${c.column} NOT LIKE $1${and(c)} LIMIT $2`,
      [`v1.${keyId}.%`, limit],
    );
  }

  /** Compare-and-swap: replaces `previous` with `next` only if the row still holds `previous`. Returns the rows changed. */
  async swap(c: SealedColumn, key: string, previous: string, next: string): Promise<number> {
    const result: unknown = await this.dataSource.query(
      `UPDATE ${c.table} SET ${c.column} = $1 WHERE ${c.key}::text = $2 AND ${c.column} = $3${and(c)}`,
      [next, key, previous],
    );
    return Array.isArray(result) && typeof result[1] === "number" ? result[1] : 1;
  }
}

function and(c: SealedColumn): string {
  return c.filter ? ` AND ${c.filter}` : "";
}
