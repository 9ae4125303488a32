export interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  /** Wall time of the request, in ms. */
  ms: number;
  /** The raw body, for byte comparisons. */
  text: string;
  data: T | null;
  errors?: GraphQLError[];
}

export interface GqlOptions {
  /** Aborts the request after this long (default 60 s). */
  timeoutMs?: number;
}

/** POST `${apiUrl}/graphql`; a bearer `token` when given. Throws on a body that is not JSON. */
export async function gql<T = Record<string, unknown>>(
  apiUrl: string,
  query: string,
  variables: unknown = {},
  token?: string,
  { timeoutMs = 60_000 }: GqlOptions = {},
): Promise<GraphQLResult<T>> {
  const started = Date.now();
  const res = await fetch(`${apiUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body: { data?: T | null; errors?: GraphQLError[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`non-JSON answer (HTTP ${res.status}): ${text.slice(0, 200)}`);
  }
  return { status: res.status, ms: Date.now() - started, text, data: body.data ?? null, errors: body.errors };
}

/** The data, or a throw with the whole answer, so a failure shows what the server said. */
export function expectData<T>(result: Pick<GraphQLResult<T>, "status" | "data" | "errors">): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors (HTTP ${result.status}): ${JSON.stringify(result, null, 2)}`);
  }
  return result.data;
}

/** The first error's code, or undefined. */
export function errorCodeOf(result: Pick<GraphQLResult<unknown>, "errors">): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** The first error's code; throws with the whole answer when there is none. */
export function errorCode(result: Pick<GraphQLResult<unknown>, "errors">): string {
  const code = errorCodeOf(result);
  if (!code) throw new Error(`expected an error, got: ${JSON.stringify(result, null, 2)}`);
  return code;
}

/** "CODE: message" of the first error (for reports), or null when the answer has none. */
export function errorSummary(result: Pick<GraphQLResult<unknown>, "errors">): string | null {
  const error = result.errors?.[0];
  if (!error) return null;
  return `${error.extensions?.code ?? "ERROR"}: ${error.message}`.slice(0, 160);
}
