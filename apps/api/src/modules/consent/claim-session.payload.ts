import { Field, ObjectType } from "type-graphql";
import { ConsentSession } from "../sessions/consent-session.type";

@ObjectType()
export class ClaimSessionPayload {
  @Field({ description: "The `lk_st_…` bearer token for this session's reads. Shown once." })
  sessionToken!: string;

  @Field(() => ConsentSession)
  session!: ConsentSession;
}
