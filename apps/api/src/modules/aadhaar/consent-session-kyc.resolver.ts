import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors/error-codes";
import type { Context } from "../../graphql/context";
import { tenantOf } from "../../graphql/session-scope";
import { ConsentSession } from "../sessions/consent-session.type";
import { AadhaarKyc } from "./aadhaar-kyc.type";
import { MAX_LISTED_UPLOADS } from "./aadhaar.service";

/** `ConsentSession.aadhaarKyc` and `uploadedKyc`: a session's Aadhaar KYC records. */
@Resolver(() => ConsentSession)
export class ConsentSessionKycResolver {
  @FieldResolver(() => AadhaarKyc, {
    nullable: true,
    description: "The stored e-Aadhaar, fetched on first read.",
  })
  async aadhaarKyc(
    @Root() root: ConsentSession,
    @Arg("refresh", () => Boolean, { nullable: true, defaultValue: false }) refresh: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<AadhaarKyc> {
    const session = await ctx.loaders.session.load(root.id);
    if (!session) throw notFound("consent session");
    const stored = await ctx.loaders.eAadhaar.load(session.id);
    return (
      await ctx.services.aadhaar.eAadhaar(session, () => tenantOf(ctx, session), stored, refresh === true)
    ).kyc;
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
    return ctx.services.aadhaar.uploads(
      await ctx.loaders.uploadedKyc.load(session.id),
      await tenantOf(ctx, session),
      first ?? 10,
    );
  }
}
