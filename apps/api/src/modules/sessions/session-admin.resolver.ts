import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { keyTenant, Role } from "../../graphql/principal";
import { AuditEvent } from "../audit/audit-event.type";
import { ConsentSession } from "./consent-session.type";
import { ConsentSessionConnection } from "./consent-session.connection";
import { ConsentSessionsArgs } from "./consent-sessions.args";

/** Session administration for the tenant's backend: find sessions, read what happened to each. */
@Authorized(Role.SECRET_KEY)
@Resolver(() => ConsentSession)
export class SessionAdminResolver {
  @Query(() => ConsentSessionConnection, {
    description: "The tenant's sessions, newest first. Needs the secret key.",
  })
  async consentSessions(
    @Args(() => ConsentSessionsArgs) args: ConsentSessionsArgs,
    @Ctx() ctx: Context,
  ): Promise<ConsentSessionConnection> {
    const tenant = keyTenant(ctx.principal);
    const { connection, sessions } = await ctx.services.sessionAdmin.list(tenant.id, args);
    // Nested profile/documents/aadhaarKyc of the listed nodes reuse these rows instead of re-reading them.
    for (const session of sessions) ctx.loaders.session.prime(session.id, session);
    return connection;
  }

  @FieldResolver(() => [AuditEvent], {
    description: "What happened to this session, oldest first (the latest 200 events). Needs the secret key.",
  })
  async auditTrail(@Root() root: ConsentSession, @Ctx() ctx: Context): Promise<AuditEvent[]> {
    return ctx.loaders.auditTrail.load(root.id);
  }
}
