import type { ConsentSessionEntity } from "../db/entities/consent-session.entity";
import type { TenantEntity } from "../db/entities/tenant.entity";
import { badInput, forbidden, notFound, unauthenticated } from "../errors/error-codes";
import type { Context } from "./context";
import { keyTenant } from "./principal";
import { UUID } from "../util/uuid";

/**
 * The session an operation acts on: a session token's own session, or — with the tenant's secret key —
 * the session named by `id`. Another tenant's session is indistinguishable from a missing one. Only
 * for fields whose `@Authorized` admits nothing but these two (the checker refused everyone else).
 */
export async function sessionInScope(ctx: Context, id?: string | null): Promise<ConsentSessionEntity> {
  const { principal } = ctx;
  let sessionId: string;
  if (principal.kind === "session") {
    if (id && id !== principal.sessionId) throw notFound("consent session");
    sessionId = principal.sessionId;
  } else if (principal.kind === "tenant" && principal.key === "secret") {
    if (!id) throw badInput("id is required with a tenant secret key", "id");
    sessionId = id;
  } else {
    // Never a caller's mistake: a field lets in more than its `@Authorized` should (publishable key, anonymous).
    throw new Error(`sessionInScope was reached by a ${principal.kind} principal that is not a secret key`);
  }
  const session = UUID.test(sessionId) ? await ctx.loaders.session.load(sessionId) : null;
  const tenantId = principal.kind === "session" ? principal.tenantId : principal.tenant.id;
  if (!session || session.tenantId !== tenantId) throw notFound("consent session");
  return session;
}

export async function tenantOf(ctx: Context, session: ConsentSessionEntity): Promise<TenantEntity> {
  const tenant = await ctx.loaders.tenant.load(session.tenantId);
  if (!tenant) throw notFound("tenant");
  return tenant;
}

/**
 * Whose consent `startConsent` starts: any tenant key for a new session. A re-consent continues
 * someone's data, so it needs the secret key or the session's own token, never the public key.
 */
export async function consentingTenant(ctx: Context, resumeSessionId: string | null): Promise<TenantEntity> {
  const { principal } = ctx;
  if (!resumeSessionId) {
    if (principal.kind === "session")
      throw forbidden("this operation needs a tenant key, not a session token");
    return keyTenant(principal);
  }
  if (principal.kind === "tenant" && principal.key === "publishable") {
    throw forbidden("resuming a session needs the tenant's secret key or the session's own token");
  }
  return tenantOf(ctx, await sessionInScope(ctx, resumeSessionId));
}

/** The caller's tenant: that of any tenant key, or of a session token's session. */
export async function callerTenant(ctx: Context): Promise<TenantEntity> {
  const { principal } = ctx;
  if (principal.kind === "tenant") return principal.tenant;
  if (principal.kind === "session") return tenantOf(ctx, principal.session);
  throw unauthenticated("a tenant key or a session token is required");
}
