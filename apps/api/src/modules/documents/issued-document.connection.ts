import { Field, Int, ObjectType } from "type-graphql";
import { IssuedDocument } from "./issued-document.type";

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class IssuedDocumentEdge {
  @Field()
  cursor!: string;

  @Field(() => IssuedDocument)
  node!: IssuedDocument;
}

@ObjectType({ description: "Relay connection over the session's issued documents, in a stable order." })
export class IssuedDocumentConnection {
  @Field(() => Int, { description: "Documents matching the filter, across all pages." })
  totalCount!: number;

  @Field(() => [IssuedDocumentEdge])
  edges!: IssuedDocumentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
