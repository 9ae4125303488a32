import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors/error-codes";
import type { Context } from "../../graphql/context";
import { Role } from "../../graphql/principal";
import { tenantOf } from "../../graphql/session-scope";
import { ConsentSession } from "../sessions/consent-session.type";
import { KycReceipt, KycReceiptFormat } from "./kyc-receipt.type";

/** `ConsentSession.kycReceipt`: the backend's way to a receipt of a session's DigiLocker e-Aadhaar. */
@Resolver(() => ConsentSession)
export class ConsentSessionReceiptResolver {
  @Authorized(Role.SECRET_KEY)
  @FieldResolver(() => KycReceipt, {
    description:
      "A signed KYC receipt (SD-JWT VC) of the session's DigiLocker e-Aadhaar (secret key; fetched on first use). Uploads: AadhaarKyc.kycReceipt.",
  })
  async kycReceipt(
    @Root() root: ConsentSession,
    @Arg("format", () => KycReceiptFormat) format: KycReceiptFormat,
    @Ctx() ctx: Context,
  ): Promise<KycReceipt> {
    const session = await ctx.loaders.session.load(root.id);
    if (!session) throw notFound("consent session");
    const tenant = await tenantOf(ctx, session);
    const { kyc } = await ctx.services.aadhaar.eAadhaar(
      session,
      async () => tenant,
      await ctx.loaders.eAadhaar.load(session.id),
      false,
    );
    return ctx.services.receipts.issue(kyc, ctx.services.kycChecks.assurance(kyc), tenant, format);
  }
}
