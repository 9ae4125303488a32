import { GraphQLSafeInt } from "graphql-scalars";
import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class AuditEventsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: "How many, 1…200." })
  first!: number;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: "Events before this position (the last seq of the previous page).",
  })
  beforeSeq?: number | null;

  @Field(() => String, { nullable: true, description: "Only this actor's events, e.g. console." })
  actor?: string | null;
}
