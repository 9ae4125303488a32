import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * KYC receipts: one row per issued receipt holding only its status-list position and revocation
 * (the claims live in the credential the holder keeps), and the tenant's receipt lifetime.
 */
export class KycReceipts1765670400000 implements MigrationInterface {
  name = "KycReceipts1765670400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE kyc_receipt_status_seq MINVALUE 0 START 0`);
    await q.query(`CREATE TABLE kyc_receipts (
      id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
      session_id uuid NOT NULL,
      status_list text NOT NULL,
      status_idx integer NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (status_list, status_idx)
    )`);
    await q.query(`CREATE INDEX kyc_receipts_session ON kyc_receipts (session_id) WHERE revoked_at IS NULL`);
    await q.query(
      `CREATE INDEX kyc_receipts_revoked ON kyc_receipts (status_list) WHERE revoked_at IS NOT NULL`,
    );
    await q.query(`ALTER TABLE tenants ADD COLUMN receipt_lifetime_seconds integer NOT NULL DEFAULT 2592000`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenants DROP COLUMN receipt_lifetime_seconds`);
    await q.query(`DROP TABLE kyc_receipts`);
    await q.query(`DROP SEQUENCE kyc_receipt_status_seq`);
  }
}
