import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";

/**
 * graphql-armor limits for every environment (so development shows the same refusals), plus
 * production-only removal of field suggestions ("Did you mean …") that would map the schema.
 * Batching stays off and stack traces never leave the server.
 */
export const MAX_TOKENS = 1500;

export function graphqlHardening(production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
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
  return { plugins, validationRules };
}
