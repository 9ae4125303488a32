/**
 * TypeORM's postgres driver answers `query()` with the rows for SELECT, but with `[rows, rowCount]`
 * for UPDATE/DELETE … RETURNING. This returns the rows either way.
 */
export function queryRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
