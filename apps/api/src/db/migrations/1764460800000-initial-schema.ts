import type { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1764460800000 implements MigrationInterface {
  name = "InitialSchema1764460800000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenants (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        publishable_key_hash text NOT NULL UNIQUE,
        secret_key_hash text NOT NULL UNIQUE,
        allowed_return_urls text[] NOT NULL DEFAULT '{}',
        allowed_origins text[] NOT NULL DEFAULT '{}',
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX tenants_one_demo ON tenants (is_demo) WHERE is_demo`);
    await q.query(`
      CREATE TABLE consent_sessions (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id),
        status text NOT NULL CHECK (status IN ('PENDING','EXCHANGING','ACTIVE','DENIED','FAILED','EXPIRED','REAUTH_REQUIRED','ENDED')),
        state_hash text NOT NULL UNIQUE,
        state_enc text NOT NULL,
        pkce_verifier_enc text,
        return_url text NOT NULL,
        purpose text NOT NULL,
        document_types text[] NOT NULL DEFAULT '{}',
        flow text NOT NULL,
        consent_valid_for integer,
        idempotency_key text,
        request_fingerprint text NOT NULL,
        expires_at timestamptz NOT NULL,
        claim_code_hash text UNIQUE,
        claim_expires_at timestamptz,
        session_token_hash text UNIQUE,
        access_token_enc text,
        refresh_token_enc text,
        access_expires_at timestamptz,
        token_version integer NOT NULL DEFAULT 0,
        consent_valid_till timestamptz,
        profile_enc text,
        documents_synced_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX consent_sessions_idempotency ON consent_sessions (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX consent_sessions_tenant_created ON consent_sessions (tenant_id, created_at, id)`,
    );
    await q.query(`
      CREATE TABLE issued_documents (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES consent_sessions(id) ON DELETE CASCADE,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        uri_hmac text NOT NULL,
        uri_enc text NOT NULL,
        name text NOT NULL,
        doctype text,
        description_enc text,
        issuer text,
        issuer_id text,
        issued_on date,
        mime_types text[] NOT NULL DEFAULT '{}',
        UNIQUE (session_id, uri_hmac)
      )`);
    await q.query(`CREATE UNIQUE INDEX issued_documents_keyset ON issued_documents (session_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE issued_documents`);
    await q.query(`DROP TABLE consent_sessions`);
    await q.query(`DROP TABLE tenants`);
  }
}
