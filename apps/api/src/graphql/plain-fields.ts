import { getMetadataStorage } from "type-graphql";

/**
 * Marks every object-type field that needs nothing of type-graphql as `simple`, so graphql-js reads the
 * property itself instead of calling type-graphql's wrapper (a `documents(first: 20)` page resolves
 * ≈ 230 such fields). A field stays wrapped when it is renamed (`@Field({ name })`), or when it or its
 * class carries `@Authorized` (with or without roles) or `@UseMiddleware`; `@FieldResolver`s are always
 * wrapped. Read from the decorators' own records: type-graphql fills `field.roles` and
 * `field.middlewares` only while it builds the schema, after this must run. The schema has no global
 * middlewares (buildAppSchema), which simple fields would skip.
 */
export function markPlainFieldsSimple(): void {
  const storage = getMetadataStorage();
  const guardedClasses = new Set<unknown>([
    ...storage.authorizedResolver.map((a) => a.target),
    ...storage.resolverMiddlewares.map((m) => m.target),
  ]);
  const guardedFields = new Map<unknown, Set<string>>();
  for (const { target, fieldName } of [...storage.authorizedFields, ...storage.middlewares]) {
    if (!guardedFields.has(target)) guardedFields.set(target, new Set());
    guardedFields.get(target)!.add(fieldName);
  }
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.name !== field.schemaName) continue;
    if (guardedClasses.has(field.target) || guardedFields.get(field.target)?.has(field.name)) continue;
    field.simple = true;
  }
}
