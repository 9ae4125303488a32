import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, Kind, type ValidationRule } from "graphql";

const MAX_DUPLICATES = 5;

/**
 * The same field repeated in one selection set is merged into one answer by GraphQL, yet each
 * copy costs parsing and validation: hundreds of copies are only ever an attack (graphql-cop's
 * "field duplication" probe), so more than a handful is refused.
 */
export const noFieldDuplication: ValidationRule = (context) => ({
  SelectionSet(node) {
    const counts = new Map<string, number>();
    for (const selection of node.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const key = selection.alias?.value ?? selection.name.value;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count === MAX_DUPLICATES + 1) {
        context.reportError(
          new GraphQLError(`field "${key}" is repeated more than ${MAX_DUPLICATES} times`, {
            nodes: [selection],
          }),
        );
      }
    }
  },
});

/**
 * graphql-armor limits for every environment (so development shows the same refusals), plus
 * production-only removal of field suggestions ("Did you mean …") that would map the schema.
 * Batching stays off and stack traces never leave the server.
 */
export const MAX_TOKENS = 1500;

export function graphqlHardening(production: boolean): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: 8, ignoreIntrospection: true, flattenFragments: true },
    // No alias is allow-listed: each aliased root field counts against the limit (and the rate limit).
    maxAliases: { n: 10, allowList: [] },
    maxDirectives: { n: 5 },
    // Token limit is enforced by graphql-js's own parser (`parseOptions.maxTokens`): armor's version
    // turns syntax errors into HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules: [...validationRules, noFieldDuplication] };
}
