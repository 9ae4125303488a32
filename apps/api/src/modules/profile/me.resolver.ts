import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Role } from "../../graphql/principal";
import { sessionInScope } from "../../graphql/session-scope";
import { Profile } from "./profile.type";

@Resolver()
export class MeResolver {
  @Authorized(Role.SESSION)
  @Query(() => Profile, {
    nullable: true,
    description: "The DigiLocker profile of this session's user (session token).",
  })
  async me(@Ctx() ctx: Context): Promise<Profile | null> {
    return ctx.services.profile.profile(await sessionInScope(ctx));
  }
}
