import { pooledQuery } from "../../db/pooled-query";
import { queryRows } from "../../db/query-rows";
import type { DataSource, EntityManager } from "typeorm";
import type { SealedColumn } from "../../db/sealed-column";

/** `fetched`: the e-Aadhaar the server read from DigiLocker (one per session); `upload`: verifyOfflineAadhaar. */
export type KycOrigin = "fetched" | "upload";

export interface AadhaarKycRow {
  id: string;
  tenant_id: string;
  session_id: string | null;
  origin: KycOrigin;
  source: string;
  masked_aadhaar: string | null;
  record_enc: string;
  photo_enc: string | null;
  signature_verified: boolean;
  signer_fingerprint: string | null;
  generated_at: Date | null;
  created_at: Date;
}

export type NewAadhaarKycRow = Omit<AadhaarKycRow, "created_at" | "origin">;

const COLUMNS = `id, tenant_id, session_id, origin, source, masked_aadhaar, record_enc, photo_enc, signature_verified, signer_fingerprint, generated_at`;

function values(row: NewAadhaarKycRow, origin: KycOrigin): unknown[] {
  return [
    row.id,
    row.tenant_id,
    row.session_id,
    origin,
    row.source,
    row.masked_aadhaar,
    row.record_enc,
    row.photo_enc,
    row.signature_verified,
    row.signer_fingerprint,
    row.generated_at,
  ];
}

/** The additional authenticated data of a sealed `aadhaar_kyc` column. */
export const kycAad = (id: string, column: "record" | "photo") => `aadhaar_kyc:${id}:${column}`;

/** The sealed columns of `aadhaar_kyc` (key rotation). */
export const sealedColumns: SealedColumn[] = (["record", "photo"] as const).map((name) => ({
  table: "aadhaar_kyc",
  key: "id",
  column: `${name}_enc`,
  select: "id::text AS k",
  aad: (row) => kycAad(row.k, name),
}));

export class AadhaarKycRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Retention: the photograph is biometric, so it goes when the tenant's retention period ends, even for live sessions. */
  async dropLapsedPhotos(): Promise<number> {
    return queryRows(
      await this.dataSource.query(
        `UPDATE aadhaar_kyc k SET photo_enc = NULL FROM tenants t
         WHERE k.tenant_id = t.id AND k.photo_enc IS NOT NULL AND k.created_at < now() - make_interval(days => t.retention_days)
         RETURNING k.id`,
      ),
    ).length;
  }

  /** Retention: an upload without a session has no session to end it, so the tenant's retention is its only limit. */
  async deleteLapsedSessionless(): Promise<number> {
    return queryRows(
      await this.dataSource.query(
        `DELETE FROM aadhaar_kyc k USING tenants t
         WHERE k.tenant_id = t.id AND k.session_id IS NULL AND k.created_at < now() - make_interval(days => t.retention_days)
         RETURNING k.id`,
      ),
    ).length;
  }

  /** The e-Aadhaar the server fetched for each session, in one statement. */
  async findFetchedBySessionIds(sessionIds: readonly string[]): Promise<AadhaarKycRow[]> {
    return pooledQuery<AadhaarKycRow>(
      this.dataSource,
      `SELECT * FROM aadhaar_kyc WHERE session_id = ANY($1::uuid[]) AND origin = 'fetched'`,
      [sessionIds],
    );
  }

  /** Each session's newest `limit` uploads, newest first, in one statement. */
  async findUploadsBySessionIds(sessionIds: readonly string[], limit: number): Promise<AadhaarKycRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT k.*, row_number() OVER (PARTITION BY k.session_id ORDER BY k.created_at DESC, k.id DESC) AS n
         FROM aadhaar_kyc k WHERE k.session_id = ANY($1::uuid[]) AND k.origin = 'upload'
       ) ranked WHERE n <= $2 ORDER BY session_id, n`,
      [sessionIds, limit],
    );
  }

  /** Runs `work` in one transaction (a stored record and the event it causes commit together). */
  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Inserts or replaces (on refresh) the session's fetched e-Aadhaar. */
  async saveFetched(
    row: NewAadhaarKycRow,
    manager: Pick<EntityManager, "query"> = this.dataSource,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO aadhaar_kyc (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (session_id) WHERE origin = 'fetched' DO UPDATE SET
         id = EXCLUDED.id, masked_aadhaar = EXCLUDED.masked_aadhaar, record_enc = EXCLUDED.record_enc, photo_enc = EXCLUDED.photo_enc,
         signature_verified = EXCLUDED.signature_verified, signer_fingerprint = EXCLUDED.signer_fingerprint,
         generated_at = EXCLUDED.generated_at, created_at = now()`,
      values(row, "fetched"),
    );
  }

  /** Appends an upload: never an upsert, so it cannot touch the fetched record (the table's check refuses an e-Aadhaar). */
  async insertUpload(
    row: NewAadhaarKycRow,
    manager: Pick<EntityManager, "query"> = this.dataSource,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO aadhaar_kyc (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      values(row, "upload"),
    );
  }
}
