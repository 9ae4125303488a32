import { LockerKit, type TypedDocument } from "@lockerkit/client";

/**
 * The console's requests: its own typed operations (secret key) through @lockerkit/client's transport,
 * so failures are the same LockerKitError as everywhere else. The secret key lives only in the caller's
 * memory and goes in the Authorization header; `x-lockerkit-client: console` makes the API audit its
 * actions with the actor `console`.
 */
export function consoleRequest<TResult, TVariables>(
  key: string,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return new LockerKit({ url: "/graphql", key, headers: { "x-lockerkit-client": "console" } }).request(
    document,
    variables,
  );
}
