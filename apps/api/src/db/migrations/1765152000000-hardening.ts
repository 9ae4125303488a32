import type { MigrationInterface, QueryRunner } from "typeorm";

export class Hardening1765152000000 implements MigrationInterface {
  name = "Hardening1765152000000";

  async up(q: QueryRunner): Promise<void> {
    // Row triggers never see TRUNCATE: without this one it empties the append-only log in one statement.
    await q.query(
      `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
    // Per-tenant lookups: rows with the global URI HMAC are version 1 until the boot-time re-key
    // (jobs/lookup-rekey.job.ts) rewrites them; this release writes version 2 explicitly, so rows an
    // older replica still inserts during a rolling deploy stay version 1 and are re-keyed at next boot.
    await q.query(`ALTER TABLE issued_documents ADD COLUMN lookup_version smallint NOT NULL DEFAULT 1`);
    // The content digest is stored encrypted; the plain column only holds rows not yet re-keyed.
    await q.query(`ALTER TABLE document_contents ADD COLUMN sha256_enc text`);
    await q.query(`ALTER TABLE document_contents ALTER COLUMN sha256 DROP NOT NULL`);
    // The re-key runs at every boot: these keep it an index probe of (usually) nothing, never a table scan.
    await q.query(
      `CREATE INDEX issued_documents_lookup_v1 ON issued_documents (id) WHERE lookup_version = 1`,
    );
    await q.query(
      `CREATE INDEX document_contents_plain_sha256 ON document_contents (document_id) WHERE sha256 IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX document_contents_plain_sha256`);
    await q.query(`DROP INDEX issued_documents_lookup_v1`);
    // Lookups re-keyed per tenant cannot be turned back into global ones without the keys: such rows are dropped.
    await q.query(`DELETE FROM document_contents WHERE sha256 IS NULL`);
    await q.query(`ALTER TABLE document_contents ALTER COLUMN sha256 SET NOT NULL`);
    await q.query(`ALTER TABLE document_contents DROP COLUMN sha256_enc`);
    await q.query(`DELETE FROM issued_documents WHERE lookup_version <> 1`);
    await q.query(`ALTER TABLE issued_documents DROP COLUMN lookup_version`);
    await q.query(`DROP TRIGGER audit_events_no_truncate ON audit_events`);
  }
}
