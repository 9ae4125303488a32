import { ArgsType, Field, Int } from "type-graphql";

/** Forward pagination arguments every connection shares. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: "Page size, 1…100." })
  first!: number;

  @Field(() => String, { nullable: true, description: "An endCursor from a previous page." })
  after?: string | null;
}
