import type { DataSource } from "typeorm";
import type { EncryptionService } from "../crypto/encryption.service";

/** Every encrypted column, with how its additional authenticated data is built from the row. */
interface EncryptedColumn {
  table: string;
  key: string;
  column: string;
  select: string;
  filter?: string;
  aad: (row: Record<string, string>) => string;
}

const COLUMNS: EncryptedColumn[] = [
  ...["state", "pkce_verifier", "access_token", "refresh_token", "profile", "authorize_options"].map((name) => ({
    table: "consent_sessions",
    key: "id",
    column: `${name}_enc`,
    select: "id::text AS k",
    aad: (r: Record<string, string>) => `consent_sessions:${r.k}:${name}`,
  })),
  { table: "issued_documents", key: "id", column: "uri_enc", select: "id::text AS k, session_id::text AS s, uri_hmac AS h", aad: (r) => `issued_documents:${r.s}:${r.h}:uri` },
  { table: "issued_documents", key: "id", column: "description_enc", select: "id::text AS k, session_id::text AS s, uri_hmac AS h", aad: (r) => `issued_documents:${r.s}:${r.h}:description` },
  ...(["xml", "file"] as const).flatMap((kind) =>
    (["raw_enc", "json_enc", "data_enc", "sha256_enc"] as const).map((column) => ({
      table: "document_contents",
      key: "document_id",
      column,
      filter: `kind = '${kind}'`,
      select: "document_id::text AS k",
      aad: (r: Record<string, string>) => `document_contents:${r.k}:${column === "raw_enc" ? kind : `${kind}:${column.slice(0, -4)}`}`,
    })),
  ),
  { table: "aadhaar_kyc", key: "id", column: "record_enc", select: "id::text AS k", aad: (r) => `aadhaar_kyc:${r.k}:record` },
  { table: "aadhaar_kyc", key: "id", column: "photo_enc", select: "id::text AS k", aad: (r) => `aadhaar_kyc:${r.k}:photo` },
  { table: "outbox", key: "id", column: "payload_enc", select: "id::text AS k", aad: (r) => `outbox:${r.k}:payload` },
  { table: "webhook_endpoints", key: "tenant_id", column: "secret_enc", select: "tenant_id::text AS k", aad: (r) => `webhook_endpoints:${r.k}:secret` },
];

/**
 * `npm run keys -- rotate`: re-encrypts every value not under the current key. Each write is a
 * compare-and-swap on the old ciphertext, so a row changed meanwhile is never overwritten with stale
 * data (it already carries the current key). Old keys keep decrypting throughout.
 */
export async function rotateKeys(dataSource: DataSource, crypto: EncryptionService, batch = 200): Promise<number> {
  const current = `v1.${crypto.currentKeyId}.%`;
  let rewritten = 0;
  for (const c of COLUMNS) {
    const filter = c.filter ? ` AND ${c.filter}` : "";
    for (;;) {
      const rows: Array<Record<string, string>> = await dataSource.query(
        `SELECT ${c.select}, ${c.column} AS v FROM ${c.table} WHERE ${c.column} IS NOT NULL AND ${c.column} <> '' AND ${c.column} NOT LIKE $1${filter} LIMIT $2`,
        [current, batch],
      );
      let changed = 0;
      for (const row of rows) {
        const next = crypto.reencrypt(row.v, c.aad(row));
        const result: unknown = await dataSource.query(
          `UPDATE ${c.table} SET ${c.column} = $1 WHERE ${c.key}::text = $2 AND ${c.column} = $3${filter}`,
          [next, row.k, row.v],
        );
        const affected = Array.isArray(result) && typeof result[1] === "number" ? result[1] : 1;
        changed += affected;
      }
      rewritten += changed;
      if (rows.length < batch) break;
    }
  }
  return rewritten;
}
