import DataLoader from "dataloader";
import type { TenantEntity } from "../../db/entities/tenant.entity";
import type { Services } from "../../graphql/services";
import { byKey } from "../../util/by-key";

declare module "../../graphql/context" {
  interface Loaders {
    tenant: DataLoader<string, TenantEntity | null>;
  }
}

/** Tenants by id for one operation. */
export const tenantLoaders = {
  tenant: (services: Services) =>
    new DataLoader<string, TenantEntity | null>(async (ids) =>
      byKey(ids, await services.tenants.findByIds(ids), (t) => t.id),
    ),
};
