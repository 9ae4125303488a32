import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description: "A value the issuer needs to find the user's record; every listed parameter is required.",
})
export class IssuerParameter {
  @Field({ description: "The name to send in pullDocument's parameters (e.g. dlno)." }) name!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => [String], { description: "The only accepted values; empty when the value is free text." })
  allowedValues!: string[];
  @Field(() => String, { nullable: true }) example!: string | null;
}
