import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Uploads never land in the DigiLocker slot: every KYC record says whether the server fetched it from
 * DigiLocker (`fetched`, one per session) or it was uploaded (`upload`, never an e-Aadhaar). The
 * constraint, not the code path, keeps them apart.
 */
export class KycUploadOrigin1765065600000 implements MigrationInterface {
  name = "KycUploadOrigin1765065600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE aadhaar_kyc ADD COLUMN origin text`);
    // Before this, an uploaded e-Aadhaar could replace the fetched one, and nothing tells the two apart:
    // drop the session's e-Aadhaar wherever an upload happened (the next read fetches it again from
    // DigiLocker), and the session-less e-Aadhaar uploads the contract now refuses.
    await q.query(`
      DELETE FROM aadhaar_kyc k WHERE k.source = 'digilocker-eaadhaar' AND (k.session_id IS NULL OR EXISTS (
        SELECT 1 FROM audit_events a WHERE a.tenant_id = k.tenant_id AND a.session_id = k.session_id AND a.action = 'kyc.offline-verified'))`);
    await q.query(
      `UPDATE aadhaar_kyc SET origin = CASE WHEN source = 'digilocker-eaadhaar' THEN 'fetched' ELSE 'upload' END`,
    );
    await q.query(`ALTER TABLE aadhaar_kyc ALTER COLUMN origin SET NOT NULL`);
    await q.query(`
      ALTER TABLE aadhaar_kyc ADD CONSTRAINT aadhaar_kyc_origin CHECK (
        (origin = 'fetched' AND session_id IS NOT NULL AND source = 'digilocker-eaadhaar')
        OR (origin = 'upload' AND source <> 'digilocker-eaadhaar'))`);
    await q.query(`DROP INDEX aadhaar_kyc_one_eaadhaar`);
    await q.query(
      `CREATE UNIQUE INDEX aadhaar_kyc_one_fetched ON aadhaar_kyc (session_id) WHERE origin = 'fetched'`,
    );
    // Retention of uploads made with the secret key and no session.
    await q.query(
      `CREATE INDEX aadhaar_kyc_sessionless ON aadhaar_kyc (created_at) WHERE session_id IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX aadhaar_kyc_sessionless`);
    await q.query(`DROP INDEX aadhaar_kyc_one_fetched`);
    await q.query(
      `CREATE UNIQUE INDEX aadhaar_kyc_one_eaadhaar ON aadhaar_kyc (session_id) WHERE source = 'digilocker-eaadhaar'`,
    );
    await q.query(`ALTER TABLE aadhaar_kyc DROP CONSTRAINT aadhaar_kyc_origin`);
    await q.query(`ALTER TABLE aadhaar_kyc DROP COLUMN origin`);
  }
}
