import type { TenantEntity } from "../../db/entities/tenant.entity";
import { Tenant } from "./tenant.type";

export function toTenant(entity: TenantEntity): Tenant {
  return Object.assign(new Tenant(), {
    id: entity.id,
    name: entity.name,
    policy: {
      returnPhotos: entity.returnPhotos,
      consoleDocumentContents: entity.consoleDocumentContents,
      retentionDays: entity.retentionDays,
      kycMaxAgeSeconds: entity.kycMaxAgeSeconds,
      returnUrls: entity.allowedReturnUrls,
      origins: entity.allowedOrigins,
    },
  });
}
