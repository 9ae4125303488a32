import { NAME_MATCH_THRESHOLD } from "@lockerkit/core";
import { Field, Float, ObjectType } from "type-graphql";
import { KycAssurance } from "./kyc-assurance.enum";

@ObjectType({ description: "An applicant's stated name and date of birth against the record." })
export class ApplicantMatch {
  @Field(() => Float, {
    description:
      "Normalised name similarity, 0…1 (case, accents, punctuation, titles, order and initials ignored).",
  })
  nameScore!: number;
  @Field({ description: `nameScore ≥ ${NAME_MATCH_THRESHOLD}.` })
  nameMatches!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Exact date comparison; null when no date was given, the record has none, or it has only a (matching) year of birth.",
  })
  dateOfBirthMatches!: boolean | null;
  @Field({
    description:
      "The record is verified (assurance not UNVERIFIED), the name matches and, when a date was given, it was confirmed equal (null does not count).",
  })
  matches!: boolean;
  @Field(() => KycAssurance, { description: "The record's assurance: an UNVERIFIED record never matches." })
  assurance!: KycAssurance;
}
