import { Field, ObjectType } from "type-graphql";
import { ConsentSession } from "./consent-session.type";

@ObjectType()
export class StartConsentPayload {
  @Field(() => ConsentSession)
  session!: ConsentSession;

  @Field({ description: "DigiLocker's own authorize URL: send the browser there." })
  authorizationUrl!: string;
}
