import { Field, ID, InputType, Int } from "type-graphql";
import { ConsentPurpose } from "../sessions/session.enums";
import { ConsentFlow } from "./consent.enums";
import { SignupOptionsInput } from "./signup-options.input";

@InputType({ description: "What to ask the user for, and where to send them afterwards." })
export class StartConsentInput {
  @Field({ description: "Where the browser lands after DigiLocker; must match the tenant's allow-list." })
  returnUrl!: string;

  @Field(() => ConsentPurpose, { nullable: true, defaultValue: ConsentPurpose.KYC })
  purpose!: ConsentPurpose;

  @Field(() => [String], {
    nullable: true,
    description: "DigiLocker doctypes to request, e.g. ADHAR, PANCR.",
  })
  documentTypes?: string[] | null;

  @Field(() => ConsentFlow, { nullable: true, defaultValue: ConsentFlow.SIGNIN })
  flow!: ConsentFlow;

  @Field(() => [String], {
    nullable: true,
    description:
      "DigiLocker scopes to ask for, e.g. files.issueddocs, files.uploadeddocs, userdetails, openid, avs, partners.PANCR; unknown ones are BAD_USER_INPUT. Unset: DigiLocker's default for the partner.",
  })
  scopes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Sign-up only: the user's mobile number (10 digits) you already verified, so DigiLocker skips its OTP. Stored encrypted until DigiLocker answers; never logged or returned.",
  })
  verifiedMobile?: string | null;

  @Field(() => SignupOptionsInput, {
    nullable: true,
    description: "Sign-up only: DigiLocker's sign-up hints.",
  })
  signupOptions?: SignupOptionsInput | null;

  @Field(() => Int, { nullable: true, description: "How long the consent should last, in seconds." })
  consentValidFor?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Retrying with the same key and input returns the same session.",
  })
  idempotencyKey?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Re-consent: continue this session (REAUTH_REQUIRED, EXPIRED, DENIED, FAILED or PENDING) instead of starting a new one. Needs the secret key, or the session's own token. Its documents and KYC are kept; the new consent must come from the same DigiLocker account.",
  })
  resumeSessionId?: string | null;
}
