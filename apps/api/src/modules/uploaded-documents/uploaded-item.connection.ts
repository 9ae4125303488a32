import { ObjectType } from "type-graphql";
import { Connection } from "../../graphql/relay/connection";
import { UploadedItem } from "./uploaded-item.type";

@ObjectType({
  description: "Relay connection over one folder of the user's uploaded documents, in DigiLocker's order.",
})
export class UploadedItemConnection extends Connection(UploadedItem) {}
