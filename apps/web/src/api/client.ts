import type { TypedDocumentString } from "../gql/graphql";

/** What `/demo-config.json` tells the demo: the demo tenant's publishable key and the endpoint. */
export interface DemoConfig {
  publishableKey: string | null;
  graphqlUrl: string;
}

/** A GraphQL or transport failure, with the API's `extensions.code` (the catalogue in docs/errors.md). */
export class ApiError extends Error {
  readonly code: string;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;
  readonly reason?: string;

  constructor(message: string, code: string, extra: { requestId?: string; retryAfterSeconds?: number; reason?: string } = {}) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.requestId = extra.requestId;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.reason = extra.reason;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

let endpoint = "/graphql";

export async function loadDemoConfig(): Promise<DemoConfig> {
  const res = await fetch("/demo-config.json", { headers: { accept: "application/json" }, cache: "no-store" });
  if (!res.ok) throw new ApiError(`the API answered ${res.status} for /demo-config.json`, "CONFIG_UNAVAILABLE");
  const config = (await res.json()) as DemoConfig;
  endpoint = config.graphqlUrl || "/graphql";
  return config;
}

/**
 * Posts one typed document as JSON (Apollo's CSRF prevention accepts `content-type: application/json`)
 * and returns its data, or throws the first error as an ApiError. Each call asks for one root field,
 * so a partial answer is treated as a failure of that field.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string | null; signal?: AbortSignal } = {},
): Promise<TResult> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError("the LockerKit API cannot be reached", "NETWORK_ERROR");
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await res.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(`the API answered ${res.status} without a GraphQL body`, res.status >= 500 ? "UPSTREAM_UNAVAILABLE" : "NETWORK_ERROR");
  }
  const first = body.errors?.[0];
  if (first) {
    const ext = first.extensions ?? {};
    throw new ApiError(first.message, typeof ext.code === "string" ? ext.code : "INTERNAL_SERVER_ERROR", {
      requestId: typeof ext.requestId === "string" ? ext.requestId : undefined,
      retryAfterSeconds: typeof ext.retryAfterSeconds === "number" ? ext.retryAfterSeconds : undefined,
      reason: typeof ext.reason === "string" ? ext.reason : undefined,
    });
  }
  if (!body.data) throw new ApiError("the API answered without data", "INTERNAL_SERVER_ERROR");
  return body.data;
}
