/**
 * One column of sealed (encrypted, `*_enc`) values and how its additional authenticated data is
 * built from the row. Each repository that stores sealed values exports its `sealedColumns`, so key
 * rotation (jobs/key-rotation.job.ts) cannot miss one.
 */
export interface SealedColumn {
  table: string;
  /** The column that names a row (compared as text). */
  key: string;
  column: string;
  /** The fields `aad` reads, as a SELECT list; the key is always selected as `k`. */
  select: string;
  /** Restricts the rows (a `WHERE` condition) when the AAD depends on it. */
  filter?: string;
  aad: (row: Record<string, string>) => string;
}
