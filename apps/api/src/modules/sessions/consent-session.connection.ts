import { Field, Int, ObjectType } from "type-graphql";
import { ConsentSession } from "../consent/consent-session.type";
import { PageInfo } from "../documents/issued-document.connection";

@ObjectType()
export class ConsentSessionEdge {
  @Field()
  cursor!: string;

  @Field(() => ConsentSession)
  node!: ConsentSession;
}

@ObjectType({ description: "Relay connection over the tenant's sessions, newest first." })
export class ConsentSessionConnection {
  @Field(() => Int, { description: "Sessions matching the filter, across all pages." })
  totalCount!: number;

  @Field(() => [ConsentSessionEdge])
  edges!: ConsentSessionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
