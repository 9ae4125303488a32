import { sha256Hex } from "../../crypto/hashing";
import type { TenantEntity } from "../../db/entities/tenant.entity";
import type { TenantRepository } from "./tenant.repository";

export type TenantKeyKind = "publishable" | "secret";

export class TenantService {
  constructor(private readonly tenants: TenantRepository) {}

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
}
