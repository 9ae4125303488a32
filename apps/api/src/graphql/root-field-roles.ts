import { getMetadataStorage } from "type-graphql";
import type { Role } from "./principal";

/** `"Query.me"` → the roles its `@Authorized` admits; `null` when it has none (anyone, anonymous included). */
export type RootFieldRoles = ReadonlyMap<string, readonly Role[] | null>;

/**
 * Reads who may call each root field of `resolvers` from their `@Authorized` decorators (on the method,
 * else on the class), so the schema's "Needs:" text and the README table follow what is enforced.
 */
export function rootFieldRoles(resolvers: readonly object[]): RootFieldRoles {
  const storage = getMetadataStorage();
  const rolesOf = (target: object, method: string): Role[] | null =>
    ((
      storage.authorizedFields.find((a) => a.target === target && a.fieldName === method) ??
      storage.authorizedResolver.find((a) => a.target === target)
    )?.roles as Role[] | undefined) ?? null;
  const roles = new Map<string, readonly Role[] | null>();
  for (const [type, handlers] of [
    ["Query", storage.queries],
    ["Mutation", storage.mutations],
    ["Subscription", storage.subscriptions],
  ] as const)
    for (const handler of handlers)
      if (resolvers.includes(handler.target))
        roles.set(`${type}.${handler.schemaName}`, rolesOf(handler.target, handler.methodName));
  return roles;
}
