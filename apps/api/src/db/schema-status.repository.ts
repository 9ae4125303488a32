import type { DataSource } from "typeorm";

/** Read-only questions about the database's state (the doctor asks them; nothing here writes). */
export class SchemaStatusRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Names of the migrations recorded as applied; null when the migrations table does not exist yet. */
  async appliedMigrations(): Promise<Set<string> | null> {
    const [{ present }]: Array<{ present: boolean }> = await this.dataSource.query(
      `SELECT to_regclass('public.migrations') IS NOT NULL AS present`,
    );
    if (!present) return null;
    const rows: Array<{ name: string }> = await this.dataSource.query(`SELECT name FROM migrations`);
    return new Set(rows.map((r) => r.name));
  }

  /** Key ids that stored secrets are encrypted under (`v1.<id>.…`): live tokens, tenant and webhook secrets. */
  async encryptionKeyIdsInUse(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT DISTINCT split_part(v, '.', 2) AS id FROM (
         SELECT access_token_enc AS v FROM consent_sessions WHERE access_token_enc IS NOT NULL
         UNION ALL SELECT digilocker_client_secret_enc FROM tenants WHERE digilocker_client_secret_enc IS NOT NULL
         UNION ALL SELECT secret_enc FROM webhook_endpoints WHERE secret_enc IS NOT NULL
       ) stored ORDER BY 1`,
    );
    return rows.map((r) => r.id);
  }

  /**
   * A few stored ciphertexts with the additional authenticated data they were sealed with (the boot
   * key check). At most `perColumn` rows per column: Postgres stops reading at the first ones it finds.
   */
  async sampleEncryptedValues(perColumn = 3): Promise<Array<{ value: string; aad: string }>> {
    const rows: Array<{ value: string; aad: string }> = await this.dataSource.query(
      `(SELECT access_token_enc AS value, 'consent_sessions:' || id || ':access_token' AS aad FROM consent_sessions WHERE access_token_enc IS NOT NULL LIMIT $1)
       UNION ALL (SELECT profile_enc, 'consent_sessions:' || id || ':profile' FROM consent_sessions WHERE profile_enc IS NOT NULL LIMIT $1)
       UNION ALL (SELECT record_enc, 'aadhaar_kyc:' || id || ':record' FROM aadhaar_kyc WHERE record_enc IS NOT NULL AND record_enc <> '' LIMIT $1)
       UNION ALL (SELECT digilocker_client_secret_enc, 'tenants:' || id || ':digilocker_client_secret' FROM tenants WHERE digilocker_client_secret_enc IS NOT NULL LIMIT $1)
       UNION ALL (SELECT secret_enc, 'webhook_endpoints:' || tenant_id || ':secret' FROM webhook_endpoints WHERE secret_enc IS NOT NULL LIMIT $1)`,
      [perColumn],
    );
    return rows;
  }

  /** Tenants that use their own DigiLocker partner credentials. */
  tenantsWithOwnCredentials(): Promise<
    Array<{ id: string; name: string; client_id: string; secret_enc: string; redirect_uri: string | null }>
  > {
    return this.dataSource.query(
      `SELECT id::text AS id, name, digilocker_client_id AS client_id, digilocker_client_secret_enc AS secret_enc,
              digilocker_redirect_uri AS redirect_uri
       FROM tenants WHERE digilocker_client_id IS NOT NULL AND digilocker_client_secret_enc IS NOT NULL ORDER BY created_at`,
    );
  }
}
