import { GraphQLError } from "graphql";
import type { Context } from "./context";

/** Who acted, as the audit trail names it (never a key or token). */
function actorOf(ctx: Context): { actor: string; tenantId: string | null } {
  const p = ctx.principal;
  // The console signs in with the secret key; the header only renames that actor, never grants anything.
  if (p.kind === "tenant" && p.key === "secret" && ctx.client === "console")
    return { actor: "console", tenantId: p.tenant.id };
  if (p.kind === "tenant") return { actor: `tenant:${p.key}`, tenantId: p.tenant.id };
  if (p.kind === "session") return { actor: "session", tenantId: p.tenantId };
  return { actor: "anonymous", tenantId: null };
}

/**
 * Runs a mutation and appends its outcome (`ok` or the error code) to the tenant's audit chain.
 * `subject` names the tenant and session once the result is known (e.g. after a claim).
 * Events carry the request id, so an entry of a session's trail leads to the log line.
 */
export async function audited<T>(
  ctx: Context,
  action: string,
  run: () => Promise<T>,
  subject: (result: T) => { tenantId: string; sessionId: string | null },
  /** The session a failure concerns, when known before running (refresh, end, resume). */
  failedSessionId: string | null = null,
): Promise<T> {
  const { actor, tenantId } = actorOf(ctx);
  try {
    const result = await run();
    const s = subject(result);
    await ctx.services.audit.record({
      tenantId: s.tenantId,
      actor,
      action,
      sessionId: s.sessionId,
      outcome: "ok",
      requestId: ctx.requestId,
    });
    return result;
  } catch (error) {
    if (tenantId) {
      const code = error instanceof GraphQLError ? String(error.extensions.code ?? "ERROR") : "ERROR";
      await ctx.services.audit
        .record({
          tenantId,
          actor,
          action,
          sessionId: failedSessionId,
          outcome: code,
          requestId: ctx.requestId,
        })
        .catch(() => undefined);
    }
    throw error;
  }
}
