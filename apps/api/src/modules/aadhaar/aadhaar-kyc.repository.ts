import type { DataSource, EntityManager } from "typeorm";

export interface AadhaarKycRow {
  id: string;
  tenant_id: string;
  session_id: string | null;
  source: string;
  masked_aadhaar: string | null;
  record_enc: string;
  photo_enc: string | null;
  signature_verified: boolean;
  signer_fingerprint: string | null;
  generated_at: Date | null;
  created_at: Date;
}

export class AadhaarKycRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The stored DigiLocker e-Aadhaar of each session, in one statement. */
  async findEAadhaarBySessionIds(sessionIds: readonly string[]): Promise<AadhaarKycRow[]> {
    return this.dataSource.query(
      `SELECT * FROM aadhaar_kyc WHERE session_id = ANY($1::uuid[]) AND source = 'digilocker-eaadhaar'`,
      [sessionIds],
    );
  }

  /** Runs `work` in one transaction (a stored record and the event it causes commit together). */
  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Inserts or replaces (on refresh) the session's e-Aadhaar; other sources are appended. */
  async save(row: Omit<AadhaarKycRow, "created_at">, manager: Pick<EntityManager, "query"> = this.dataSource): Promise<void> {
    const values = [row.id, row.tenant_id, row.session_id, row.source, row.masked_aadhaar, row.record_enc, row.photo_enc, row.signature_verified, row.signer_fingerprint, row.generated_at];
    if (row.source === "digilocker-eaadhaar") {
      await manager.query(
        `INSERT INTO aadhaar_kyc (id, tenant_id, session_id, source, masked_aadhaar, record_enc, photo_enc, signature_verified, signer_fingerprint, generated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (session_id) WHERE source = 'digilocker-eaadhaar' DO UPDATE SET
           id = EXCLUDED.id, masked_aadhaar = EXCLUDED.masked_aadhaar, record_enc = EXCLUDED.record_enc, photo_enc = EXCLUDED.photo_enc,
           signature_verified = EXCLUDED.signature_verified, signer_fingerprint = EXCLUDED.signer_fingerprint,
           generated_at = EXCLUDED.generated_at, created_at = now()`,
        values,
      );
      return;
    }
    await manager.query(
      `INSERT INTO aadhaar_kyc (id, tenant_id, session_id, source, masked_aadhaar, record_enc, photo_enc, signature_verified, signer_fingerprint, generated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      values,
    );
  }
}
