import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { audited } from "../../graphql/audited";
import type { Context } from "../../graphql/context";
import { sessionInScope, tenantOf } from "../../graphql/session-scope";
import { keyTenant, Role } from "../../graphql/principal";
import { KycReceipt, KycReceiptFormat } from "./kyc-receipt.type";

/** Receipts for the session token's own e-Aadhaar, and revocation. */
@Resolver()
export class KycReceiptResolver {
  @Authorized(Role.SESSION)
  @Query(() => KycReceipt, {
    description:
      "A signed KYC receipt (SD-JWT VC) of the session's DigiLocker e-Aadhaar (session token; fetched on first use). Each call issues a new receipt with its own status entry.",
  })
  async kycReceipt(
    @Arg("format", () => KycReceiptFormat) format: KycReceiptFormat,
    @Ctx() ctx: Context,
  ): Promise<KycReceipt> {
    const session = await sessionInScope(ctx);
    const tenant = await tenantOf(ctx, session);
    const { kyc } = await ctx.services.aadhaar.eAadhaar(
      session,
      async () => tenant,
      await ctx.loaders.eAadhaar.load(session.id),
      false,
    );
    return ctx.services.receipts.issue(kyc, ctx.services.kycChecks.assurance(kyc), tenant, format);
  }

  @Authorized(Role.SESSION, Role.SECRET_KEY)
  @Mutation(() => Boolean, {
    description:
      "Revokes a KYC receipt (its status list entry is set at once); the secret key for any of the tenant's receipts, a session token for its own.",
  })
  async revokeKycReceipt(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const { principal } = ctx;
    let tenantId: string;
    let sessionId: string | null = null;
    if (principal.kind === "session") {
      tenantId = principal.tenantId;
      sessionId = principal.sessionId;
    } else {
      tenantId = keyTenant(principal).id;
    }
    await audited(
      ctx,
      "kyc.receipt-revoked",
      () => ctx.services.receipts.revoke(id, tenantId, sessionId),
      (r) => ({ tenantId, sessionId: r.sessionId }),
      sessionId,
    );
    return true;
  }
}
