import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { keyTenant, Role } from "../../graphql/principal";
import { HealthWindow, OperationsHealth } from "./operations-health.type";

@Authorized(Role.SECRET_KEY)
@Resolver()
export class OperationsHealthResolver {
  @Query(() => OperationsHealth, {
    description:
      "Sessions by status, consent completion, webhook success and upstream error rates over the last hour or day. Needs the secret key.",
  })
  operationsHealth(
    @Arg("window", () => HealthWindow, { nullable: true, defaultValue: HealthWindow.HOUR })
    window: HealthWindow,
    @Ctx() ctx: Context,
  ): Promise<OperationsHealth> {
    return ctx.services.operationsHealth.health(keyTenant(ctx.principal).id, window);
  }
}
