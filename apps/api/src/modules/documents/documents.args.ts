import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay/connection.args";
import { DocumentFilter } from "./document-filter.input";

@ArgsType()
export class DocumentsArgs extends ConnectionArgs {
  @Field(() => DocumentFilter, { nullable: true })
  filter?: DocumentFilter | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Re-sync the list from DigiLocker before answering.",
  })
  refresh!: boolean | null;
}
