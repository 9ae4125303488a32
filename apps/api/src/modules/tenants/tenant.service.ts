import { randomUUID } from "node:crypto";
import { newSecret, sha256Hex } from "../../crypto/hashing";
import type { EncryptionService } from "../../crypto/encryption.service";
import { TenantEntity } from "../../db/entities/tenant.entity";
import { tenantSecretAad } from "./tenant.repository";
import type { TenantRepository } from "./tenant.repository";

export type TenantKeyKind = "publishable" | "secret";

export interface TenantKeys {
  publishableKey: string;
  secretKey: string;
}

export interface NewTenant {
  name: string;
  returnUrls: string[];
  origins: string[];
}

export interface TenantPolicy {
  returnPhotos?: boolean;
  retentionDays?: number;
  /** How old a KYC artefact may be for `freshness.withinLimit`: 60 s … 10 years. */
  kycMaxAgeSeconds?: number;
  /** How long a KYC receipt is valid (its `exp`): 60 s … 10 years; 30 days by default. */
  receiptLifetimeSeconds?: number;
  returnUrls?: string[];
  origins?: string[];
  /** Whether the console may show a document's contents on request (revealDocumentContent); off by default. */
  consoleDocumentContents?: boolean;
  /** Own DigiLocker partner credentials (the secret is stored encrypted); `null` reverts to the default client. */
  digilocker?: { clientId: string; clientSecret: string; redirectUri?: string } | null;
}

/** Three days: how long an offline e-KYC is commonly accepted. */
export const DEFAULT_KYC_MAX_AGE_S = 259_200;
const MAX_KYC_MAX_AGE_S = 315_360_000;
const PATTERN = /^https?:\/\/[^/:]+(:(\d+|\*))?(\/.*)?$/;

/** A policy or tenant input the CLI and the console refuse alike; `field` names the GraphQL input field. */
export class TenantInputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class TenantService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly crypto: EncryptionService,
  ) {}

  /** Resolves an `lk_pk_…` / `lk_sk_…` key; keys are compared by hash only. */
  findByKey(kind: TenantKeyKind, key: string): Promise<TenantEntity | null> {
    return this.tenants.findByKeyHash(kind, sha256Hex(key));
  }

  findById(id: string): Promise<TenantEntity | null> {
    return this.tenants.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<TenantEntity[]> {
    return this.tenants.findByIds(ids);
  }

  list(): Promise<TenantEntity[]> {
    return this.tenants.list();
  }

  /** Creates a tenant; its keys are returned once and only their hashes are kept. */
  async create(input: NewTenant): Promise<{ tenant: TenantEntity; keys: TenantKeys }> {
    if (!input.name.trim()) throw new TenantInputError("--name is required");
    if (input.returnUrls.length === 0) throw new TenantInputError("at least one --return-url is required");
    this.checkPatterns([...input.returnUrls, ...input.origins]);
    const keys = { publishableKey: newSecret("lk_pk_"), secretKey: newSecret("lk_sk_") };
    const tenant = Object.assign(new TenantEntity(), {
      id: randomUUID(),
      name: input.name.trim(),
      publishableKeyHash: sha256Hex(keys.publishableKey),
      secretKeyHash: sha256Hex(keys.secretKey),
      allowedReturnUrls: input.returnUrls,
      allowedOrigins: input.origins,
      returnPhotos: false,
      retentionDays: 30,
      kycMaxAgeSeconds: DEFAULT_KYC_MAX_AGE_S,
      consoleDocumentContents: false,
      isDemo: false,
    });
    return { tenant: await this.tenants.save(tenant), keys };
  }

  /** New keys replace the old ones at once (the old ones stop working). */
  async rotateKeys(id: string): Promise<TenantKeys> {
    const tenant = await this.require(id);
    const keys = { publishableKey: newSecret("lk_pk_"), secretKey: newSecret("lk_sk_") };
    tenant.publishableKeyHash = sha256Hex(keys.publishableKey);
    tenant.secretKeyHash = sha256Hex(keys.secretKey);
    await this.tenants.save(tenant);
    return keys;
  }

  async setPolicy(id: string, policy: TenantPolicy): Promise<TenantEntity> {
    const tenant = await this.require(id);
    if (
      policy.retentionDays !== undefined &&
      (!Number.isInteger(policy.retentionDays) || policy.retentionDays < 1 || policy.retentionDays > 3650)
    ) {
      throw new TenantInputError("--retention-days must be 1…3650", "retentionDays");
    }
    const { kycMaxAgeSeconds } = policy;
    if (
      kycMaxAgeSeconds !== undefined &&
      (!Number.isInteger(kycMaxAgeSeconds) || kycMaxAgeSeconds < 60 || kycMaxAgeSeconds > MAX_KYC_MAX_AGE_S)
    ) {
      throw new TenantInputError(`--kyc-max-age must be 60…${MAX_KYC_MAX_AGE_S} seconds`, "kycMaxAgeSeconds");
    }
    const { receiptLifetimeSeconds } = policy;
    if (
      receiptLifetimeSeconds !== undefined &&
      (!Number.isInteger(receiptLifetimeSeconds) ||
        receiptLifetimeSeconds < 60 ||
        receiptLifetimeSeconds > MAX_KYC_MAX_AGE_S)
    ) {
      throw new TenantInputError(
        `--receipt-lifetime must be 60…${MAX_KYC_MAX_AGE_S} seconds`,
        "receiptLifetimeSeconds",
      );
    }
    // The CLI cannot pass an empty list; the console can, and a tenant without return URLs could start no consent.
    if (policy.returnUrls?.length === 0)
      throw new TenantInputError("at least one --return-url is required", "returnUrls");
    this.checkPatterns(policy.returnUrls ?? [], "returnUrls");
    this.checkPatterns(policy.origins ?? [], "origins");
    if (receiptLifetimeSeconds !== undefined) tenant.receiptLifetimeSeconds = receiptLifetimeSeconds;
    if (policy.returnPhotos !== undefined) tenant.returnPhotos = policy.returnPhotos;
    if (policy.consoleDocumentContents !== undefined)
      tenant.consoleDocumentContents = policy.consoleDocumentContents;
    if (policy.retentionDays !== undefined) tenant.retentionDays = policy.retentionDays;
    if (kycMaxAgeSeconds !== undefined) tenant.kycMaxAgeSeconds = kycMaxAgeSeconds;
    if (policy.returnUrls?.length) tenant.allowedReturnUrls = policy.returnUrls;
    if (policy.origins !== undefined) tenant.allowedOrigins = policy.origins;
    if (policy.digilocker === null) {
      Object.assign(tenant, {
        digilockerClientId: null,
        digilockerClientSecretEnc: null,
        digilockerRedirectUri: null,
      });
    } else if (policy.digilocker) {
      const { clientId, clientSecret, redirectUri } = policy.digilocker;
      if (!clientId || !clientSecret)
        throw new TenantInputError("DigiLocker credentials need both a client id and a client secret");
      if (redirectUri !== undefined && !/^https?:\/\/[^\s]+$/.test(redirectUri))
        throw new TenantInputError("--digilocker-redirect-uri must be an http(s) URL");
      tenant.digilockerClientId = clientId;
      tenant.digilockerClientSecretEnc = this.crypto.encrypt(clientSecret, tenantSecretAad(tenant.id));
      tenant.digilockerRedirectUri = redirectUri ?? null;
    }
    return this.tenants.save(tenant);
  }

  private async require(id: string): Promise<TenantEntity> {
    const tenant = /^[0-9a-f-]{36}$/i.test(id) ? await this.tenants.findById(id) : null;
    if (!tenant) throw new TenantInputError(`no tenant ${id}`);
    return tenant;
  }

  private checkPatterns(patterns: string[], field?: string): void {
    const bad = patterns.find((p) => !PATTERN.test(p));
    if (bad)
      throw new TenantInputError(`"${bad.slice(0, 200)}" is not scheme://host[:port|:*][/path]`, field);
  }
}
