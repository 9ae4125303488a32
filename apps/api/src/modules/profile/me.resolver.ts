import { Args, Ctx, Query, Resolver } from "type-graphql";
import { notFound } from "../../errors/error-codes";
import type { Context } from "../../graphql/context";
import { requireSession } from "../../graphql/principal";
import { DocumentsArgs } from "../documents/documents.args";
import { IssuedDocumentConnection } from "../documents/issued-document.connection";
import { Profile } from "./profile.type";

/** Reads for the session token's own session. */
@Resolver()
export class MeResolver {
  @Query(() => Profile, { nullable: true, description: "The DigiLocker profile of this session's user." })
  async me(@Ctx() ctx: Context): Promise<Profile | null> {
    const session = await ctx.loaders.session.load(requireSession(ctx.principal).sessionId);
    if (!session) throw notFound("session");
    return ctx.services.profile.profile(session);
  }

  @Query(() => IssuedDocumentConnection, { description: "The user's issued documents, page by page." })
  async documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: Context): Promise<IssuedDocumentConnection> {
    const session = await ctx.loaders.session.load(requireSession(ctx.principal).sessionId);
    if (!session) throw notFound("session");
    return ctx.services.documents.connection(session, args);
  }
}
