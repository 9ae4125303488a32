import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A document type an issuer can pull." })
export class IssuerDocumentType {
  @Field({ description: "e.g. DRVLC." }) doctype!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
}
