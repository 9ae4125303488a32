import { ArgsType, Field, Int } from "type-graphql";
import { ConsentSessionFilter } from "./consent-session-filter.input";

@ArgsType()
export class ConsentSessionsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: "Page size, 1…100." })
  first!: number;

  @Field(() => String, { nullable: true, description: "An endCursor from a previous page." })
  after?: string | null;

  @Field(() => ConsentSessionFilter, { nullable: true })
  filter?: ConsentSessionFilter | null;
}
