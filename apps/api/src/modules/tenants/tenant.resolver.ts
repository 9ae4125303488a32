import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { audited } from "../../graphql/audited";
import type { Context } from "../../graphql/context";
import { keyTenant, Role } from "../../graphql/principal";
import { badInput } from "../../errors/error-codes";
import { toTenant } from "./tenant.mapper";
import { TenantInputError } from "./tenant.service";
import { Tenant } from "./tenant.type";
import { UpdateTenantPolicyInput } from "./update-tenant-policy.input";

/** The CLI's flag names, as the input fields the console sends. */
const FLAG_FIELDS: Record<string, string> = {
  "--retention-days": "retentionDays",
  "--kyc-max-age": "kycMaxAgeSeconds",
  "--return-url": "returnUrls",
  "--origin": "origins",
};

/** The calling tenant (secret key): who it is and its policy, the console's "signed in as". */
@Authorized(Role.SECRET_KEY)
@Resolver()
export class TenantResolver {
  @Query(() => Tenant, { description: "The calling tenant, its name and policy. Needs the secret key." })
  tenant(@Ctx() ctx: Context): Tenant {
    return toTenant(keyTenant(ctx.principal));
  }

  @Mutation(() => Tenant, {
    description:
      "Changes the tenant's policy, validated exactly like `npm run tenant -- set-policy`. Needs the secret key.",
  })
  updateTenantPolicy(
    @Arg("input", () => UpdateTenantPolicyInput) input: UpdateTenantPolicyInput,
    @Ctx() ctx: Context,
  ): Promise<Tenant> {
    const tenant = keyTenant(ctx.principal);
    const run = async () => {
      try {
        return toTenant(
          await ctx.services.tenants.setPolicy(tenant.id, {
            returnPhotos: input.returnPhotos ?? undefined,
            consoleDocumentContents: input.consoleDocumentContents ?? undefined,
            retentionDays: input.retentionDays ?? undefined,
            kycMaxAgeSeconds: input.kycMaxAgeSeconds ?? undefined,
            returnUrls: input.returnUrls ?? undefined,
            origins: input.origins ?? undefined,
          }),
        );
      } catch (error) {
        if (!(error instanceof TenantInputError)) throw error;
        const message = error.message.replace(/--[a-z-]+/g, (flag) => FLAG_FIELDS[flag] ?? flag);
        throw badInput(message, error.field);
      }
    };
    return audited(ctx, "tenant.policy_updated", run, () => ({ tenantId: tenant.id, sessionId: null }));
  }
}
