import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Going live: issued documents keep DigiLocker's `size`, `parent` and `type`; a consent keeps the
 * authorize options it was started with (scopes, sign-up hints, the verified mobile), encrypted, so an
 * idempotent replay or a resume asks DigiLocker for the same thing.
 */
export class GoLive1765324800000 implements MigrationInterface {
  name = "GoLive1765324800000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE issued_documents ADD COLUMN size bigint, ADD COLUMN parent text, ADD COLUMN item_type text NOT NULL DEFAULT 'file'`,
    );
    await q.query(`ALTER TABLE consent_sessions ADD COLUMN authorize_options_enc text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_sessions DROP COLUMN authorize_options_enc`);
    await q.query(`ALTER TABLE issued_documents DROP COLUMN size, DROP COLUMN parent, DROP COLUMN item_type`);
  }
}
