import type { DataSource } from "typeorm";
import { pooledQuery } from "../../db/pooled-query";
import type { SealedColumn } from "../../db/sealed-column";
import { ConsentSessionRepository } from "../sessions/consent-session.repository";

export interface IssuedDocumentRow {
  id: string;
  seq: string;
  session_id: string;
  uri_hmac: string;
  uri_enc: string;
  name: string;
  doctype: string | null;
  description_enc: string | null;
  issuer: string | null;
  issuer_id: string | null;
  issued_on: string | Date | null;
  mime_types: string[];
  size: string | null;
  parent: string | null;
  item_type: string;
}

export type NewIssuedDocument = Omit<IssuedDocumentRow, "seq">;

export interface PageQuery {
  sessionId: string;
  afterSeq: string | null;
  limit: number;
  doctypes: string[] | null;
  issuerIds: string[] | null;
  /** The total when it is already known (the session's stored count, no filter): the rows are not counted. */
  knownTotal: number | null;
}

const COLUMNS =
  "id, seq::text AS seq, session_id, uri_hmac, uri_enc, name, doctype, description_enc, issuer, issuer_id, issued_on::text AS issued_on, mime_types, size::text AS size, parent, item_type";
const INSERT_CHUNK = 500;

// The page's filter: $1 session, $2 doctypes, $3 issuer ids (null: any).
const PAGE_FILTER = `session_id = $1
  AND ($2::text[] IS NULL OR doctype = ANY($2::text[]))
  AND ($3::text[] IS NULL OR issuer_id = ANY($3::text[]))`;

// The page reads only `limit` ($5) rows after $4 by keyset; the count reads the (session_id, seq) index.
const PAGE_ROWS = `(SELECT coalesce(json_agg(p ORDER BY p.seq::bigint), '[]') FROM (
    SELECT ${COLUMNS} FROM issued_documents
    WHERE ${PAGE_FILTER} AND ($4::bigint IS NULL OR issued_documents.seq > $4::bigint)
    ORDER BY issued_documents.seq LIMIT $5
  ) p)`;
const PAGE_SQL = `SELECT ${PAGE_ROWS} AS page`;
const COUNTED_PAGE_SQL = `SELECT (SELECT count(*) FROM issued_documents WHERE ${PAGE_FILTER}) AS total, ${PAGE_ROWS} AS page`;

/** The additional authenticated data of a sealed `issued_documents` column: the session, the URI's lookup and the column. */
export const documentAad = (sessionId: string, uriHmac: string, column: string) =>
  `issued_documents:${sessionId}:${uriHmac}:${column}`;

/** The sealed columns of `issued_documents` (key rotation). */
export const sealedColumns: SealedColumn[] = (["uri", "description"] as const).map((name) => ({
  table: "issued_documents",
  key: "id",
  column: `${name}_enc`,
  select: "id::text AS k, session_id::text AS s, uri_hmac AS h",
  aad: (row) => documentAad(row.s, row.h, name),
}));

export class IssuedDocumentRepository {
  constructor(
    private readonly dataSource: DataSource,
    /** The session row records when its list was synced (in the same transaction as the list). */
    private readonly sessions = new ConsentSessionRepository(dataSource),
  ) {}

  /**
   * One keyset page plus the filtered total (unless known), in one statement: `seq` is unique per
   * session, so `seq > $after ORDER BY seq` never skips or repeats a row. The page comes back as one
   * JSON array (every column is text or a text array): node-postgres then parses one field, not one
   * per column of every row.
   */
  async page(query: PageQuery): Promise<{ rows: IssuedDocumentRow[]; total: number }> {
    const [result] = await pooledQuery<{ total?: string | number; page: IssuedDocumentRow[] }>(
      this.dataSource,
      query.knownTotal === null ? COUNTED_PAGE_SQL : PAGE_SQL,
      [query.sessionId, query.doctypes, query.issuerIds, query.afterSeq, query.limit],
    );
    return { rows: result.page, total: query.knownTotal ?? Number(result.total) };
  }

  async findOne(sessionId: string, id: string): Promise<IssuedDocumentRow | null> {
    const rows: IssuedDocumentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM issued_documents WHERE session_id = $1 AND id = $2`,
      [sessionId, id],
    );
    return rows[0] ?? null;
  }

  async findByUriHmac(sessionId: string, uriHmac: string): Promise<IssuedDocumentRow | null> {
    const rows: IssuedDocumentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM issued_documents WHERE session_id = $1 AND uri_hmac = $2`,
      [sessionId, uriHmac],
    );
    return rows[0] ?? null;
  }

  /**
   * Replaces the session's list inside one transaction: existing rows keep their id and `seq`
   * (so cursors survive re-syncs), new ones are appended, vanished ones removed. `documents` hold
   * each `uri_hmac` once, so afterwards the session holds exactly `documents.length` rows.
   */
  async replaceAll(sessionId: string, documents: NewIssuedDocument[], syncedAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (let i = 0; i < documents.length; i += INSERT_CHUNK) {
        const chunk = documents.slice(i, i + INSERT_CHUNK);
        const params: unknown[] = [];
        const values = chunk.map((d) => {
          const base = params.length;
          params.push(
            d.id,
            sessionId,
            d.uri_hmac,
            d.uri_enc,
            d.name,
            d.doctype,
            d.description_enc,
            d.issuer,
            d.issuer_id,
            d.issued_on,
            d.mime_types,
            d.size,
            d.parent,
            d.item_type,
          );
          return `(${Array.from({ length: 14 }, (_, k) => `$${base + k + 1}`).join(", ")}, 2)`;
        });
        await manager.query(
          // lookup_version 2: uri_hmac is keyed per tenant (jobs/lookup-rekey.job.ts re-keys version 1 rows).
          `INSERT INTO issued_documents (id, session_id, uri_hmac, uri_enc, name, doctype, description_enc, issuer, issuer_id, issued_on, mime_types, size, parent, item_type, lookup_version)
           VALUES ${values.join(", ")}
           ON CONFLICT (session_id, uri_hmac) DO UPDATE SET
             uri_enc = EXCLUDED.uri_enc, name = EXCLUDED.name, doctype = EXCLUDED.doctype,
             description_enc = EXCLUDED.description_enc, issuer = EXCLUDED.issuer, issuer_id = EXCLUDED.issuer_id,
             issued_on = EXCLUDED.issued_on, mime_types = EXCLUDED.mime_types,
             size = EXCLUDED.size, parent = EXCLUDED.parent, item_type = EXCLUDED.item_type`,
          params,
        );
      }
      await manager.query(
        `DELETE FROM issued_documents WHERE session_id = $1 AND NOT (uri_hmac = ANY($2::text[]))`,
        [sessionId, documents.map((d) => d.uri_hmac)],
      );
      await this.sessions.markDocumentsSynced(manager, sessionId, syncedAt, documents.length);
    });
  }

  /** A page of rows still keyed by the global URI HMAC (lookup_version 1), by id after `after`. */
  async legacyLookups(after: string, limit: number): Promise<LegacyLookupRow[]> {
    return this.dataSource.query(
      `SELECT d.id::text AS id, d.session_id::text AS session_id, s.tenant_id::text AS tenant_id, d.uri_hmac, d.uri_enc, d.description_enc
       FROM issued_documents d JOIN consent_sessions s ON s.id = d.session_id
       WHERE d.lookup_version = 1 AND d.id > $1 ORDER BY d.id LIMIT $2`,
      [after, limit],
    );
  }

  /**
   * Compare-and-swap of a legacy row to its tenant's lookup (and values sealed with it); when a sync
   * already stored the document under the new value, the legacy copy is dropped instead.
   */
  async rekeyLookup(
    row: LegacyLookupRow,
    next: { uriHmac: string; uriEnc: string; descriptionEnc: string | null },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE issued_documents SET uri_hmac = $1, uri_enc = $2, description_enc = $3, lookup_version = 2
       WHERE id = $4 AND lookup_version = 1 AND uri_hmac = $5
         AND NOT EXISTS (SELECT 1 FROM issued_documents o WHERE o.session_id = $6 AND o.uri_hmac = $1)`,
      [next.uriHmac, next.uriEnc, next.descriptionEnc, row.id, row.uri_hmac, row.session_id],
    );
    await this.dataSource.query(`DELETE FROM issued_documents WHERE id = $1 AND lookup_version = 1`, [
      row.id,
    ]);
  }
}

export interface LegacyLookupRow {
  id: string;
  session_id: string;
  tenant_id: string;
  uri_hmac: string;
  uri_enc: string;
  description_enc: string | null;
}
