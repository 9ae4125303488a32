import { DigiLockerClient, type DigiLockerClientOptions } from "@lockerkit/core";
import type { EncryptionService } from "../../crypto/encryption.service";
import type { TenantEntity } from "../../db/entities/tenant.entity";
import { type TenantRepository, tenantSecretAad } from "./tenant.repository";

const CACHE_MS = 60_000;

/**
 * The DigiLocker client for a tenant: its own partner credentials when it has them, else the
 * deployment's (env) credentials. Clients are built once per tenant and credentials revision, and a
 * tenant's row is re-read at most once a minute, so upstream calls cost no extra query.
 */
export class DigiLockerClients {
  private readonly byTenant = new Map<string, { at: number; revision: string; client: DigiLockerClient }>();

  constructor(
    readonly defaultClient: DigiLockerClient,
    /** `onRequest` (metrics, spans) is given to every tenant's client too. */
    private readonly defaults: Pick<
      DigiLockerClientOptions,
      "baseUrl" | "redirectUri" | "onRequest" | "hmac"
    >,
    private readonly tenants: TenantRepository,
    private readonly crypto: EncryptionService,
  ) {}

  forTenant(tenant: TenantEntity): DigiLockerClient {
    if (!tenant.digilockerClientId || !tenant.digilockerClientSecretEnc) return this.defaultClient;
    const revision = `${tenant.digilockerClientId}|${tenant.digilockerClientSecretEnc}|${tenant.digilockerRedirectUri ?? ""}`;
    const cached = this.byTenant.get(tenant.id);
    if (cached && cached.revision === revision) {
      cached.at = Date.now();
      return cached.client;
    }
    const client = new DigiLockerClient({
      baseUrl: this.defaults.baseUrl,
      redirectUri: tenant.digilockerRedirectUri ?? this.defaults.redirectUri,
      clientId: tenant.digilockerClientId,
      clientSecret: this.crypto.decrypt(tenant.digilockerClientSecretEnc, tenantSecretAad(tenant.id)),
      onRequest: this.defaults.onRequest,
      hmac: this.defaults.hmac,
    });
    this.byTenant.set(tenant.id, { at: Date.now(), revision, client });
    return client;
  }

  async forTenantId(tenantId: string | null | undefined): Promise<DigiLockerClient> {
    if (!tenantId) return this.defaultClient;
    const cached = this.byTenant.get(tenantId);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.client;
    const tenant = await this.tenants.findById(tenantId);
    if (!tenant) return this.defaultClient;
    const client = this.forTenant(tenant);
    // Tenants on the default client are remembered too, so they are not looked up on every call.
    if (client === this.defaultClient)
      this.byTenant.set(tenantId, { at: Date.now(), revision: "default", client });
    return client;
  }
}
