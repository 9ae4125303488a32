import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { audited } from "../../graphql/audited";
import type { Context } from "../../graphql/context";
import { idempotencyScope, Role } from "../../graphql/principal";
import { sessionInScope } from "../../graphql/session-scope";
import { toConsentSession } from "./consent-session.mapper";
import { ConsentSession } from "./consent-session.type";

/** Session lifecycle for a session token (its own session) or the secret key (any session by id). */
@Authorized(Role.SESSION, Role.SECRET_KEY)
@Resolver()
export class SessionResolver {
  @Mutation(() => ConsentSession, { description: "Refreshes the DigiLocker grant now." })
  async refreshSession(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Ctx() ctx: Context,
  ): Promise<ConsentSession> {
    const session = await sessionInScope(ctx, id);
    const refreshed = await audited(
      ctx,
      "session.refreshed",
      () => ctx.services.lifecycle.refresh(session),
      () => ({ tenantId: session.tenantId, sessionId: session.id }),
      session.id,
    );
    return toConsentSession(refreshed);
  }

  @Mutation(() => ConsentSession, {
    description: "Revokes the grant at DigiLocker and erases the session's personal data.",
  })
  async endSession(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description:
        "Same key and session → the same result again (never a second revoke); the key with another session → BAD_USER_INPUT.",
    })
    idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<ConsentSession> {
    const session = await sessionInScope(ctx, id);
    const ended = await audited(
      ctx,
      "session.ended",
      () => ctx.services.lifecycle.end(session, idempotencyKey, idempotencyScope(ctx.principal)),
      () => ({ tenantId: session.tenantId, sessionId: session.id }),
      session.id,
    );
    return toConsentSession(ended);
  }
}
