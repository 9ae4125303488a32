import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import type { Tracer } from "@opentelemetry/api";
import express from "express";
import proxyaddr from "proxy-addr";
import type { Logger } from "pino";
import type { Config } from "../config";
import { type Context, createContextFactory } from "../graphql/context";
import type { RateLimitStore } from "../graphql/rate-limit.store";
import { createLoaders } from "../graphql/schema";
import type { Services } from "../graphql/services";
import { unredactedLogger } from "../logger";
import type { ConsentSessionRepository } from "../modules/sessions";
import type { TenantRepository } from "../modules/tenants";
import type { Metrics } from "../observability/metrics";
import { graphqlSpan } from "../observability/tracing";
import { callbackRoute } from "./callback.route";
import { APOLLO_STUDIO_ORIGIN, tenantCors } from "./cors";
import { errorHandler } from "./error-handler";
import { graphqlRoute, isGraphqlPath } from "./graphql.route";
import { GRAPHQL_BODY_LIMIT, jsonBody } from "./json-body";
import { explorerRoutes } from "./explorer.routes";
import type { FileUrlSigner } from "./file-url.signer";
import { filesRoute } from "./files.route";
import { healthRoutes } from "./health.routes";
import { metricsRoute } from "./metrics.route";
import { receiptsRoutes } from "./receipts.routes";
import { logRequest, requestLog } from "./request-log";
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

/**
 * The HTTP server's request listener. GraphQL POSTs, nearly all of the traffic, are answered by the
 * GraphQL route on Node's own request and response; everything else (GET and preflights of /graphql
 * included) by the Express app. Both log the request and set the security headers first, read bodies
 * with the same parser and build the same context.
 */
export function createHttpPipeline(deps: HttpPipelineDeps): RequestListener {
  const { config, logger, services } = deps;
  const production = config.env === "production";
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  // The client IP of per-IP rate limits: X-Forwarded-For counts only from the proxies TRUST_PROXY names.
  app.set("trust proxy", config.trustProxy);
  const trusted = app.get("trust proxy fn") as (address: string, hop: number) => boolean;
  // Security headers on every route; the CSP is relaxed only in development, for Apollo Sandbox's embed.
  const setSecurityHeaders = securityHeaders({
    contentSecurityPolicy: production ? undefined : false,
    crossOriginEmbedderPolicy: false,
  });
  const context = createContextFactory(services, createLoaders, deps.rateLimits);
  // In development the hosted Apollo Sandbox may point at this server too.
  const cors = tenantCors(() => deps.tenantRepository.allOrigins(), production ? [] : [APOLLO_STUDIO_ORIGIN]);

  // Request lines have fixed fields with nothing secret in them (request-log.ts): no redaction pass.
  const requestLines = unredactedLogger(logger);
  app.use(requestLog(requestLines));
  app.use((_req, res, next) => {
    setSecurityHeaders(res);
    next();
  });
  // GraphQL's other methods; the routers below only answer their own GET paths, never /graphql.
  app.use(
    "/graphql",
    cors,
    jsonBody(GRAPHQL_BODY_LIMIT),
    ...(deps.tracer ? [graphqlSpan(deps.tracer)] : []),
    expressMiddleware(deps.apollo, {
      context: ({ req, res }) =>
        context({
          clientAddress: req.ip,
          headers: req.headers,
          requestId: (res.locals.requestId as string | undefined) ?? null,
          setHeader: (name, value) => res.setHeader(name, value),
        }),
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

  const graphqlPost = graphqlRoute({
    apollo: deps.apollo,
    context,
    logger,
    cors,
    tracer: deps.tracer,
    // As Express's `req.ip`: the nearest address `trust proxy` does not vouch for.
    clientAddress: (req) => proxyaddr(req, trusted),
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    if (req.method !== "POST" || !isGraphqlPath(url)) return app(req, res);
    const requestId = logRequest(requestLines, req, res);
    setSecurityHeaders(res);
    graphqlPost(req, res, requestId);
  };
}
