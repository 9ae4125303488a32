import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Live consent status: a status token (hashed) a frontend may watch a consent with, and a trigger that
 * announces every status change on the `lockerkit_consent_status` channel, whichever replica (or job,
 * or operator's SQL) made it. Listeners on every replica forward it to their subscribers.
 */
export class ConsentStatus1765756800000 implements MigrationInterface {
  name = "ConsentStatus1765756800000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_sessions ADD COLUMN status_token_hash text`);
    await q.query(
      `CREATE UNIQUE INDEX consent_sessions_status_token ON consent_sessions (status_token_hash) WHERE status_token_hash IS NOT NULL`,
    );
    await q.query(`CREATE FUNCTION lockerkit_consent_status_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lockerkit_consent_status',
          json_build_object('id', NEW.id, 'tenantId', NEW.tenant_id, 'status', NEW.status, 'updatedAt', NEW.updated_at)::text);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER consent_sessions_status_notify AFTER UPDATE OF status ON consent_sessions
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION lockerkit_consent_status_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER consent_sessions_status_notify ON consent_sessions`);
    await q.query(`DROP FUNCTION lockerkit_consent_status_notify()`);
    await q.query(`DROP INDEX consent_sessions_status_token`);
    await q.query(`ALTER TABLE consent_sessions DROP COLUMN status_token_hash`);
  }
}
