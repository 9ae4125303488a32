import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import type { Tracer } from "@opentelemetry/api";
import express, { type Express } from "express";
import type { Logger } from "pino";
import type { Config } from "../config";
import { type Context, createContextFactory } from "../graphql/context";
import type { RateLimitStore } from "../graphql/rate-limit.store";
import { createLoaders } from "../graphql/schema";
import type { Services } from "../graphql/services";
import type { ConsentSessionRepository } from "../modules/sessions";
import type { TenantRepository } from "../modules/tenants";
import type { Metrics } from "../observability/metrics";
import { graphqlSpan } from "../observability/tracing";
import { callbackRoute } from "./callback.route";
import { APOLLO_STUDIO_ORIGIN, tenantCors } from "./cors";
import { errorHandler } from "./error-handler";
import { explorerRoutes } from "./explorer.routes";
import type { FileUrlSigner } from "./file-url.signer";
import { filesRoute } from "./files.route";
import { healthRoutes } from "./health.routes";
import { metricsRoute } from "./metrics.route";
import { receiptsRoutes } from "./receipts.routes";
import { requestLog } from "./request-log";
import { securityHeaders } from "./security-headers";
import { webAppRoutes } from "./web-app.routes";

export interface HttpPipelineDeps {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** Spans per GraphQL request; null when tracing is off (then no middleware at all). */
  tracer: Tracer | null;
  apollo: ApolloServer<Context>;
  services: Services;
  rateLimits: RateLimitStore;
  sessions: ConsentSessionRepository;
  tenantRepository: TenantRepository;
  fileUrls: FileUrlSigner;
  /** Readiness: false while draining; throws when the database does not answer. */
  ready: () => Promise<boolean>;
  demoPublishableKey: string | null;
}

/** The Express app: middleware and routes in the order they must run (security headers before any route, errors last). */
export function createHttpPipeline(deps: HttpPipelineDeps): Express {
  const { config, logger, services } = deps;
  const production = config.env === "production";
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  // The client IP of per-IP rate limits: X-Forwarded-For counts only from the proxies TRUST_PROXY names.
  app.set("trust proxy", config.trustProxy);
  // Security headers on every route; the CSP is relaxed only in development, for Apollo Sandbox's embed.
  app.use(requestLog(logger));
  app.use(
    securityHeaders({
      contentSecurityPolicy: production ? undefined : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  // The hot path is matched first: the routers below only answer their own GET paths, never /graphql.
  app.use(
    "/graphql",
    // In development the hosted Apollo Sandbox may point at this server too.
    tenantCors(() => deps.tenantRepository.allOrigins(), production ? [] : [APOLLO_STUDIO_ORIGIN]),
    express.json({ limit: "3mb" }),
    ...(deps.tracer ? [graphqlSpan(deps.tracer)] : []),
    expressMiddleware(deps.apollo, {
      context: createContextFactory(services, createLoaders, deps.rateLimits),
    }),
  );
  app.use(healthRoutes(deps.ready));
  app.use(metricsRoute(deps.metrics, { production, token: config.metricsToken }));
  app.use(callbackRoute(services.consent, services.audit, logger));
  app.use(receiptsRoutes(services.receipts, logger));
  app.use(filesRoute(deps.fileUrls, deps.sessions, services.contents, logger));
  if (!production) app.use(explorerRoutes());
  app.use(webAppRoutes(deps.demoPublishableKey, production ? null : "/explorer"));
  app.use(errorHandler(logger));
  return app;
}
