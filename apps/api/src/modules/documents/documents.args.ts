import { ArgsType, Field, Int } from "type-graphql";
import { DocumentFilter } from "./document-filter.input";

@ArgsType()
export class DocumentsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: "Page size, 1…100." })
  first!: number;

  @Field(() => String, { nullable: true, description: "An endCursor from a previous page." })
  after?: string | null;

  @Field(() => DocumentFilter, { nullable: true })
  filter?: DocumentFilter | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Re-sync the list from DigiLocker before answering." })
  refresh!: boolean | null;
}
