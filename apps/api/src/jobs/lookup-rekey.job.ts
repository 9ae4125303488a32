import type { EncryptionService } from "../crypto/encryption.service";
import {
  contentAad,
  type DocumentContentRepository,
  type DocumentsService,
  type IssuedDocumentRepository,
} from "../modules/documents";

/**
 * Rewrites rows stored before lookups were keyed per tenant: an issued document's global URI HMAC
 * becomes its tenant's (its encrypted columns, bound to the HMAC, are re-encrypted with it), and a
 * content's plain SHA-256 becomes an encrypted one. Runs at boot (partial indexes keep it a probe of
 * nothing once done); every write is a compare-and-swap on the legacy value, so replicas booting
 * together never undo each other, and document ids stay.
 */
export async function rekeyLookups(
  stores: { issued: IssuedDocumentRepository; contents: DocumentContentRepository },
  crypto: EncryptionService,
  documents: DocumentsService,
  batch = 200,
): Promise<{ rewritten: number; unreadable: number }> {
  let rewritten = 0;
  let unreadable = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await stores.issued.legacyLookups(after, batch);
    for (const row of rows) {
      after = row.id;
      let uri: string;
      let description: string | null;
      try {
        uri = crypto.decrypt(row.uri_enc, documents.aad(row.session_id, row.uri_hmac, "uri"));
        description = row.description_enc
          ? crypto.decrypt(row.description_enc, documents.aad(row.session_id, row.uri_hmac, "description"))
          : null;
      } catch {
        // Reads of this row fail the same way; the boot must not. Left as it is, counted for the log.
        unreadable++;
        continue;
      }
      const next = documents.uriHmac(row.tenant_id, uri);
      await stores.issued.rekeyLookup(row, {
        uriHmac: next,
        uriEnc: crypto.encrypt(uri, documents.aad(row.session_id, next, "uri")),
        descriptionEnc:
          description === null
            ? null
            : crypto.encrypt(description, documents.aad(row.session_id, next, "description")),
      });
      rewritten++;
    }
    if (rows.length < batch) break;
  }
  for (;;) {
    const rows = await stores.contents.plainDigests(batch);
    for (const row of rows) {
      await stores.contents.sealDigest(
        row,
        crypto.encrypt(row.sha256, contentAad(row.document_id, `${row.kind}:sha256`)),
      );
      rewritten++;
    }
    if (rows.length < batch) break;
  }
  return { rewritten, unreadable };
}
