import type { DataSource } from "typeorm";
import type { EncryptionService } from "../crypto/encryption.service";
import type { DocumentsService } from "../modules/documents/documents.service";

interface LegacyDocument {
  id: string;
  session_id: string;
  tenant_id: string;
  uri_hmac: string;
  uri_enc: string;
  description_enc: string | null;
}

interface LegacyContent {
  document_id: string;
  kind: string;
  sha256: string;
}

/**
 * Rewrites rows stored before lookups were keyed per tenant: an issued document's global URI HMAC
 * becomes its tenant's (its encrypted columns, bound to the HMAC, are re-encrypted with it), and a
 * content's plain SHA-256 becomes an encrypted one. Runs at boot; every write is a compare-and-swap
 * on the legacy value, so replicas booting together never undo each other, and document ids stay.
 */
export async function rekeyLookups(
  dataSource: DataSource,
  crypto: EncryptionService,
  documents: DocumentsService,
  batch = 200,
): Promise<{ rewritten: number; unreadable: number }> {
  let rewritten = 0;
  let unreadable = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows: LegacyDocument[] = await dataSource.query(
      `SELECT d.id::text AS id, d.session_id::text AS session_id, s.tenant_id::text AS tenant_id, d.uri_hmac, d.uri_enc, d.description_enc
       FROM issued_documents d JOIN consent_sessions s ON s.id = d.session_id
       WHERE d.lookup_version = 1 AND d.id > $1 ORDER BY d.id LIMIT $2`,
      [after, batch],
    );
    for (const row of rows) {
      after = row.id;
      let uri: string;
      let description: string | null;
      try {
        uri = crypto.decrypt(row.uri_enc, documents.aad(row.session_id, row.uri_hmac, "uri"));
        description = row.description_enc ? crypto.decrypt(row.description_enc, documents.aad(row.session_id, row.uri_hmac, "description")) : null;
      } catch {
        // Reads of this row fail the same way; the boot must not. Left as it is, counted for the log.
        unreadable++;
        continue;
      }
      const next = documents.uriHmac(row.tenant_id, uri);
      await dataSource.query(
        `UPDATE issued_documents SET uri_hmac = $1, uri_enc = $2, description_enc = $3, lookup_version = 2
         WHERE id = $4 AND lookup_version = 1 AND uri_hmac = $5
           AND NOT EXISTS (SELECT 1 FROM issued_documents o WHERE o.session_id = $6 AND o.uri_hmac = $1)`,
        [
          next,
          crypto.encrypt(uri, documents.aad(row.session_id, next, "uri")),
          description === null ? null : crypto.encrypt(description, documents.aad(row.session_id, next, "description")),
          row.id,
          row.uri_hmac,
          row.session_id,
        ],
      );
      // A sync on a re-keyed replica already stored this document under its new value: the legacy copy goes.
      await dataSource.query(`DELETE FROM issued_documents WHERE id = $1 AND lookup_version = 1`, [row.id]);
      rewritten++;
    }
    if (rows.length < batch) break;
  }
  for (;;) {
    const rows: LegacyContent[] = await dataSource.query(
      `SELECT document_id::text AS document_id, kind, sha256 FROM document_contents WHERE sha256 IS NOT NULL LIMIT $1`,
      [batch],
    );
    for (const row of rows) {
      await dataSource.query(`UPDATE document_contents SET sha256_enc = $1, sha256 = NULL WHERE document_id = $2 AND kind = $3 AND sha256 = $4`, [
        crypto.encrypt(row.sha256, `document_contents:${row.document_id}:${row.kind}:sha256`),
        row.document_id,
        row.kind,
        row.sha256,
      ]);
      rewritten++;
    }
    if (rows.length < batch) break;
  }
  return { rewritten, unreadable };
}
