import type { DataSource } from "typeorm";

/**
 * Idempotency keys of mutations other than startConsent (whose key lives on its session): the first
 * use records the request's fingerprint under (tenant, operation, key); the primary key makes that
 * first use win under any concurrency, and later uses are compared with it.
 */
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the key, or returns the fingerprint it was first used with. */
  async remember(tenantId: string, operation: string, key: string, fingerprint: string, sessionId: string | null): Promise<{ fingerprint: string; first: boolean }> {
    const inserted: Array<{ fingerprint: string }> = await this.dataSource.query(
      `INSERT INTO idempotency_keys (tenant_id, operation, key, fingerprint, session_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, operation, key) DO NOTHING RETURNING fingerprint`,
      [tenantId, operation, key, fingerprint, sessionId],
    );
    if (inserted.length) return { fingerprint, first: true };
    const rows: Array<{ fingerprint: string }> = await this.dataSource.query(
      `SELECT fingerprint FROM idempotency_keys WHERE tenant_id = $1 AND operation = $2 AND key = $3`,
      [tenantId, operation, key],
    );
    return { fingerprint: rows[0]?.fingerprint ?? fingerprint, first: false };
  }
}
