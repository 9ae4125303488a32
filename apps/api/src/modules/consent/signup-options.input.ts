import { Field, InputType } from "type-graphql";

@InputType({ description: "DigiLocker's sign-up hints (sign-up only)." })
export class SignupOptionsInput {
  @Field(() => Boolean, { nullable: true, description: "Sent as `pla=Y` on DigiLocker's authorize URL." })
  pla?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Sent as `plsignup=Y` on DigiLocker's authorize URL.",
  })
  plsignup?: boolean | null;
}
