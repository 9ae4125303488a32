import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "The tenant's policy, as `npm run tenant -- set-policy` and updateTenantPolicy set it.",
})
export class TenantPolicy {
  @Field({ description: "Whether KYC answers include the photograph." })
  returnPhotos!: boolean;

  @Field({
    description:
      "Whether an operator may see a document's contents on request (revealDocumentContent, audited); off by default.",
  })
  consoleDocumentContents!: boolean;

  @Field(() => Int, { description: "Days a session's data is kept after it ends (1…3650)." })
  retentionDays!: number;

  @Field(() => Int, { description: "How old a KYC artefact may be for freshness.withinLimit, in seconds." })
  kycMaxAgeSeconds!: number;

  @Field(() => [String], { description: "Allowed return URL patterns (scheme://host[:port|:*][/path])." })
  returnUrls!: string[];

  @Field(() => [String], { description: "Allowed browser origins (CORS), same pattern form." })
  origins!: string[];
}

@ObjectType({ description: "The calling tenant (secret key): its name and policy, never its keys." })
export class Tenant {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => TenantPolicy)
  policy!: TenantPolicy;
}
