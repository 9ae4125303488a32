import { ObjectType } from "type-graphql";
import { Connection } from "../../graphql/relay/connection";
import { ConsentSession } from "./consent-session.type";

@ObjectType({ description: "Relay connection over the tenant's sessions, newest first." })
export class ConsentSessionConnection extends Connection(ConsentSession) {}
