import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { callerTenant } from "../../graphql/session-scope";
import type { Context } from "../../graphql/context";
import { AadhaarKyc } from "./aadhaar-kyc.type";
import { ApplicantMatch } from "./applicant-match.type";
import { KycAssurance } from "./kyc-assurance.enum";
import { KycFreshness } from "./kyc-freshness.type";

/** KYC checks on any AadhaarKyc (DigiLocker's or a verified offline one), by the caller tenant's policy. */
@Resolver(() => AadhaarKyc)
export class AadhaarKycChecksResolver {
  @FieldResolver(() => KycFreshness, { description: "The artefact's age against the caller's tenant limit." })
  async freshness(@Root() kyc: AadhaarKyc, @Ctx() ctx: Context): Promise<KycFreshness> {
    return ctx.services.kycChecks.freshness(kyc, (await callerTenant(ctx)).kycMaxAgeSeconds);
  }

  @FieldResolver(() => KycAssurance)
  assurance(@Root() kyc: AadhaarKyc, @Ctx() ctx: Context): KycAssurance {
    return ctx.services.kycChecks.assurance(kyc);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether the record is the session's own person: verified, the name matches DigiLocker's profile (as in matchApplicant) and the date of birth is the same. Null without a session or a stored profile.",
  })
  async matchesSessionProfile(@Root() kyc: AadhaarKyc, @Ctx() ctx: Context): Promise<boolean | null> {
    const session = kyc.sessionId ? await ctx.loaders.session.load(kyc.sessionId) : null;
    return ctx.services.kycChecks.matchesProfile(kyc, session ? ctx.services.profile.stored(session) : null);
  }

  @FieldResolver(() => ApplicantMatch, {
    description: "Compares an applicant's stated name and date of birth (YYYY-MM-DD) with the record.",
  })
  matchApplicant(
    @Root() kyc: AadhaarKyc,
    @Arg("name") name: string,
    @Arg("dateOfBirth", () => String, { nullable: true }) dateOfBirth: string | null,
    @Ctx() ctx: Context,
  ): ApplicantMatch {
    return ctx.services.kycChecks.matchApplicant(kyc, name, dateOfBirth);
  }
}
