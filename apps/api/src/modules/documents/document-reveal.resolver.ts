import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { audited } from "../../graphql/audited";
import type { Context } from "../../graphql/context";
import { keyTenant, Role } from "../../graphql/principal";
import { sessionInScope } from "../../graphql/session-scope";
import { DocumentContent } from "./document-content.type";

/** An operator's request to see one document's contents: a mutation, because every request is audited. */
@Resolver()
export class DocumentRevealResolver {
  @Authorized(Role.SECRET_KEY)
  @Mutation(() => DocumentContent, {
    description:
      "Shows an operator one document's content (typed record, masked Aadhaar numbers only), fetched from DigiLocker on first read. Refused with FORBIDDEN (reason `policy`) unless the tenant policy `consoleDocumentContents` is on; every request for one of the tenant's sessions, allowed or refused, is audited as `document.content_revealed`.",
  })
  async revealDocumentContent(
    @Arg("sessionId", () => ID) sessionId: string,
    @Arg("documentId", () => ID) documentId: string,
    @Ctx() ctx: Context,
  ): Promise<DocumentContent> {
    const tenant = keyTenant(ctx.principal);
    const session = await sessionInScope(ctx, sessionId);
    return audited(
      ctx,
      "document.content_revealed",
      () => ctx.services.contents.reveal(tenant, session, documentId),
      () => ({ tenantId: session.tenantId, sessionId: session.id }),
      session.id,
    );
  }
}
