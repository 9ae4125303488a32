import { LockerKitError, type GraphQLErrorLike } from "./errors.js";

/**
 * A typed document: the generated `…Document` strings (codegen's `documentMode: "string"`, no `graphql`
 * runtime needed), or a `TypedDocumentNode` that carries its source text (`loc.source.body`).
 */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

/** The query text to post: a string document as it is, a DocumentNode's source without `graphql`'s `print`. */
function sourceOf(document: { toString(): string }): string {
  const node = document as { kind?: unknown; loc?: { source?: { body?: unknown } } };
  if (node.kind !== "Document") return document.toString();
  if (typeof node.loc?.source?.body !== "string")
    throw new TypeError(
      'LockerKit: this DocumentNode carries no source (loc.source.body); generate it with documentMode: "string"',
    );
  return node.loc.source.body;
}

export interface TransportOptions {
  url: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorLike[];
}

/**
 * Posts one operation as JSON (Apollo's CSRF prevention accepts `content-type: application/json`) and
 * returns its data, or throws the first error as a LockerKitError.
 */
export async function post<TResult, TVariables>(
  options: TransportOptions,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  bearer: string | undefined,
  signal?: AbortSignal,
): Promise<TResult> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const query = sourceOf(document);
  let res: Response;
  try {
    res = await doFetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...options.headers,
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new LockerKitError(`the LockerKit API cannot be reached at ${options.url}`, "NETWORK_ERROR");
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await res.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new LockerKitError(`the API answered HTTP ${res.status} without a GraphQL body`, "NETWORK_ERROR", {
      status: res.status,
    });
  }
  const first = body.errors?.[0];
  if (first) throw LockerKitError.fromGraphQL(first);
  if (!body.data) throw new LockerKitError("the API answered without data", "INTERNAL_SERVER_ERROR");
  return body.data;
}
