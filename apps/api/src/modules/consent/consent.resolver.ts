import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { audited } from "../../graphql/audited";
import { idempotencyScope, Role } from "../../graphql/principal";
import { consentingTenant, sessionInScope } from "../../graphql/session-scope";
import { ClaimSessionPayload } from "./claim-session.payload";
import { toConsentSession } from "../sessions/consent-session.mapper";
import { ConsentSession } from "../sessions/consent-session.type";
import { StartConsentInput } from "./start-consent.input";
import { StartConsentPayload } from "./start-consent.payload";

@Resolver(() => ConsentSession)
export class ConsentResolver {
  @Authorized(Role.PUBLISHABLE_KEY, Role.SECRET_KEY, Role.SESSION)
  @Mutation(() => StartConsentPayload, {
    description:
      "Starts a DigiLocker consent (needs a tenant key), or a re-consent of an existing session (`resumeSessionId`).",
  })
  async startConsent(
    @Arg("input", () => StartConsentInput) input: StartConsentInput,
    @Ctx() ctx: Context,
  ): Promise<StartConsentPayload> {
    const resumeSessionId = input.resumeSessionId ?? null;
    const tenant = await consentingTenant(ctx, resumeSessionId);
    const { session, authorizationUrl, claimVerifier, statusToken } = await audited(
      ctx,
      resumeSessionId ? "consent.resumed" : "consent.started",
      () => ctx.services.consent.start(tenant, input, idempotencyScope(ctx.principal)),
      (r) => ({ tenantId: tenant.id, sessionId: r.session.id }),
      resumeSessionId,
    );
    return { session: toConsentSession(session), authorizationUrl, claimVerifier, statusToken };
  }

  @Mutation(() => ClaimSessionPayload, {
    description:
      "Trades the return URL's single-use claim code, with the `claimVerifier` startConsent returned, for the session token.",
  })
  async claimSession(
    @Arg("code", () => String) code: string,
    @Arg("claimVerifier", () => String, {
      nullable: true,
      description: "From startConsent; required in production.",
    })
    claimVerifier: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ClaimSessionPayload> {
    const tenantId = ctx.principal.kind === "tenant" ? ctx.principal.tenant.id : null;
    const { sessionToken, session } = await audited(
      ctx,
      "session.claimed",
      () => ctx.services.consent.claim(code, claimVerifier ?? null, tenantId),
      (r) => ({
        tenantId: r.session.tenantId,
        sessionId: r.session.id,
      }),
    );
    return { sessionToken, session: toConsentSession(session) };
  }

  @Authorized(Role.SECRET_KEY)
  @Query(() => ConsentSession, {
    nullable: true,
    description: "Any session of the caller's tenant. Needs the secret key.",
  })
  async consentSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ConsentSession> {
    return toConsentSession(await sessionInScope(ctx, id));
  }
}
