import type { ConsentSessionEntity } from "../db/entities/consent-session.entity";
import type { TenantEntity } from "../db/entities/tenant.entity";
import { forbidden, unauthenticated } from "../errors/error-codes";

/** Who is calling: derived once per request from `Authorization: Bearer …`. */
export type Principal =
  | { kind: "anonymous" }
  | { kind: "tenant"; tenant: TenantEntity; key: "publishable" | "secret" }
  | { kind: "session"; sessionId: string; tenantId: string; session: ConsentSessionEntity };

/**
 * Whose idempotency keys a caller sees: the publishable key's, the secret key's, or one session's.
 * The publishable key is public, so its callers must never reach (or block) the backend's keys.
 */
export function idempotencyScope(principal: Principal): string {
  if (principal.kind === "tenant") return principal.key;
  if (principal.kind === "session") return `session:${principal.sessionId}`;
  throw unauthenticated();
}

export function requireTenant(principal: Principal): Extract<Principal, { kind: "tenant" }> {
  if (principal.kind === "tenant") return principal;
  throw principal.kind === "anonymous" ? unauthenticated("a tenant key is required") : forbidden("this operation needs a tenant key, not a session token");
}

export function requireSecretKey(principal: Principal): TenantEntity {
  const tenant = requireTenant(principal);
  if (tenant.key !== "secret") throw forbidden("this operation needs the tenant's secret key");
  return tenant.tenant;
}

export function requireSession(principal: Principal): Extract<Principal, { kind: "session" }> {
  if (principal.kind === "session") return principal;
  throw principal.kind === "anonymous" ? unauthenticated("a session token is required") : forbidden("this operation needs a session token (lk_st_…)");
}
