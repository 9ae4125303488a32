import type { TypedDocumentString } from "../gql/graphql";

/** A GraphQL failure with the API's `extensions.code`. */
export class ConsoleError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ConsoleError";
  }
}

/**
 * The console's client: the secret key lives only in the caller's memory and goes in the Authorization
 * header; `x-lockerkit-client: console` makes the API audit its actions with the actor `console`.
 */
export async function consoleRequest<TResult, TVariables>(
  key: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let res: Response;
  try {
    res = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        authorization: `Bearer ${key}`,
        "x-lockerkit-client": "console",
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ConsoleError("the LockerKit API cannot be reached", "NETWORK_ERROR");
  }
  const body = (await res.json().catch(() => ({}))) as {
    data?: TResult | null;
    errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
  };
  const first = body.errors?.[0];
  if (first)
    throw new ConsoleError(
      first.message,
      first.extensions?.code ?? "INTERNAL_SERVER_ERROR",
      first.extensions?.field,
    );
  if (!body.data) throw new ConsoleError(`the API answered ${res.status}`, "INTERNAL_SERVER_ERROR");
  return body.data;
}
