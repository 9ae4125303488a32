import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { audited } from "../../graphql/audited";
import type { Context } from "../../graphql/context";
import { Role } from "../../graphql/principal";
import { callerTenant, sessionInScope, tenantOf } from "../../graphql/session-scope";
import { IssuerDocumentType } from "./issuer-document-type.type";
import { IssuerParameter } from "./issuer-parameter.type";
import { Issuer } from "./issuer.type";
import { PullDocumentInput } from "./pull-document.input";
import { PullDocumentPayload } from "./pull-document.payload";

@Resolver()
export class PullResolver {
  @Authorized(Role.PUBLISHABLE_KEY, Role.SECRET_KEY, Role.SESSION)
  @Query(() => [Issuer], {
    description: "Issuers whose documents can be pulled (cached; any tenant key or session token).",
  })
  async issuers(@Ctx() ctx: Context): Promise<Issuer[]> {
    return ctx.services.pull.issuers(await callerTenant(ctx));
  }

  @Authorized(Role.PUBLISHABLE_KEY, Role.SECRET_KEY, Role.SESSION)
  @Query(() => [IssuerDocumentType], { description: "The document types an issuer can pull (cached)." })
  async issuerDocumentTypes(@Arg("orgId") orgId: string, @Ctx() ctx: Context): Promise<IssuerDocumentType[]> {
    return ctx.services.pull.documentTypes(await callerTenant(ctx), orgId);
  }

  @Authorized(Role.PUBLISHABLE_KEY, Role.SECRET_KEY, Role.SESSION)
  @Query(() => [IssuerParameter], {
    description: "What the issuer needs to find the user's record for a doctype (cached).",
  })
  async issuerParameters(
    @Arg("orgId") orgId: string,
    @Arg("doctype") doctype: string,
    @Ctx() ctx: Context,
  ): Promise<IssuerParameter[]> {
    return ctx.services.pull.parameters(await callerTenant(ctx), orgId, doctype);
  }

  @Authorized(Role.SESSION, Role.SECRET_KEY)
  @Mutation(() => PullDocumentPayload, {
    description:
      "Asks an issuer to put a document in the user's DigiLocker (session token, or secret key + sessionId).",
  })
  async pullDocument(
    @Arg("input", () => PullDocumentInput) input: PullDocumentInput,
    @Ctx() ctx: Context,
  ): Promise<PullDocumentPayload> {
    const session = await sessionInScope(ctx, input.sessionId);
    const tenant = await tenantOf(ctx, session);
    return audited(
      ctx,
      "document.pulled",
      () => ctx.services.pull.pull(session, tenant, input),
      () => ({ tenantId: tenant.id, sessionId: session.id }),
      session.id,
    );
  }
}
