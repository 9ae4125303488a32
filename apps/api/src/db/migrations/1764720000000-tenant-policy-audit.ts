import type { MigrationInterface, QueryRunner } from "typeorm";

export class TenantPolicyAudit1764720000000 implements MigrationInterface {
  name = "TenantPolicyAudit1764720000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE tenants ADD COLUMN retention_days integer NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 1 AND 3650)`,
    );
    // A tenant's own DigiLocker partner credentials (the secret encrypted); the env ones are the default.
    await q.query(`ALTER TABLE tenants ADD COLUMN digilocker_client_id text`);
    await q.query(`ALTER TABLE tenants ADD COLUMN digilocker_client_secret_enc text`);
    await q.query(`ALTER TABLE tenants ADD COLUMN digilocker_redirect_uri text`);
    // Consent ledger: what the user was told and when consent began and ended.
    await q.query(`ALTER TABLE consent_sessions ADD COLUMN notice_version text NOT NULL DEFAULT '2026-11'`);
    await q.query(`ALTER TABLE consent_sessions ADD COLUMN granted_at timestamptz`);
    await q.query(`ALTER TABLE consent_sessions ADD COLUMN withdrawn_at timestamptz`);
    await q.query(`ALTER TABLE consent_sessions ADD COLUMN legal_hold boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE consent_sessions ADD COLUMN purged_at timestamptz`);
    // Ended and purged sessions keep no secret at all, not even the spent state.
    await q.query(`ALTER TABLE consent_sessions ALTER COLUMN state_enc DROP NOT NULL`);
    await q.query(`
      CREATE TABLE audit_events (
        tenant_id uuid NOT NULL REFERENCES tenants(id),
        seq bigint NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        session_id uuid,
        outcome text NOT NULL,
        request_id text,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (tenant_id, seq)
      )`);
    // Append-only: the table refuses UPDATE and DELETE outright.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`);
    await q.query(
      `CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await q.query(`
      CREATE TABLE audit_heads (
        tenant_id uuid PRIMARY KEY REFERENCES tenants(id),
        seq bigint NOT NULL,
        hash text NOT NULL,
        head_mac text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_heads`);
    await q.query(`DROP TRIGGER audit_events_no_change ON audit_events`);
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only`);
    await q.query(`UPDATE consent_sessions SET state_enc = '' WHERE state_enc IS NULL`);
    await q.query(`ALTER TABLE consent_sessions ALTER COLUMN state_enc SET NOT NULL`);
    for (const c of ["purged_at", "legal_hold", "withdrawn_at", "granted_at", "notice_version"])
      await q.query(`ALTER TABLE consent_sessions DROP COLUMN ${c}`);
    await q.query(
      `ALTER TABLE tenants DROP COLUMN retention_days, DROP COLUMN digilocker_client_id, DROP COLUMN digilocker_client_secret_enc, DROP COLUMN digilocker_redirect_uri`,
    );
  }
}
