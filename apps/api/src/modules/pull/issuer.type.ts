import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "An issuer whose documents can be pulled into the user's DigiLocker." })
export class Issuer {
  @Field({ description: "DigiLocker's organisation id, used by the other pull operations." }) orgId!: string;
  @Field(() => String, {
    nullable: true,
    description: "The issuer id in document uris (e.g. in.gov.transport).",
  })
  issuerId!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) category!: string | null;
}
