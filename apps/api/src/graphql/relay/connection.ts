import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "../../errors/error-codes";
import { PageInfo } from "./page-info.type";

export const MAX_PAGE_SIZE = 100;

/** `first` is 1…100; anything else is refused, never silently clamped. */
export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, "first");
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  totalCount: number;
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
}

/**
 * A Relay connection type over `Node` (`<Node>Edge`, and the connection class that extends this);
 * type-graphql's generic-type pattern, so every connection has the same shape and descriptions.
 */
export function Connection<T extends object>(Node: ClassType<T>) {
  @ObjectType(`${Node.name}Edge`)
  class EdgeType {
    @Field({ description: "Pass as `after` to read the items that follow this one." })
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  // Not in the schema itself: type-graphql 2 emits only types reachable from resolvers (the subclasses).
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => Int, { description: "Items matching the filter, across all pages." })
    totalCount!: number;

    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/**
 * One page from a `limit + 1` fetch: the extra row only tells that a next page exists.
 */
export function toConnection<C extends ConnectionShape<T>, R, T>(
  Type: new () => C,
  rows: readonly R[],
  first: number,
  total: number,
  after: unknown,
  edge: (row: R) => Edge<T>,
): C {
  const edges = rows.slice(0, first).map(edge);
  return Object.assign(new Type(), {
    totalCount: total,
    edges,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  });
}
