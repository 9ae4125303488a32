import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reliability (issue 8): the cross-replica refresh lease on consent_sessions, an index for the
 * recovery sweep of sessions stuck in EXCHANGING, and idempotency keys for mutations other than
 * startConsent (whose key lives on the session itself).
 */
export class Reliability1764633600000 implements MigrationInterface {
  name = "Reliability1764633600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE consent_sessions ADD COLUMN refresh_lease_until timestamptz, ADD COLUMN refresh_lease_owner text`,
    );
    await q.query(
      `CREATE INDEX consent_sessions_exchanging ON consent_sessions (updated_at) WHERE status = 'EXCHANGING'`,
    );
    await q.query(`
      CREATE TABLE idempotency_keys (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        operation text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        session_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, operation, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP INDEX consent_sessions_exchanging`);
    await q.query(
      `ALTER TABLE consent_sessions DROP COLUMN refresh_lease_owner, DROP COLUMN refresh_lease_until`,
    );
  }
}
