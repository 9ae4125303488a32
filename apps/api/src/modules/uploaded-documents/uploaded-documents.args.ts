import { ArgsType, Field, ID } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay/connection.args";

@ArgsType()
export class UploadedDocumentsArgs extends ConnectionArgs {
  @Field(() => ID, {
    nullable: true,
    description: "A folder's id (an item of type DIR); unset lists the root folder.",
  })
  folderId?: string | null;

  @Field(() => ID, { nullable: true, description: "The session, when called with the tenant's secret key." })
  sessionId?: string | null;
}
