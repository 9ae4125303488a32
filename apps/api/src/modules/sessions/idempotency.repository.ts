import type { DataSource } from "typeorm";

/**
 * Idempotency keys of mutations other than startConsent (whose key lives on its session): the first
 * use records the request's fingerprint under (tenant, scope, operation, key), `scope` being the
 * caller (see `idempotencyScope`), so two callers of one tenant never share a key; the primary key
 * makes that first use win under any concurrency, and later uses are compared with it.
 */
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the key, or returns the fingerprint it was first used with. */
  async remember(
    tenantId: string,
    scope: string,
    operation: string,
    key: string,
    fingerprint: string,
    sessionId: string | null,
  ): Promise<{ fingerprint: string; first: boolean }> {
    const inserted: Array<{ fingerprint: string }> = await this.dataSource.query(
      `INSERT INTO idempotency_keys (tenant_id, scope, operation, key, fingerprint, session_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, scope, operation, key) DO NOTHING RETURNING fingerprint`,
      [tenantId, scope, operation, key, fingerprint, sessionId],
    );
    if (inserted.length) return { fingerprint, first: true };
    const rows: Array<{ fingerprint: string }> = await this.dataSource.query(
      `SELECT fingerprint FROM idempotency_keys WHERE tenant_id = $1 AND scope = $2 AND operation = $3 AND key = $4`,
      [tenantId, scope, operation, key],
    );
    return { fingerprint: rows[0]?.fingerprint ?? fingerprint, first: false };
  }
}
