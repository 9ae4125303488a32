import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import type { GraphQLSchema } from "graphql";
import type { createFormatError } from "../errors/format-error";
import type { Metrics } from "../observability/metrics";
import { graphqlObservabilityPlugin } from "../observability/graphql-observability.plugin";
import type { Context } from "./context";
import { type graphqlHardening, MAX_TOKENS } from "./hardening";
import { noStorePlugin } from "./no-store.plugin";
import { rateLimitPlugin } from "./rate-limit.plugin";
import type { RateLimitStore } from "./rate-limit.store";

export interface ApolloServerDeps {
  httpServer: Server;
  schema: GraphQLSchema;
  production: boolean;
  hardening: ReturnType<typeof graphqlHardening>;
  formatError: ReturnType<typeof createFormatError>;
  metrics: Metrics;
  rateLimits: RateLimitStore;
  /** Preset in Apollo Sandbox (development): the demo tenant's publishable key. */
  demoHeaders: Record<string, string>;
}

/** GraphQL over HTTP: the hardened Apollo server (not started). */
export function createApolloServer(deps: ApolloServerDeps): ApolloServer<Context> {
  const { production, demoHeaders } = deps;
  return new ApolloServer<Context>({
    schema: deps.schema,
    validationRules: deps.hardening.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    formatError: deps.formatError,
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT (drain, close the pool, exit 0); Apollo must not re-raise them.
    stopOnTerminationSignals: false,
    plugins: [
      // In-flight requests get up to 25 s (the longest upstream deadline is 20 s) before sockets are cut.
      ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer, stopGracePeriodMillis: 25_000 }),
      graphqlObservabilityPlugin(deps.metrics),
      // No per-field cache hints to collect: the answer is always `no-store`.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      ...deps.hardening.plugins,
      rateLimitPlugin(deps.rateLimits),
      // Apollo Sandbox to explore the schema in development, the demo key preset; nothing in production.
      // (GET /explorer is the self-hosted GraphiQL for offline use.)
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({
            embed: { initialState: { sharedHeaders: demoHeaders } },
            headers: demoHeaders,
          }),
    ],
  });
}
