import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Args } from "type-graphql";
import { notFound } from "../../errors/error-codes";
import type { Context } from "../../graphql/context";
import { audited } from "../../graphql/audited";
import { idempotencyScope, requireSecretKey } from "../../graphql/principal";
import { DocumentsArgs } from "../documents/documents.args";
import { IssuedDocumentConnection } from "../documents/issued-document.connection";
import { Profile } from "../profile/profile.type";
import { AadhaarKyc } from "../aadhaar/aadhaar-kyc.type";
import { MAX_LISTED_UPLOADS } from "../aadhaar/aadhaar.service";
import { consentingTenant, sessionInScope, tenantOf } from "../../graphql/session-scope";
import { ClaimSessionPayload } from "./claim-session.payload";
import { toConsentSession } from "../sessions/consent-session.mapper";
import { ConsentSession } from "../sessions/consent-session.type";
import { StartConsentInput } from "./start-consent.input";
import { StartConsentPayload } from "./start-consent.payload";

@Resolver(() => ConsentSession)
export class ConsentResolver {
  @Mutation(() => StartConsentPayload, {
    description: "Starts a DigiLocker consent (needs a tenant key), or a re-consent of an existing session (`resumeSessionId`).",
  })
  async startConsent(@Arg("input", () => StartConsentInput) input: StartConsentInput, @Ctx() ctx: Context): Promise<StartConsentPayload> {
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
    description: "Trades the return URL's single-use claim code, with the `claimVerifier` startConsent returned, for the session token.",
  })
  async claimSession(
    @Arg("code", () => String) code: string,
    @Arg("claimVerifier", () => String, { nullable: true, description: "From startConsent; required in production." }) claimVerifier: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ClaimSessionPayload> {
    const tenantId = ctx.principal.kind === "tenant" ? ctx.principal.tenant.id : null;
    const { sessionToken, session } = await audited(ctx, "session.claimed", () => ctx.services.consent.claim(code, claimVerifier ?? null, tenantId), (r) => ({
      tenantId: r.session.tenantId,
      sessionId: r.session.id,
    }));
    return { sessionToken, session: toConsentSession(session) };
  }

  @Query(() => ConsentSession, { nullable: true, description: "Any session of the caller's tenant. Needs the secret key." })
  async consentSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ConsentSession> {
    requireSecretKey(ctx.principal);
    return toConsentSession(await sessionInScope(ctx, id));
  }

  @FieldResolver(() => Profile, { nullable: true })
  async profile(@Root() root: ConsentSession, @Ctx() ctx: Context): Promise<Profile | null> {
    const session = await ctx.loaders.session.load(root.id);
    if (!session) throw notFound("consent session");
    return ctx.services.profile.profile(session);
  }

  @FieldResolver(() => AadhaarKyc, { nullable: true, description: "The stored e-Aadhaar, fetched on first read." })
  async aadhaarKyc(
    @Root() root: ConsentSession,
    @Arg("refresh", () => Boolean, { nullable: true, defaultValue: false }) refresh: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<AadhaarKyc> {
    const session = await ctx.loaders.session.load(root.id);
    if (!session) throw notFound("consent session");
    const stored = await ctx.loaders.eAadhaar.load(session.id);
    return (await ctx.services.aadhaar.eAadhaar(session, await tenantOf(ctx, session), stored, refresh === true)).kyc;
  }

  @FieldResolver(() => [AadhaarKyc], {
    description: `Offline e-KYC and Secure QR records uploaded to this session (verifyOfflineAadhaar), newest first; never the DigiLocker e-Aadhaar. \`first\` is 1…${MAX_LISTED_UPLOADS}.`,
  })
  async uploadedKyc(
    @Root() root: ConsentSession,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<AadhaarKyc[]> {
    const session = await ctx.loaders.session.load(root.id);
    if (!session) throw notFound("consent session");
    return ctx.services.aadhaar.uploads(await ctx.loaders.uploadedKyc.load(session.id), await tenantOf(ctx, session), first ?? 10);
  }

  @FieldResolver(() => IssuedDocumentConnection)
  async documents(@Root() root: ConsentSession, @Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: Context): Promise<IssuedDocumentConnection> {
    const session = await ctx.loaders.session.load(root.id);
    if (!session) throw notFound("consent session");
    return ctx.services.documents.connection(session, args);
  }
}
