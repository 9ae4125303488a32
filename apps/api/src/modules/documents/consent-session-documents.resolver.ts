import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { notFound } from "../../errors/error-codes";
import type { Context } from "../../graphql/context";
import { ConsentSession } from "../sessions/consent-session.type";
import { DocumentsArgs } from "./documents.args";
import { IssuedDocumentConnection } from "./issued-document.connection";

/** `ConsentSession.documents`: the session's issued documents, a page at a time. */
@Resolver(() => ConsentSession)
export class ConsentSessionDocumentsResolver {
  @FieldResolver(() => IssuedDocumentConnection)
  async documents(
    @Root() root: ConsentSession,
    @Args(() => DocumentsArgs) args: DocumentsArgs,
    @Ctx() ctx: Context,
  ): Promise<IssuedDocumentConnection> {
    const session = await ctx.loaders.session.load(root.id);
    if (!session) throw notFound("consent session");
    return ctx.services.documents.connection(session, args);
  }
}
