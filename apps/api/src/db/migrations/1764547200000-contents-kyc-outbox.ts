import type { MigrationInterface, QueryRunner } from "typeorm";

export class ContentsKycOutbox1764547200000 implements MigrationInterface {
  name = "ContentsKycOutbox1764547200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenants ADD COLUMN return_photos boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE tenants SET return_photos = true WHERE is_demo`);
    await q.query(`
      CREATE TABLE document_contents (
        document_id uuid NOT NULL REFERENCES issued_documents(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('xml', 'file')),
        mime_type text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        raw_enc text NOT NULL,
        json_enc text,
        hmac_verified boolean NOT NULL,
        signature_verified boolean,
        signer text,
        fingerprint text,
        fetched_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (document_id, kind)
      )`);
    await q.query(`
      CREATE TABLE aadhaar_kyc (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id),
        session_id uuid REFERENCES consent_sessions(id) ON DELETE CASCADE,
        source text NOT NULL,
        masked_aadhaar text,
        record_enc text NOT NULL,
        photo_enc text,
        signature_verified boolean NOT NULL,
        signer_fingerprint text,
        generated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One DigiLocker e-Aadhaar per session; offline uploads may be many.
    await q.query(
      `CREATE UNIQUE INDEX aadhaar_kyc_one_eaadhaar ON aadhaar_kyc (session_id) WHERE source = 'digilocker-eaadhaar'`,
    );
    await q.query(`CREATE INDEX aadhaar_kyc_session ON aadhaar_kyc (session_id, created_at)`);
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        session_id uuid,
        payload_enc text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        done_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE done_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE aadhaar_kyc`);
    await q.query(`DROP TABLE document_contents`);
    await q.query(`ALTER TABLE tenants DROP COLUMN return_photos`);
  }
}
