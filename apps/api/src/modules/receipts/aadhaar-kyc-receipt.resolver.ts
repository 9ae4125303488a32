import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { callerTenant } from "../../graphql/session-scope";
import { AadhaarKyc } from "../aadhaar/aadhaar-kyc.type";
import { KycReceipt, KycReceiptFormat } from "./kyc-receipt.type";

/** `AadhaarKyc.kycReceipt`: a receipt of this very record (each `uploadedKyc` upload separately). */
@Resolver(() => AadhaarKyc)
export class AadhaarKycReceiptResolver {
  @FieldResolver(() => KycReceipt, {
    nullable: true,
    description:
      "A signed KYC receipt (SD-JWT VC) of this record; only for a verified record that belongs to a session (otherwise null with a BAD_USER_INPUT error, reason unverified / no-session, so one entry of a list cannot fail the others).",
  })
  async kycReceipt(
    @Root() kyc: AadhaarKyc,
    @Arg("format", () => KycReceiptFormat) format: KycReceiptFormat,
    @Ctx() ctx: Context,
  ): Promise<KycReceipt | null> {
    return ctx.services.receipts.issue(
      kyc,
      ctx.services.kycChecks.assurance(kyc),
      await callerTenant(ctx),
      format,
    );
  }
}
