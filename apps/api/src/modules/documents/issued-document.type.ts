import { Field, ID, Int, ObjectType } from "type-graphql";
import { LockerItemType } from "./locker-item-type.enum";

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

  @Field(() => String, {
    nullable: true,
    description: "ISO date (YYYY-MM-DD), whatever format the issuer used.",
  })
  issuedOn!: string | null;

  @Field(() => [String])
  mimeTypes!: string[];

  @Field(() => Int, { nullable: true, description: "Bytes, when the issuer says (often it does not)." })
  size!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The DigiLocker folder the document sits in; null at the root.",
  })
  parent!: string | null;

  @Field(() => LockerItemType, { description: "FILE for issued documents, as DigiLocker lists them." })
  type!: LockerItemType;

  /** Not exposed: lets nested resolvers batch by session. */
  sessionId!: string;
}
