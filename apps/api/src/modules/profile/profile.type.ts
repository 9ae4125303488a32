import { Field, ObjectType } from "type-graphql";
import { SessionStatus } from "../sessions/session.enums";

@ObjectType({ description: "The user's DigiLocker profile, stored when the consent completed." })
export class Profile {
  @Field()
  digilockerId!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD)." })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: "M, F or T." })
  gender!: string | null;

  @Field({ description: "Whether DigiLocker holds an e-Aadhaar for this user." })
  eaadhaarAvailable!: boolean;

  @Field(() => SessionStatus)
  sessionStatus!: SessionStatus;

  @Field(() => Date, { nullable: true })
  consentValidTill!: Date | null;
}
