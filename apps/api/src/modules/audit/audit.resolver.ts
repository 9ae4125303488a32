import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { keyTenant, Role } from "../../graphql/principal";
import { badInput } from "../../errors/error-codes";
import { AuditEvent } from "./audit-event.type";
import { AuditEventsArgs } from "./audit-events.args";

/** The tenant's whole audit trail (sessions, webhooks, policy), for the operator console. */
@Authorized(Role.SECRET_KEY)
@Resolver()
export class AuditResolver {
  @Query(() => [AuditEvent], {
    description: "The tenant's audit trail, newest first, tenant-wide events included. Needs the secret key.",
  })
  auditEvents(
    @Args(() => AuditEventsArgs) args: AuditEventsArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditEvent[]> {
    const tenant = keyTenant(ctx.principal);
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > 200)
      throw badInput("first must be 1…200", "first");
    if (args.actor && args.actor.length > 64) throw badInput("actor is too long", "actor");
    return ctx.services.audit.recent(tenant.id, {
      first: args.first,
      beforeSeq: args.beforeSeq ?? null,
      actor: args.actor || null,
    });
  }
}
