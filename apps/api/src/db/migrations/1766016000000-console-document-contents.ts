import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Whether the operator console may show a document's contents on request (revealDocumentContent).
 * Off for every tenant, existing ones included: contents stay hidden until the tenant turns it on.
 */
export class ConsoleDocumentContents1766016000000 implements MigrationInterface {
  name = "ConsoleDocumentContents1766016000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenants ADD COLUMN console_document_contents boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenants DROP COLUMN console_document_contents`);
  }
}
