import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Typed documents: the typed record and full signature verdict of a certificate XML, encrypted like `json_enc`.
 * Rows stored before stay NULL and are re-mapped from their stored bytes on first read.
 */
export class TypedDocuments1765584000000 implements MigrationInterface {
  name = "TypedDocuments1765584000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE document_contents ADD COLUMN data_enc text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE document_contents DROP COLUMN data_enc`);
  }
}
