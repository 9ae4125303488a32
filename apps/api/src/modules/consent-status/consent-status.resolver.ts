import { Arg, Authorized, Ctx, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../graphql/context";
import { keyTenant, Role } from "../../graphql/principal";
import { ConsentStatus } from "./consent-status.type";

const TOKEN_DESCRIPTION = "The `statusToken` startConsent returned (`lk_cs_…`).";

@Authorized(Role.PUBLISHABLE_KEY, Role.SECRET_KEY)
@Resolver(() => ConsentStatus)
export class ConsentStatusResolver {
  @Query(() => ConsentStatus, {
    nullable: true,
    description:
      "Where a consent stands, without claiming it: for the page that started it (e.g. to learn the user finished in another tab).",
  })
  async consentStatus(
    @Arg("statusToken", () => String, { description: TOKEN_DESCRIPTION }) statusToken: string,
    @Ctx() ctx: Context,
  ): Promise<ConsentStatus> {
    return ctx.services.consentStatus.status(keyTenant(ctx.principal).id, statusToken);
  }

  @Subscription(() => ConsentStatus, {
    description:
      "Live status of a consent over WebSocket (`graphql-ws` protocol on `/graphql`, `connectionParams.authorization` = `Bearer lk_pk_…`): " +
      "the current status first, then each change made on any replica; completes after a final state (anything but PENDING and EXCHANGING). " +
      "Counts against the rate limits and a per-tenant cap of open subscriptions (SUBSCRIPTIONS_PER_TENANT).",
    subscribe: ({ args, context }) => {
      return (context as Context).services.consentStatus.watch(
        keyTenant((context as Context).principal).id,
        (args as { statusToken: string }).statusToken,
      );
    },
  })
  consentStatusChanged(
    @Root() status: ConsentStatus,
    @Arg("statusToken", () => String, { description: TOKEN_DESCRIPTION }) _statusToken: string,
  ): ConsentStatus {
    return status;
  }
}
