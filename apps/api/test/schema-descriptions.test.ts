import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  isScalarType,
  isSpecifiedScalarType,
} from "graphql";
import { ERROR_CATALOGUE } from "../src/errors/error-codes";
import { buildAppSchema } from "../src/graphql/schema";

/** Every named type, field, argument, input field and enum value of the public schema lacking a description. */
function undocumented(): string[] {
  const schema = buildAppSchema();
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter(Boolean)
      .map((t) => t!.name),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!roots.has(type.name)) need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args as GraphQLArgument[])
          need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLInputField[])
        need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    } else if (isUnionType(type)) {
      // The union's own description is enough; its members are object types checked above.
    }
  }
  return missing;
}

describe("schema descriptions", () => {
  it("documents every type, field, argument and enum value", () => {
    expect(undocumented()).toEqual([]);
  });

  it("each root field says which principal it needs and which error codes it can return", () => {
    const schema = buildAppSchema();
    const lacking: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        const text = field.description ?? "";
        if (!/Needs: .*(publishable|secret key|session token|no Authorization|tenant key)/.test(text))
          lacking.push(`${root!.name}.${field.name}: principal`);
        const codes = /Errors: ([A-Z_, ]+)\./.exec(text)?.[1].split(", ") ?? [];
        if (codes.length === 0) lacking.push(`${root!.name}.${field.name}: errors`);
        for (const code of codes)
          if (!(code in ERROR_CATALOGUE))
            lacking.push(`${root!.name}.${field.name}: ${code} is not in the catalogue`);
      }
    }
    expect(lacking).toEqual([]);
  });
});
