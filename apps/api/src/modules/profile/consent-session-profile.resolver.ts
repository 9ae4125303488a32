import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors/error-codes";
import type { Context } from "../../graphql/context";
import { ConsentSession } from "../sessions/consent-session.type";
import { Profile } from "./profile.type";

/** `ConsentSession.profile`: the DigiLocker account the consent came from. */
@Resolver(() => ConsentSession)
export class ConsentSessionProfileResolver {
  @FieldResolver(() => Profile, { nullable: true })
  async profile(@Root() root: ConsentSession, @Ctx() ctx: Context): Promise<Profile | null> {
    const session = await ctx.loaders.session.load(root.id);
    if (!session) throw notFound("consent session");
    return ctx.services.profile.profile(session);
  }
}
