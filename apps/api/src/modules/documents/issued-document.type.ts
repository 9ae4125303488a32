import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A document an issuer put into the user's DigiLocker." })
export class IssuedDocument {
  @Field(() => ID)
  id!: string;

  @Field({ description: "DigiLocker's uri: `<issuerid>-<DOCTYPE>-<docid>`." })
  uri!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  doctype!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "The issuer's name." })
  issuer!: string | null;

  @Field(() => String, { nullable: true })
  issuerId!: string | null;

  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD), whatever format the issuer used." })
  issuedOn!: string | null;

  @Field(() => [String])
  mimeTypes!: string[];

  /** Not exposed: lets nested resolvers batch by session. */
  sessionId!: string;
}
