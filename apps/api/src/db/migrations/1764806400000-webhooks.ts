import type { MigrationInterface, QueryRunner } from "typeorm";

export class Webhooks1764806400000 implements MigrationInterface {
  name = "Webhooks1764806400000";

  async up(q: QueryRunner): Promise<void> {
    // One endpoint per tenant; the signing secret is encrypted (AAD `webhook_endpoints:<tenant>:secret`).
    await q.query(`
      CREATE TABLE webhook_endpoints (
        tenant_id uuid PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
        url text NOT NULL,
        events text[] NOT NULL,
        secret_enc text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Events hold only ids and statuses, so the body is stored as delivered (and signed) in plain text.
    // `seq` orders a session's events: one is attempted only once every earlier one is delivered or failed.
    await q.query(`
      CREATE TABLE webhook_events (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        session_id uuid,
        type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX webhook_events_due ON webhook_events (next_attempt_at) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX webhook_events_session_pending ON webhook_events (session_id, seq) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX webhook_events_tenant_seq ON webhook_events (tenant_id, seq)`);
    await q.query(`
      CREATE TABLE webhook_attempts (
        event_id uuid NOT NULL REFERENCES webhook_events(id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        status_code integer,
        error text,
        duration_ms integer NOT NULL,
        PRIMARY KEY (event_id, attempt)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_attempts`);
    await q.query(`DROP TABLE webhook_events`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
