import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Outbox jobs stop after a maximum number of attempts: a job given up keeps its row (kind, attempts,
 * last error) for operators, without its secret payload, and leaves the due index.
 */
export class OutboxGiveUp1765411200000 implements MigrationInterface {
  name = "OutboxGiveUp1765411200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN given_up_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN given_up_at`);
  }
}
