import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Idempotency keys belong to the caller that used them (publishable key, secret key or one session),
 * not to the whole tenant: the public key's callers can no longer meet, or block, the backend's keys.
 * Keys recorded before have no known caller: session keys keep a NULL scope (no caller matches them);
 * endSession keys could only come from the secret key or a session token and are kept as the secret key's.
 */
export class IdempotencyScope1765497600000 implements MigrationInterface {
  name = "IdempotencyScope1765497600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_sessions ADD COLUMN idempotency_scope text`);
    await q.query(`DROP INDEX consent_sessions_idempotency`);
    await q.query(
      `CREATE UNIQUE INDEX consent_sessions_idempotency ON consent_sessions (tenant_id, idempotency_scope, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN scope text NOT NULL DEFAULT 'secret'`);
    await q.query(`ALTER TABLE idempotency_keys ALTER COLUMN scope DROP DEFAULT`);
    await q.query(
      `ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey, ADD PRIMARY KEY (tenant_id, scope, operation, key)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM idempotency_keys a USING idempotency_keys b
      WHERE a.tenant_id = b.tenant_id AND a.operation = b.operation AND a.key = b.key AND a.scope > b.scope`);
    await q.query(
      `ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey, ADD PRIMARY KEY (tenant_id, operation, key)`,
    );
    await q.query(`ALTER TABLE idempotency_keys DROP COLUMN scope`);
    await q.query(`UPDATE consent_sessions SET idempotency_key = NULL WHERE id IN (
      SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY tenant_id, idempotency_key ORDER BY created_at) AS n
        FROM consent_sessions WHERE idempotency_key IS NOT NULL) d WHERE n > 1)`);
    await q.query(`DROP INDEX consent_sessions_idempotency`);
    await q.query(
      `CREATE UNIQUE INDEX consent_sessions_idempotency ON consent_sessions (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(`ALTER TABLE consent_sessions DROP COLUMN idempotency_scope`);
  }
}
