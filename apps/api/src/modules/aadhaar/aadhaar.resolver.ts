import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { notFound } from "../../errors/error-codes";
import { audited } from "../../graphql/audited";
import type { Context } from "../../graphql/context";
import { Role } from "../../graphql/principal";
import { sessionInScope, tenantOf } from "../../graphql/session-scope";
import { AadhaarKyc } from "./aadhaar-kyc.type";
import { VerifyOfflineAadhaarInput } from "./verify-offline-aadhaar.input";

@Resolver()
export class AadhaarResolver {
  @Authorized(Role.SESSION)
  @Query(() => AadhaarKyc, {
    nullable: true,
    description: "The signature-verified e-Aadhaar from DigiLocker (session token).",
  })
  async aadhaarKyc(
    @Arg("refresh", () => Boolean, { nullable: true, defaultValue: false }) refresh: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<AadhaarKyc> {
    const session = await sessionInScope(ctx);
    const stored = await ctx.loaders.eAadhaar.load(session.id);
    const { kyc } = await ctx.services.aadhaar.eAadhaar(
      session,
      () => tenantOf(ctx, session),
      stored,
      refresh === true,
    );
    return kyc;
  }

  @Authorized(Role.SESSION, Role.SECRET_KEY)
  @Mutation(() => AadhaarKyc, {
    description:
      "Parses and verifies an offline e-KYC ZIP or XML, or a Secure QR (session token or secret key); stored as an upload (ConsentSession.uploadedKyc), never in place of aadhaarKyc.",
  })
  async verifyOfflineAadhaar(
    @Arg("input", () => VerifyOfflineAadhaarInput) input: VerifyOfflineAadhaarInput,
    @Ctx() ctx: Context,
  ): Promise<AadhaarKyc> {
    const { principal } = ctx;
    if (principal.kind === "tenant" && principal.key === "secret" && !input.sessionId) {
      const tenant = principal.tenant;
      return audited(
        ctx,
        "kyc.offline-verified",
        () => ctx.services.aadhaar.verifyOffline(input, tenant, null),
        () => ({ tenantId: tenant.id, sessionId: null }),
      );
    }
    const session = await sessionInScope(ctx, input.sessionId);
    const tenant = await ctx.loaders.tenant.load(session.tenantId);
    if (!tenant) throw notFound("tenant");
    return audited(
      ctx,
      "kyc.offline-verified",
      () => ctx.services.aadhaar.verifyOffline(input, tenant, session.id),
      () => ({ tenantId: tenant.id, sessionId: session.id }),
    );
  }
}
