import { Field, ID, ObjectType } from "type-graphql";
import { SessionStatus } from "../sessions/session.enums";

@ObjectType({ description: "Where a consent stands, for the page that started it: no personal data." })
export class ConsentStatus {
  @Field(() => ID, { description: "The consent session's id (as in the return URL's `session`)." })
  sessionId!: string;

  @Field(() => SessionStatus, {
    description:
      "The session's state. PENDING and EXCHANGING change on; every other state is final for the consent (the subscription completes).",
  })
  status!: SessionStatus;

  @Field({ description: "When the status last changed." })
  updatedAt!: Date;
}
