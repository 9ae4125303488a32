import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "How old the artefact is against the tenant's limit (its generated-at time, not when it was read).",
})
export class KycFreshness {
  @Field(() => Int, {
    nullable: true,
    description:
      "Seconds since generatedAt; null when the artefact has no generated-at time or is UNVERIFIED (its time is not vouched for).",
  })
  ageSeconds!: number | null;
  @Field({
    description:
      "ageSeconds ≤ limitSeconds; false when the age is unknown (no time, or UNVERIFIED) or the time lies more than 5 minutes ahead.",
  })
  withinLimit!: boolean;
  @Field(() => Int, { description: "The tenant's limit (kyc_max_age_seconds, default 3 days)." })
  limitSeconds!: number;
}
