import { Field, ID, ObjectType } from "type-graphql";
import { ConsentPurpose, SessionStatus } from "./session.enums";

@ObjectType({ description: "One consent journey with DigiLocker." })
export class ConsentSession {
  @Field(() => ID)
  id!: string;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field({ description: "When a pending consent stops accepting DigiLocker's answer." })
  expiresAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: "When DigiLocker's consent ends; reads after it answer CONSENT_EXPIRED.",
  })
  consentValidTill!: Date | null;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => [String])
  documentTypes!: string[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the user allowed access in DigiLocker." })
  grantedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When consent was withdrawn: the session ended, or DigiLocker revoked the grant.",
  })
  withdrawnAt!: Date | null;

  @Field({ description: "Version of the privacy notice the consent was given under." })
  noticeVersion!: string;
}
