import type { DataSource } from "typeorm";
import { queryRows } from "../../db/query-rows";
import type { SealedColumn } from "../../db/sealed-column";

export type ContentKind = "xml" | "file";

export interface DocumentContentRow {
  document_id: string;
  kind: ContentKind;
  mime_type: string;
  size: number;
  /** Only on rows written before the digest was encrypted (until the boot-time re-key). */
  sha256: string | null;
  sha256_enc: string | null;
  raw_enc: string;
  json_enc: string | null;
  /** The typed record and signature verdict (`{ document, signature }`); null on rows stored before typed documents. */
  data_enc: string | null;
  hmac_verified: boolean;
  signature_verified: boolean | null;
  signer: string | null;
  fingerprint: string | null;
  fetched_at: Date;
}

/** The additional authenticated data of a sealed `document_contents` column (row identity + column). */
export function contentAad(documentId: string, column: string): string {
  return `document_contents:${documentId}:${column}`;
}

/**
 * The sealed columns of `document_contents` (key rotation). The AAD names the kind (`xml`, `file`),
 * so each column is listed once per kind; `raw_enc` is sealed under the bare kind.
 */
export const sealedColumns: SealedColumn[] = (["xml", "file"] as const).flatMap((kind) =>
  (["raw", "json", "data", "sha256"] as const).map((name) => ({
    table: "document_contents",
    key: "document_id",
    column: `${name}_enc`,
    filter: `kind = '${kind}'`,
    select: "document_id::text AS k",
    aad: (row: Record<string, string>) => contentAad(row.k, name === "raw" ? kind : `${kind}:${name}`),
  })),
);

export class DocumentContentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One statement for any number of documents (the list's DataLoader). */
  async findByDocumentIds(ids: readonly string[]): Promise<DocumentContentRow[]> {
    if (ids.length === 0) return [];
    // The raw bytes stay in the database: lists only need the metadata and parsed JSON, except for rows
    // stored before typed documents, which are re-mapped from their bytes once.
    return this.dataSource.query(
      `SELECT document_id, kind, mime_type, size, sha256, sha256_enc,
              CASE WHEN data_enc IS NULL AND json_enc IS NOT NULL THEN raw_enc END AS raw_enc,
              json_enc, data_enc, hmac_verified, signature_verified, signer, fingerprint, fetched_at
       FROM document_contents WHERE document_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async find(documentId: string, kind: ContentKind): Promise<DocumentContentRow | null> {
    const rows: DocumentContentRow[] = await this.dataSource.query(
      `SELECT * FROM document_contents WHERE document_id = $1 AND kind = $2`,
      [documentId, kind],
    );
    return rows[0] ?? null;
  }

  /** First writer wins; a concurrent duplicate fetch changes nothing. Returns whether this row was stored. */
  async insert(row: DocumentContentRow): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `INSERT INTO document_contents (document_id, kind, mime_type, size, sha256, sha256_enc, raw_enc, json_enc, data_enc, hmac_verified, signature_verified, signer, fingerprint, fetched_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (document_id, kind) DO NOTHING
       RETURNING document_id`,
      [
        row.document_id,
        row.kind,
        row.mime_type,
        row.size,
        row.sha256,
        row.sha256_enc,
        row.raw_enc,
        row.json_enc,
        row.data_enc,
        row.hmac_verified,
        row.signature_verified,
        row.signer,
        row.fingerprint,
        row.fetched_at,
      ],
    );
    return queryRows(result).length === 1;
  }

  /** Stores the typed record of a row stored before typed documents (first writer wins). */
  async setData(documentId: string, kind: ContentKind, dataEnc: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE document_contents SET data_enc = $3 WHERE document_id = $1 AND kind = $2 AND data_enc IS NULL`,
      [documentId, kind, dataEnc],
    );
  }

  /** Contents whose digest is still stored in plain (before per-tenant lookups). */
  async plainDigests(
    limit: number,
  ): Promise<Array<{ document_id: string; kind: ContentKind; sha256: string }>> {
    return this.dataSource.query(
      `SELECT document_id::text AS document_id, kind, sha256 FROM document_contents WHERE sha256 IS NOT NULL LIMIT $1`,
      [limit],
    );
  }

  /** Replaces a plain digest by its sealed form (compare-and-swap on the plain value). */
  async sealDigest(
    row: { document_id: string; kind: ContentKind; sha256: string },
    sha256Enc: string,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE document_contents SET sha256_enc = $1, sha256 = NULL WHERE document_id = $2 AND kind = $3 AND sha256 = $4`,
      [sha256Enc, row.document_id, row.kind, row.sha256],
    );
  }
}
