import { Field, InputType } from "type-graphql";

@InputType()
export class DocumentFilter {
  @Field(() => [String], { nullable: true, description: "Only these doctypes, e.g. PANCR." })
  doctypes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Only these issuer ids, e.g. in.gov.pan." })
  issuerIds?: string[] | null;
}
