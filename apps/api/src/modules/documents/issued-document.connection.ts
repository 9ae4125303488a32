import { ObjectType } from "type-graphql";
import { Connection } from "../../graphql/relay/connection";
import { IssuedDocument } from "./issued-document.type";

@ObjectType({ description: "Relay connection over the session's issued documents, in a stable order." })
export class IssuedDocumentConnection extends Connection(IssuedDocument) {}
