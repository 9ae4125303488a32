import { LockerKitError, type GraphQLErrorLike } from "./errors.js";

/** A typed document: the generated `…Document` strings (no `graphql` runtime needed). */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
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
      body: JSON.stringify({ query: document.toString(), variables }),
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
