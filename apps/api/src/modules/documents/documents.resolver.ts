import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Role } from "../../graphql/principal";
import { sessionInScope } from "../../graphql/session-scope";
import { DocumentContent } from "./document-content.type";
import { DocumentsArgs } from "./documents.args";
import { IssuedDocumentConnection } from "./issued-document.connection";
import { IssuedDocument } from "./issued-document.type";

@Resolver(() => IssuedDocument)
export class DocumentsResolver {
  @Authorized(Role.SESSION)
  @Query(() => IssuedDocumentConnection, {
    description: "The user's issued documents, page by page (session token).",
  })
  async documents(
    @Args(() => DocumentsArgs) args: DocumentsArgs,
    @Ctx() ctx: Context,
  ): Promise<IssuedDocumentConnection> {
    return ctx.services.documents.connection(await sessionInScope(ctx), args);
  }

  @Authorized(Role.SESSION)
  @Query(() => IssuedDocument, {
    nullable: true,
    description: "One document; its content is fetched from DigiLocker and stored on first read.",
  })
  async document(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<IssuedDocument> {
    const session = await sessionInScope(ctx);
    const document = await ctx.services.documents.get(session, id);
    // Fetch now, so `content` below is never null for a document read on its own.
    await ctx.services.contents.primary(session, document);
    return document;
  }

  @FieldResolver(() => DocumentContent, {
    nullable: true,
    description: "The stored content; null in lists until the document was read once.",
  })
  content(@Root() document: IssuedDocument, @Ctx() ctx: Context): Promise<DocumentContent | null> {
    return ctx.loaders.content.load(document);
  }
}
