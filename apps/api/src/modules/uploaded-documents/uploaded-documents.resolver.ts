import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Role } from "../../graphql/principal";
import { sessionInScope } from "../../graphql/session-scope";
import { UploadedDocumentsArgs } from "./uploaded-documents.args";
import { UploadedItemConnection } from "./uploaded-item.connection";

@Resolver()
export class UploadedDocumentsResolver {
  @Authorized(Role.SESSION, Role.SECRET_KEY)
  @Query(() => UploadedItemConnection, {
    description:
      "The user's self-uploaded files and folders, one folder at a time (session token, or secret key + sessionId). Needs the files.uploadeddocs scope.",
  })
  async uploadedDocuments(
    @Args(() => UploadedDocumentsArgs) args: UploadedDocumentsArgs,
    @Ctx() ctx: Context,
  ): Promise<UploadedItemConnection> {
    return ctx.services.uploadedDocuments.connection(await sessionInScope(ctx, args.sessionId), args);
  }
}
