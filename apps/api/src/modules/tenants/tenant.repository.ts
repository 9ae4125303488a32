import type { DataSource, Repository } from "typeorm";
import { TenantEntity } from "../../db/entities/tenant.entity";

export class TenantRepository {
  private readonly repo: Repository<TenantEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(TenantEntity);
  }

  findByKeyHash(kind: "publishable" | "secret", hash: string): Promise<TenantEntity | null> {
    return this.repo.findOneBy(kind === "publishable" ? { publishableKeyHash: hash } : { secretKeyHash: hash });
  }

  findById(id: string): Promise<TenantEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findDemo(): Promise<TenantEntity | null> {
    return this.repo.findOneBy({ isDemo: true });
  }

  save(tenant: TenantEntity): Promise<TenantEntity> {
    return this.repo.save(tenant);
  }
}
