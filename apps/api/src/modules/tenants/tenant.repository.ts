import type { DataSource, Repository } from "typeorm";
import { TenantEntity } from "../../db/entities/tenant.entity";
import { EntityRows } from "../../db/entity-rows";
import { pooledQuery } from "../../db/pooled-query";
import type { SealedColumn } from "../../db/sealed-column";

export const tenantSecretAad = (tenantId: string) => `tenants:${tenantId}:digilocker_client_secret`;

/** The sealed column of `tenants` (key rotation): a tenant's own DigiLocker client secret. */
export const sealedColumns: SealedColumn[] = [
  {
    table: "tenants",
    key: "id",
    column: "digilocker_client_secret_enc",
    select: "id::text AS k",
    aad: (row) => tenantSecretAad(row.k),
  },
];

export class TenantRepository {
  private readonly repo: Repository<TenantEntity>;
  private readonly rows: EntityRows<TenantEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(TenantEntity);
    this.rows = new EntityRows(dataSource, TenantEntity);
  }

  findByKeyHash(kind: "publishable" | "secret", hash: string): Promise<TenantEntity | null> {
    return this.repo.findOneBy(
      kind === "publishable" ? { publishableKeyHash: hash } : { secretKeyHash: hash },
    );
  }

  findById(id: string): Promise<TenantEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** The tenant loader's batch: on the hot path of every session read that applies a tenant's policy. */
  async findByIds(ids: readonly string[]): Promise<TenantEntity[]> {
    const rows = await pooledQuery<{ row: Record<string, unknown> }>(
      this.dataSource,
      "SELECT to_json(t) AS row FROM tenants t WHERE t.id = ANY($1::uuid[])",
      [ids],
    );
    return rows.map(({ row }) => this.rows.fromJson(row));
  }

  /** Every allowed origin of every tenant (for CORS preflights). */
  async allOrigins(): Promise<string[]> {
    const rows: Array<{ origin: string }> = await this.repo.query(
      `SELECT DISTINCT unnest(allowed_origins) AS origin FROM tenants`,
    );
    return rows.map((r) => r.origin);
  }

  list(): Promise<TenantEntity[]> {
    return this.repo.find({ order: { createdAt: "ASC" } });
  }

  findDemo(): Promise<TenantEntity | null> {
    return this.repo.findOneBy({ isDemo: true });
  }

  save(tenant: TenantEntity): Promise<TenantEntity> {
    return this.repo.save(tenant);
  }
}
