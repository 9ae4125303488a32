import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createServer as createHttpServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { DigiLockerClient, type DigiLockerRequestEvent } from "@lockerkit/core";
import type { TracerProvider } from "@opentelemetry/api";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import express from "express";
import { getPGliteInstance } from "typeorm-pglite";
import helmet from "helmet";
import type { Logger } from "pino";
import { assertProductionReady, type Config, isSandboxUpstream, loadConfig, type RateLimitsConfig } from "./config";
import { loadOrCreateDevKeys } from "./crypto/dev-keys";
import { EncryptionService } from "./crypto/encryption.service";
import { assertKeysReadStoredData } from "./crypto/stored-data-keys.check";
import { openDatabase } from "./db/data-source";
import { SchemaStatusRepository } from "./db/schema-status.repository";
import { QueryCounter } from "./db/query-counter";
import { dumpTables } from "./db/table-dump";
import { createFormatError } from "./errors/format-error";
import { createContextFactory, type Context } from "./graphql/context";
import { graphqlHardening, MAX_TOKENS } from "./graphql/hardening";
import { rateLimitPlugin } from "./graphql/rate-limit.plugin";
import { RateLimitStore } from "./graphql/rate-limit.store";
import { buildAppSchema } from "./graphql/schema";
import type { Services } from "./graphql/services";
import { callbackRoute } from "./http/callback.route";
import { APOLLO_STUDIO_ORIGIN, tenantCors } from "./http/cors";
import { explorerRoutes } from "./http/explorer.routes";
import { FileUrlSigner } from "./http/file-url.signer";
import { errorHandler } from "./http/error-handler";
import { filesRoute } from "./http/files.route";
import { metricsRoute } from "./http/metrics.route";
import { receiptsRoutes } from "./http/receipts.routes";
import { WEB_DIST, webAppRoutes } from "./http/web-app.routes";
import { OutboxRepository } from "./jobs/outbox.repository";
import { WebhookWorker } from "./jobs/webhook.worker";
import { RecoverySweep } from "./jobs/recovery.sweep";
import { RevokeWorker } from "./jobs/revoke.worker";
import { PurgeJob, type PurgeResult } from "./jobs/purge.job";
import { rotateKeys } from "./jobs/key-rotation.job";
import { rekeyLookups } from "./jobs/lookup-rekey.job";
import { AadhaarKycRepository } from "./modules/aadhaar/aadhaar-kyc.repository";
import { AadhaarService } from "./modules/aadhaar/aadhaar.service";
import { KycChecksService } from "./modules/aadhaar/kyc-checks.service";
import { CatalogueCache } from "./modules/pull/catalogue-cache";
import { PullService } from "./modules/pull/pull.service";
import { AuditService } from "./modules/audit/audit.service";
import { DocumentContentRepository } from "./modules/documents/document-content.repository";
import { DocumentContentService } from "./modules/documents/document-content.service";
import { IdempotencyRepository } from "./modules/sessions/idempotency.repository";
import { SessionLifecycleService } from "./modules/sessions/session-lifecycle.service";
import { SessionAdminService } from "./modules/sessions/session-admin.service";
import { SessionTokenService } from "./modules/sessions/session-token.service";
import { createTrustStore } from "./trust";
import { healthRoutes } from "./http/health.routes";
import { requestLog } from "./http/request-log";
import { createLogger } from "./logger";
import { graphqlObservabilityPlugin } from "./observability/graphql-observability.plugin";
import { Metrics } from "./observability/metrics";
import { UpstreamWindow } from "./observability/upstream-window";
import { OperationsHealthRepository } from "./modules/health/operations-health.repository";
import { OperationsHealthService } from "./modules/health/operations-health.service";
import { graphqlSpan, TRACER_NAME, upstreamSpans } from "./observability/tracing";
import { ConsentSessionRepository } from "./modules/consent/consent-session.repository";
import { ConsentService } from "./modules/consent/consent.service";
import { DocumentsService } from "./modules/documents/documents.service";
import { IssuedDocumentRepository } from "./modules/documents/issued-document.repository";
import { ProfileService } from "./modules/profile/profile.service";
import { SessionAccessService } from "./modules/sessions/session-access.service";
import { type DemoTenantKeys, resolveDemoKeys, seedDemoTenant } from "./modules/tenants/demo-tenant";
import { TenantRepository } from "./modules/tenants/tenant.repository";
import { TenantService } from "./modules/tenants/tenant.service";
import { WebhookEmitter } from "./modules/webhooks/webhook-emitter";
import { WebhookEndpointRepository } from "./modules/webhooks/webhook-endpoint.repository";
import { WebhookEventRepository } from "./modules/webhooks/webhook-event.repository";
import { WebhooksService } from "./modules/webhooks/webhooks.service";
import { DigiLockerClients } from "./modules/tenants/digilocker-clients";
import { UploadedDocumentsService } from "./modules/uploaded-documents/uploaded-documents.service";
import { ConsentStatusBus } from "./modules/consent-status/consent-status.bus";
import { ConsentStatusService } from "./modules/consent-status/consent-status.service";
import { attachSubscriptions } from "./graphql/subscriptions";
import { KycReceiptRepository } from "./modules/receipts/kyc-receipt.repository";
import { KycReceiptService } from "./modules/receipts/kyc-receipt.service";
import { ReceiptKeys } from "./modules/receipts/receipt-keys";

export interface ServerOptions extends Partial<Omit<Config, "rateLimits">> {
  /** Merged over the environment's limits. */
  rateLimits?: Partial<RateLimitsConfig>;
  logger?: Logger;
  /** Where spans go (main.ts passes one when OTEL_* configures tracing); without it no span is made. */
  tracerProvider?: TracerProvider;
}

export interface RunningServer {
  /** e.g. `http://localhost:4000`. */
  url: string;
  /** The embedded sandbox's origin, when it runs. */
  sandboxUrl: string | null;
  /** Whether the built demo web app is served at `/`. */
  webApp: boolean;
  /** The demo tenant's keys (sandbox mode only). */
  demoTenant: DemoTenantKeys | null;
  /** Where the demo tenant's secret key can be read (a file or the variable that set it), for `npm start`'s banner. */
  demoSecretKeySource: string | null;
  /** SQL statements sent since start (tests assert statements per request with it). */
  sqlStatements(): number;
  /** In-process administration (the CLIs' services), for operators' scripts and tests. */
  admin: {
    tenants: TenantService;
    audit: AuditService;
    purge(): Promise<PurgeResult>;
    /** Re-encrypts stored values under the first of `keys` (`<id>:<base64>,…`). */
    rotateKeys(keys: string): Promise<number>;
    /** Rewrites rows stored with global lookups (done at boot; for tests and operators' scripts). */
    rekeyLookups(): Promise<{ rewritten: number; unreadable: number }>;
    dumpTables(): Promise<string>;
    sql(query: string, params?: unknown[]): Promise<unknown>;
    /** Runs one pass of the outbox (queued revokes) now, as its timer would. */
    drainOutbox(): Promise<void>;
  };
  stop(): Promise<void>;
}

/** `iss` of KYC receipts: LOCKERKIT_PUBLIC_URL, else the origin DigiLocker redirects to (public in production), else the bound URL. */
function receiptIssuer(config: Config, boundUrl: string): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, "");
  return config.digilockerRedirectUri ? new URL(config.digilockerRedirectUri).origin : boundUrl;
}

async function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return (server.address() as AddressInfo).port;
}

/**
 * The composition root: parses nothing itself (config comes in), wires repositories, services and
 * transports, and returns a handle to stop everything in reverse order.
 */
export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { logger: givenLogger, tracerProvider, ...overrides } = options;
  // Overrides may complete a production configuration, so the production check runs on the merge.
  const base = loadConfig(process.env, { checkProduction: false });
  const config: Config = { ...base, ...overrides, rateLimits: { ...base.rateLimits, ...overrides.rateLimits } };
  assertProductionReady(config);
  const ephemeral = config.pgliteDir === null;
  const logger = givenLogger ?? createLogger(config.env === "test" ? "silent" : undefined);
  const cleanups: Array<() => Promise<unknown>> = [];
  // Graceful stop: readiness 503 first (after an optional delay for load balancers to notice), then
  // Apollo's drain closes the listener and waits for in-flight requests, then jobs, pool, sandbox.
  let draining = false;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      draining = true;
      if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      for (const cleanup of cleanups.reverse()) await cleanup().catch((error: Error) => logger.warn({ err: error.message }, "shutdown step failed"));
    })());

  try {
    // Bind first: the default redirect URI and the embedded sandbox's registration need the real port.
    // Until the app is wired, answer every request with 503 rather than leaving it hanging.
    const booting = (_req: unknown, res: ServerResponse) => {
      res.writeHead(503, { "content-type": "application/json", "retry-after": "1" }).end('{"status":"starting"}');
    };
    const httpServer = createHttpServer(booting);
    const port = await listen(httpServer, config.port, config.host);
    const url = `http://localhost:${port}`;
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          httpServer.close(() => resolve());
          httpServer.closeIdleConnections();
        }),
    );

    const redirectUri = config.digilockerRedirectUri ?? `${url}/digilocker/callback`;
    let digilockerBaseUrl = config.digilockerBaseUrl;
    let clientId = config.digilockerClientId;
    let clientSecret = config.digilockerClientSecret;
    let sandboxUrl: string | null = null;
    if (!digilockerBaseUrl) {
      const { createSandbox } = await import("@lockerkit/sandbox");
      const sandbox = await createSandbox({ port: config.sandboxPort, redirectUris: [redirectUri], clientId, clientSecret, dialect: config.sandboxDialect });
      cleanups.push(() => sandbox.stop());
      digilockerBaseUrl = sandbox.baseUrl;
      clientId = sandbox.clientId;
      clientSecret = sandbox.clientSecret;
      sandboxUrl = sandbox.url;
    }
    if (!clientId || !clientSecret) throw new Error("DIGILOCKER_CLIENT_ID and DIGILOCKER_CLIENT_SECRET are required with DIGILOCKER_BASE_URL");

    const queryCounter = new QueryCounter();
    const dataSource = await openDatabase(config, queryCounter, {
      onPoolError: (error) => logger.warn({ err: error.message }, "idle database connection failed"),
    });
    cleanups.push(() => dataSource.destroy());

    const crypto = EncryptionService.parse(
      // `pgliteDir: null` means a throw-away run (tests): dev keys stay in memory, nothing is written.
      config.encryptionKeys ?? (ephemeral ? `mem:${randomBytes(32).toString("base64")}` : loadOrCreateDevKeys(config.dataDir)),
    );
    // Wrong keys (a restore without its keys, a replaced key) refuse to start rather than serve garbage.
    await assertKeysReadStoredData(new SchemaStatusRepository(dataSource), crypto);
    // Receipt keys follow the encryption keys: from the environment, else generated (in memory for tests).
    const receiptKeys = ReceiptKeys.parse(config.receiptKeys ?? (ephemeral ? ReceiptKeys.generateEntry() : ReceiptKeys.loadOrCreateDev(config.dataDir)));
    const metrics = new Metrics();
    // Tracing off costs nothing per request: no middleware, no span objects.
    const tracer = tracerProvider?.getTracer(TRACER_NAME) ?? null;
    const traceUpstream = tracer ? upstreamSpans(tracer) : null;
    const upstreamWindow = new UpstreamWindow();
    const onRequest = (event: DigiLockerRequestEvent) => {
      metrics.upstreamRequest(event);
      upstreamWindow.record(event);
      traceUpstream?.(event);
    };
    const digilocker = new DigiLockerClient({ baseUrl: digilockerBaseUrl, clientId, clientSecret, redirectUri, onRequest, hmac: config.digilockerHmac });
    // Every client of the host shares the default client's breaker.
    metrics.readBreakerFrom(() => digilocker.circuitState);

    const trustStore = createTrustStore({ ...config, sandboxUpstream: isSandboxUpstream(config) });
    const tenantRepository = new TenantRepository(dataSource);
    const sessions = new ConsentSessionRepository(dataSource);
    const clients = new DigiLockerClients(digilocker, { baseUrl: digilockerBaseUrl, redirectUri, onRequest, hmac: config.digilockerHmac }, tenantRepository, crypto);
    const access = new SessionAccessService(sessions, clients, crypto, {}, metrics.tokenRefresh);
    const issuedDocuments = new IssuedDocumentRepository(dataSource);
    const documentContents = new DocumentContentRepository(dataSource);
    const documents = new DocumentsService(
      issuedDocuments,
      access,
      crypto,
      crypto.deriveKey("document-cursor"),
      crypto.deriveKey("uri-lookup"),
      config.documentsSyncWindowS * 1000,
    );
    // Rows from before per-tenant lookups are rewritten before anything reads them.
    const lookupStores = { issued: issuedDocuments, contents: documentContents };
    const rekeyed = await rekeyLookups(lookupStores, crypto, documents);
    if (rekeyed.rewritten > 0 || rekeyed.unreadable > 0) logger.info(rekeyed, "document lookups re-keyed per tenant");
    const fileUrls = new FileUrlSigner(crypto.deriveKey("file-url"), url);
    const outbox = new OutboxRepository(dataSource);
    const revoker = new RevokeWorker(outbox, clients, crypto, logger, config.outboxMaxAttempts, metrics.outboxGaveUp);
    revoker.start();
    cleanups.push(async () => revoker.stop());
    const webhookEndpoints = new WebhookEndpointRepository(dataSource);
    const webhookEvents = new WebhookEventRepository(dataSource);
    const webhookWorker = new WebhookWorker(webhookEvents, webhookEndpoints, crypto, logger, {
      ...config.webhooks,
      blockInternalAddresses: config.env === "production",
      onAttempt: (event, outcome, durationMs) => metrics.webhookDelivery(event.type, outcome, durationMs / 1000),
    });
    webhookWorker.start();
    cleanups.push(() => webhookWorker.stop());
    const webhooks = new WebhookEmitter(webhookEvents, () => webhookWorker.kick());
    const recovery = new RecoverySweep(sessions, logger, config.recoveryExchangingAfterS * 1000);
    recovery.start();
    cleanups.push(() => recovery.stop());
    const purge = new PurgeJob(dataSource, outbox, crypto, logger, webhooks, (result) => metrics.purgeDone(result));
    purge.start();
    cleanups.push(async () => purge.stop());
    // Status changes reach this replica's subscribers from the database, whoever made them.
    const statusBus = new ConsentStatusBus(logger);
    if (config.databaseUrl) await statusBus.listenPostgres(config.databaseUrl);
    else await statusBus.listenPGlite(await getPGliteInstance());
    cleanups.push(() => statusBus.stop());
    const services: Services = {
      tenants: new TenantService(tenantRepository, crypto),
      sessions,
      sessionTokens: new SessionTokenService(sessions, config.sessionTokens.idleTimeoutS),
      consent: new ConsentService(sessions, clients, crypto, webhooks, logger, config.consentWindowS * 1000, {
        requireVerifier: config.env === "production" || config.requireClaimVerifier,
        tokenLifetimeS: config.sessionTokens.maxLifetimeS,
      }),
      profile: new ProfileService(access, crypto),
      documents,
      contents: new DocumentContentService(documentContents, documents, access, crypto, trustStore, fileUrls),
      aadhaar: new AadhaarService(new AadhaarKycRepository(dataSource), access, crypto, trustStore, webhooks),
      audit: new AuditService(dataSource, crypto.deriveKey("audit-head")),
      kycChecks: new KycChecksService(),
      pull: new PullService(clients, access, documents, new CatalogueCache(config.pullCatalogueTtlS * 1000)),
      sessionAdmin: new SessionAdminService(sessions, crypto.deriveKey("session-cursor")),
      lifecycle: new SessionLifecycleService(dataSource, sessions, access, outbox, revoker, crypto, new IdempotencyRepository(dataSource), webhooks),
      webhooks: new WebhooksService(webhookEndpoints, webhookEvents, crypto, crypto.deriveKey("webhook-cursor"), config.env === "production", () => webhookWorker.kick()),
      uploadedDocuments: new UploadedDocumentsService(access, crypto.deriveKey("uploaded-cursor"), config.documentsSyncWindowS * 1000),
      operationsHealth: new OperationsHealthService(new OperationsHealthRepository(dataSource), upstreamWindow),
      consentStatus: new ConsentStatusService(sessions, statusBus, config.subscriptionsPerTenant),
      receipts: new KycReceiptService(new KycReceiptRepository(dataSource), receiptKeys, {
        issuer: receiptIssuer(config, url),
        vct: config.receiptVct,
      }),
    };

    let demoTenant: DemoTenantKeys | null = null;
    if (!config.digilockerBaseUrl) {
      demoTenant = resolveDemoKeys(ephemeral ? null : config.dataDir, {
        publishableKey: config.demoTenantKey,
        secretKey: config.demoTenantSecret,
      });
      await seedDemoTenant(tenantRepository, demoTenant);
    }

    const production = config.env === "production";
    const demoHeaders: Record<string, string> = demoTenant ? { authorization: `Bearer ${demoTenant.publishableKey}` } : {};
    const hardening = graphqlHardening(production);
    const rateLimits = await RateLimitStore.create(config.rateLimits, { logger, onBackendError: () => metrics.rateLimitBackendError() });
    cleanups.push(async () => rateLimits.stop());
    const schema = buildAppSchema();
    const formatError = createFormatError(logger);
    const apollo = new ApolloServer<Context>({
      schema,
      validationRules: hardening.validationRules,
      parseOptions: { maxTokens: MAX_TOKENS },
      allowBatchedHttpRequests: false,
      formatError,
      csrfPrevention: true,
      introspection: !production,
      includeStacktraceInErrorResponses: false,
      // main.ts owns SIGTERM/SIGINT (drain, close the pool, exit 0); Apollo must not re-raise them.
      stopOnTerminationSignals: false,
      plugins: [
        // In-flight requests get up to 25 s (the longest upstream deadline is 20 s) before sockets are cut.
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 25_000 }),
        graphqlObservabilityPlugin(metrics),
        ...hardening.plugins,
        rateLimitPlugin(rateLimits),
        // Apollo Sandbox to explore the schema in development, the demo key preset; nothing in production.
        // (GET /explorer is the self-hosted GraphiQL for offline use.)
        production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: { initialState: { sharedHeaders: demoHeaders } }, headers: demoHeaders }),
      ],
    });
    await apollo.start();
    cleanups.push(() => apollo.stop());
    // Subscriptions over WebSocket on the same path; closed before Apollo drains HTTP.
    const subscriptions = attachSubscriptions({ httpServer, schema, services, rateLimits, validationRules: hardening.validationRules, maxTokens: MAX_TOKENS, formatError, logger });
    cleanups.push(() => subscriptions.stop());

    const app = express();
    app.disable("x-powered-by");
    app.set("query parser", "simple");
    // The client IP of per-IP rate limits: X-Forwarded-For counts only from the proxies TRUST_PROXY names.
    app.set("trust proxy", config.trustProxy);
    // Security headers on every route; the CSP is relaxed only in development, for Apollo Sandbox's embed.
    app.use(requestLog(logger));
    app.use(helmet({ contentSecurityPolicy: production ? undefined : false, crossOriginEmbedderPolicy: false }));
    app.use(healthRoutes(async () => {
      if (draining) return false;
      await dataSource.query("SELECT 1");
      return true;
    }));
    app.use(metricsRoute(metrics, { production, token: config.metricsToken }));
    app.use(callbackRoute(services.consent, services.audit, logger));
    app.use(receiptsRoutes(services.receipts, logger));
    app.use(filesRoute(fileUrls, sessions, services.contents, logger));
    app.use(
      "/graphql",
      // In development the hosted Apollo Sandbox may point at this server too.
      tenantCors(() => tenantRepository.allOrigins(), production ? [] : [APOLLO_STUDIO_ORIGIN]),
      express.json({ limit: "3mb" }),
      ...(tracer ? [graphqlSpan(tracer)] : []),
      expressMiddleware(apollo, { context: createContextFactory(services, rateLimits) }),
    );
    if (!production) app.use(explorerRoutes());
    app.use(webAppRoutes(demoTenant?.publishableKey ?? null, production ? null : "/explorer"));
    app.use(errorHandler(logger));
    httpServer.removeListener("request", booting);
    httpServer.on("request", app);

    return {
      url,
      sandboxUrl,
      webApp: existsSync(join(WEB_DIST, "index.html")),
      demoTenant,
      demoSecretKeySource: !demoTenant ? null : config.demoTenantSecret ? "DEMO_TENANT_SECRET" : ephemeral ? null : resolve(config.dataDir, "demo-tenant.json"),
      sqlStatements: () => queryCounter.count,
      admin: {
        tenants: services.tenants,
        audit: services.audit,
        purge: () => purge.run(),
        rotateKeys: (keys: string) => rotateKeys(dataSource, EncryptionService.parse(keys)),
        rekeyLookups: () => rekeyLookups(lookupStores, crypto, documents),
        dumpTables: () => dumpTables(dataSource),
        sql: (query, params) => dataSource.query(query, params),
        drainOutbox: () => revoker.drain(),
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
