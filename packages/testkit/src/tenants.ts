import { createHash, randomBytes, randomUUID } from "node:crypto";
import { withClient } from "./databases";

export interface Tenant {
  id: string;
  publishableKey: string;
  secretKey: string;
}

/**
 * A tenant written straight into a migrated database, for an API running in another process (the
 * API stores SHA-256 of its keys, as apps/api/src/crypto/hashing.ts does). Return URLs and origins:
 * any port on localhost and 127.0.0.1.
 */
export async function createTenant(databaseUrl: string, name = "testkit"): Promise<Tenant> {
  const tenant = {
    id: randomUUID(),
    publishableKey: `lk_pk_${randomBytes(32).toString("base64url")}`,
    secretKey: `lk_sk_${randomBytes(32).toString("base64url")}`,
  };
  const sha = (v: string) => createHash("sha256").update(v).digest("hex");
  await withClient(databaseUrl, (client) =>
    client.query(
      `INSERT INTO tenants (id, name, publishable_key_hash, secret_key_hash, allowed_return_urls, allowed_origins, return_photos)
       VALUES ($1, $2, $3, $4, $5, $5, false)`,
      [
        tenant.id,
        name,
        sha(tenant.publishableKey),
        sha(tenant.secretKey),
        ["http://localhost:*", "http://127.0.0.1:*"],
      ],
    ),
  );
  return tenant;
}
