import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Exactly one of zipBase64, xml or qrText." })
export class VerifyOfflineAadhaarInput {
  @Field(() => String, { nullable: true, description: "The offline e-KYC ZIP, base64." }) zipBase64?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "An offline e-KYC XML (an e-Aadhaar XML is BAD_USER_INPUT: aadhaarKyc reads it from DigiLocker).",
  })
  xml?: string | null;
  @Field(() => String, { nullable: true, description: "A Secure QR's decimal text." }) qrText?: string | null;
  @Field(() => String, { nullable: true, description: "The ZIP's share code." }) shareCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "10-digit mobile to check against the artefact's hash.",
  })
  mobile?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "With the secret key: the session to attach the record to.",
  })
  sessionId?: string | null;
}
