import type { ApolloServerPlugin } from "@apollo/server";

/**
 * GraphQL answers carry personal data and are never cached: `cache-control: no-store` on every one.
 * Apollo's cache-control plugin (disabled in apollo-server.ts) sent the same header, derived from
 * per-field hints the schema does not have, through a hook on every resolved field.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set("cache-control", "no-store");
        },
      };
    },
  };
}
