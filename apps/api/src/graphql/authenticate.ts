import { unauthenticated } from "../errors/error-codes";
import type { Principal } from "./principal";
import type { Services } from "./services";

const TOKEN = /^Bearer (lk_(pk|sk|st)_[A-Za-z0-9_-]{16,128})$/;

/** One indexed lookup by hash; no write on the hot path (a session token's last use: once a minute). */
export async function authenticate(
  header: string | undefined,
  { tenants, sessionTokens }: Pick<Services, "tenants" | "sessionTokens">,
): Promise<Principal> {
  if (!header) return { kind: "anonymous" };
  const match = header.trim().match(TOKEN);
  if (!match)
    throw unauthenticated("the Authorization header must be `Bearer lk_pk_…`, `lk_sk_…` or `lk_st_…`");
  const [, token, kind] = match;
  if (kind === "st") {
    const session = await sessionTokens.authenticate(token);
    return { kind: "session", sessionId: session.id, tenantId: session.tenantId, session };
  }
  const key = kind === "pk" ? "publishable" : "secret";
  const tenant = await tenants.findByKey(key, token);
  if (!tenant) throw unauthenticated("the tenant key is not valid");
  return { kind: "tenant", tenant, key };
}
