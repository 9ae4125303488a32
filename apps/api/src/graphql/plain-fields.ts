import { getMetadataStorage } from "type-graphql";

/**
 * Marks every object-type field that needs nothing of type-graphql as `simple`, so graphql-js reads the
 * property itself instead of calling type-graphql's wrapper: a field with no roles (`@Authorized`), no
 * middlewares and its own property name. A `documents(first: 20)` page resolves ≈ 230 such fields.
 * Fields with roles or middlewares, and `@FieldResolver`s (always wrapped), keep type-graphql's resolver.
 */
export function markPlainFieldsSimple(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple !== undefined) continue;
    const guarded =
      (field.roles !== undefined && field.roles.length > 0) || (field.middlewares?.length ?? 0) > 0;
    if (!guarded && field.name === field.schemaName) field.simple = true;
  }
}
