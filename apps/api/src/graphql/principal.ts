import type { ConsentSessionEntity } from "../db/entities/consent-session.entity";
import type { TenantEntity } from "../db/entities/tenant.entity";
import { unauthenticated } from "../errors/error-codes";

/** Who is calling: derived once per request from `Authorization: Bearer …`. */
export type Principal =
  | { kind: "anonymous" }
  | { kind: "tenant"; tenant: TenantEntity; key: "publishable" | "secret" }
  | { kind: "session"; sessionId: string; tenantId: string; session: ConsentSessionEntity };

/** The kinds of credential a field admits, given to type-graphql's `@Authorized(...)` (see auth-checker.ts). */
export enum Role {
  PUBLISHABLE_KEY = "PUBLISHABLE_KEY",
  SECRET_KEY = "SECRET_KEY",
  SESSION = "SESSION",
}

/** The role a principal holds; an anonymous caller holds none. */
export function roleOf(principal: Principal): Role | null {
  if (principal.kind === "session") return Role.SESSION;
  if (principal.kind === "tenant") return principal.key === "secret" ? Role.SECRET_KEY : Role.PUBLISHABLE_KEY;
  return null;
}

/**
 * The tenant of a tenant key, in a field whose `@Authorized` admits tenant keys only: the checker has
 * already refused everyone else, so anything else here is a missing decorator, not a caller's mistake.
 */
export function keyTenant(principal: Principal): TenantEntity {
  if (principal.kind !== "tenant")
    throw new Error(`a tenant-key field was reached by a ${principal.kind} principal`);
  return principal.tenant;
}

/**
 * Whose idempotency keys a caller sees: the publishable key's, the secret key's, or one session's.
 * The publishable key is public, so its callers must never reach (or block) the backend's keys.
 */
export function idempotencyScope(principal: Principal): string {
  if (principal.kind === "tenant") return principal.key;
  if (principal.kind === "session") return `session:${principal.sessionId}`;
  throw unauthenticated();
}
