import { Field, ObjectType } from "type-graphql";
import { ConsentSession } from "../sessions/consent-session.type";

@ObjectType()
export class StartConsentPayload {
  @Field(() => ConsentSession)
  session!: ConsentSession;

  @Field({ description: "DigiLocker's own authorize URL: send the browser there." })
  authorizationUrl!: string;

  @Field({
    description:
      "Shown once: keep it in the page that started the consent (e.g. sessionStorage) and send it with `claimSession`. " +
      "The return URL's claim code alone redeems nothing (required in production).",
  })
  claimVerifier!: string;

  @Field({
    description:
      "Shown once (`lk_cs_…`): reads this consent's status with `consentStatus` or the `consentStatusChanged` subscription, " +
      "with the tenant's publishable key. It reveals no personal data and redeems nothing.",
  })
  statusToken!: string;
}
