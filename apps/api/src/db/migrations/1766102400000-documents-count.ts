import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * How many documents the session's last sync stored: the unfiltered `totalCount` of `documents`
 * without counting the list on every page (a 5 000-document locker cost Postgres ≈ 1 ms a read).
 * No backfill: NULL means "not counted yet", and reads count the rows until the session's next sync.
 */
export class DocumentsCount1766102400000 implements MigrationInterface {
  name = "DocumentsCount1766102400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_sessions ADD COLUMN documents_count integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_sessions DROP COLUMN documents_count`);
  }
}
