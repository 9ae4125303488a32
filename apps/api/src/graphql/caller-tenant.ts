import type { TenantEntity } from "../db/entities/tenant.entity";
import { notFound, unauthenticated } from "../errors/error-codes";
import type { Context } from "./context";

/** The caller's tenant: the tenant of any tenant key, or of a session token's session. */
export async function callerTenant(ctx: Context): Promise<TenantEntity> {
  const { principal } = ctx;
  if (principal.kind === "tenant") return principal.tenant;
  if (principal.kind === "anonymous") throw unauthenticated("a tenant key or a session token is required");
  const tenant = await ctx.loaders.tenant.load(principal.tenantId);
  if (!tenant) throw notFound("tenant");
  return tenant;
}
