import type { MigrationInterface, QueryRunner } from "typeorm";

/** A session's audit trail is read by session: index it inside each tenant's chain. */
export class SessionAdmin1764979200000 implements MigrationInterface {
  name = "SessionAdmin1764979200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX audit_events_session ON audit_events (tenant_id, session_id, seq) WHERE session_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_session`);
  }
}
