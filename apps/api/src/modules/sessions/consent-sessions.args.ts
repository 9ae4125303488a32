import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay/connection.args";
import { ConsentSessionFilter } from "./consent-session-filter.input";

@ArgsType()
export class ConsentSessionsArgs extends ConnectionArgs {
  @Field(() => ConsentSessionFilter, { nullable: true })
  filter?: ConsentSessionFilter | null;
}
