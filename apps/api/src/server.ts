import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  createServer as createHttpServer,
  type RequestListener,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { DigiLockerClient, type DigiLockerRequestEvent } from "@lockerkit/core";
import type { TracerProvider } from "@opentelemetry/api";
import { getPGliteInstance } from "typeorm-pglite";
import type { Logger } from "pino";
import {
  assertProductionReady,
  type Config,
  isSandboxUpstream,
  loadConfig,
  type RateLimitsConfig,
} from "./config";
import { loadOrCreateDevKeys } from "./crypto/dev-keys";
import { EncryptionService } from "./crypto/encryption.service";
import { assertKeysReadStoredData } from "./crypto/stored-data-keys.check";
import { openDatabase } from "./db/data-source";
import { SchemaStatusRepository } from "./db/schema-status.repository";
import { QueryCounter } from "./db/query-counter";
import { dumpTables } from "./db/table-dump";
import { createFormatError } from "./errors/format-error";
import { createApolloServer } from "./graphql/apollo-server";
import { graphqlHardening, MAX_TOKENS } from "./graphql/hardening";
import { RateLimitStore } from "./graphql/rate-limit.store";
import { buildAppSchema, createLoaders } from "./graphql/schema";
import type { Services } from "./graphql/services";
import { attachSubscriptions } from "./graphql/subscriptions";
import { FileUrlSigner } from "./http/file-url.signer";
import { createHttpPipeline } from "./http/pipeline";
import { WEB_DIST } from "./http/web-app.routes";
import { rotateKeys } from "./jobs/key-rotation.job";
import { pingDatabase } from "./db/ping";
import { runSql } from "./db/raw-sql";
import { rekeyLookups } from "./jobs/lookup-rekey.job";
import type { PurgeResult } from "./jobs/purge.job";
import { startJobs } from "./jobs/start-jobs";
import { createLogger } from "./logger";
import { Metrics } from "./observability/metrics";
import { TRACER_NAME, upstreamSpans } from "./observability/tracing";
import { UpstreamWindow } from "./observability/upstream-window";
import { createTrustStore } from "./trust";
import { createShutdown, type Defer } from "./util/shutdown";
import { AadhaarKycRepository, AadhaarService, KycChecksService } from "./modules/aadhaar";
import { AuditService } from "./modules/audit";
import { ConsentService } from "./modules/consent";
import { ConsentStatusBus, ConsentStatusService } from "./modules/consent-status";
import {
  DocumentContentRepository,
  DocumentContentService,
  DocumentsService,
  IssuedDocumentRepository,
} from "./modules/documents";
import { OperationsHealthRepository, OperationsHealthService } from "./modules/health";
import { ProfileService } from "./modules/profile";
import { CatalogueCache, PullService } from "./modules/pull";
import { KycReceiptRepository, KycReceiptService, ReceiptKeys } from "./modules/receipts";
import {
  ConsentSessionRepository,
  IdempotencyRepository,
  SessionAccessService,
  SessionAdminService,
  SessionLifecycleService,
  SessionTokenService,
} from "./modules/sessions";
import {
  type DemoTenantKeys,
  DigiLockerClients,
  resolveDemoKeys,
  seedDemoTenant,
  TenantRepository,
  TenantService,
} from "./modules/tenants";
import { UploadedDocumentsService } from "./modules/uploaded-documents";
import { WebhookEndpointRepository, WebhookEventRepository, WebhooksService } from "./modules/webhooks";

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

/** The environment's configuration with the caller's overrides merged over it, checked for production. */
function resolveConfig(overrides: Omit<ServerOptions, "logger" | "tracerProvider">): Config {
  // Overrides may complete a production configuration, so the production check runs on the merge.
  const base = loadConfig(process.env, { checkProduction: false });
  const config: Config = {
    ...base,
    ...overrides,
    rateLimits: { ...base.rateLimits, ...overrides.rateLimits },
  };
  assertProductionReady(config);
  return config;
}

async function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return (server.address() as AddressInfo).port;
}

/**
 * Binds first: the default redirect URI and the embedded sandbox's registration need the real port.
 * Until the app is wired, every request is answered 503 rather than left hanging; `serve` swaps the app in.
 */
async function bindHttpServer(config: Config, defer: Defer) {
  const booting = (_req: unknown, res: ServerResponse) => {
    res
      .writeHead(503, { "content-type": "application/json", "retry-after": "1" })
      .end('{"status":"starting"}');
  };
  const httpServer = createHttpServer(booting);
  const port = await listen(httpServer, config.port, config.host);
  defer(
    () =>
      new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      }),
  );
  const serve = (app: RequestListener) => {
    httpServer.removeListener("request", booting);
    httpServer.on("request", app);
  };
  return { httpServer, url: `http://localhost:${port}`, serve };
}

/** DigiLocker: the configured host, else an embedded sandbox (development and tests). */
async function startUpstream(config: Config, redirectUri: string, defer: Defer) {
  let baseUrl = config.digilockerBaseUrl;
  let clientId = config.digilockerClientId;
  let clientSecret = config.digilockerClientSecret;
  let sandboxUrl: string | null = null;
  if (!baseUrl) {
    const { createSandbox } = await import("@lockerkit/sandbox");
    const sandbox = await createSandbox({
      port: config.sandboxPort,
      redirectUris: [redirectUri],
      clientId,
      clientSecret,
      dialect: config.sandboxDialect,
    });
    defer(() => sandbox.stop());
    baseUrl = sandbox.baseUrl;
    clientId = sandbox.clientId;
    clientSecret = sandbox.clientSecret;
    sandboxUrl = sandbox.url;
  }
  if (!clientId || !clientSecret)
    throw new Error(
      "DIGILOCKER_CLIENT_ID and DIGILOCKER_CLIENT_SECRET are required with DIGILOCKER_BASE_URL",
    );
  return { baseUrl, clientId, clientSecret, sandboxUrl };
}

/** The database, and the keys that must read what it stores. */
async function openStorage(config: Config, logger: Logger, defer: Defer) {
  const ephemeral = config.pgliteDir === null;
  const queryCounter = new QueryCounter();
  const dataSource = await openDatabase(config, queryCounter, {
    onPoolError: (error) => logger.warn({ err: error.message }, "idle database connection failed"),
  });
  defer(() => dataSource.destroy());
  const crypto = EncryptionService.parse(
    // `pgliteDir: null` means a throw-away run (tests): dev keys stay in memory, nothing is written.
    config.encryptionKeys ??
      (ephemeral ? `mem:${randomBytes(32).toString("base64")}` : loadOrCreateDevKeys(config.dataDir)),
  );
  // Wrong keys (a restore without its keys, a replaced key) refuse to start rather than serve garbage.
  await assertKeysReadStoredData(new SchemaStatusRepository(dataSource), crypto);
  // Receipt keys follow the encryption keys: from the environment, else generated (in memory for tests).
  const receiptKeys = ReceiptKeys.parse(
    config.receiptKeys ??
      (ephemeral ? ReceiptKeys.generateEntry() : ReceiptKeys.loadOrCreateDev(config.dataDir)),
  );
  return { dataSource, queryCounter, crypto, receiptKeys };
}

/** Metrics, tracing and the DigiLocker client that reports every upstream call to both. */
function observeUpstream(
  config: Config,
  upstream: Awaited<ReturnType<typeof startUpstream>>,
  redirectUri: string,
  tracerProvider?: TracerProvider,
) {
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
  const { baseUrl, clientId, clientSecret } = upstream;
  const digilocker = new DigiLockerClient({
    baseUrl,
    clientId,
    clientSecret,
    redirectUri,
    onRequest,
    hmac: config.digilockerHmac,
  });
  // Every client of the host shares the default client's breaker.
  metrics.readBreakerFrom(() => digilocker.circuitState);
  const clientDefaults = { baseUrl, redirectUri, onRequest, hmac: config.digilockerHmac };
  return { metrics, tracer, upstreamWindow, digilocker, clientDefaults };
}

interface WiringDeps {
  config: Config;
  url: string;
  logger: Logger;
  storage: Awaited<ReturnType<typeof openStorage>>;
  observed: ReturnType<typeof observeUpstream>;
  defer: Defer;
}

/** Repositories, services and jobs of every module, in dependency order. */
async function wireModules({ config, url, logger, storage, observed, defer }: WiringDeps) {
  const { dataSource, crypto } = storage;
  const { metrics } = observed;
  const trustStore = createTrustStore({ ...config, sandboxUpstream: isSandboxUpstream(config) });
  const tenantRepository = new TenantRepository(dataSource);
  const sessions = new ConsentSessionRepository(dataSource);
  const clients = new DigiLockerClients(
    observed.digilocker,
    observed.clientDefaults,
    tenantRepository,
    crypto,
  );
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
  if (rekeyed.rewritten > 0 || rekeyed.unreadable > 0)
    logger.info(rekeyed, "document lookups re-keyed per tenant");
  const fileUrls = new FileUrlSigner(crypto.deriveKey("file-url"), url);
  const webhookEndpoints = new WebhookEndpointRepository(dataSource);
  const webhookEvents = new WebhookEventRepository(dataSource);
  const jobs = startJobs(
    { config, dataSource, crypto, logger, metrics, clients, sessions, webhookEndpoints, webhookEvents },
    defer,
  );
  const { webhooks, webhookWorker } = jobs;
  // Status changes reach this replica's subscribers from the database, whoever made them.
  const statusBus = new ConsentStatusBus(logger);
  if (config.databaseUrl) await statusBus.listenPostgres(config.databaseUrl);
  else await statusBus.listenPGlite(await getPGliteInstance());
  defer(() => statusBus.stop());
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
    lifecycle: new SessionLifecycleService(
      sessions,
      access,
      jobs.outbox,
      jobs.revoker,
      crypto,
      new IdempotencyRepository(dataSource),
      webhooks,
    ),
    webhooks: new WebhooksService(
      webhookEndpoints,
      webhookEvents,
      crypto,
      crypto.deriveKey("webhook-cursor"),
      config.env === "production",
      () => webhookWorker.kick(),
    ),
    uploadedDocuments: new UploadedDocumentsService(
      access,
      crypto.deriveKey("uploaded-cursor"),
      config.documentsSyncWindowS * 1000,
    ),
    operationsHealth: new OperationsHealthService(
      new OperationsHealthRepository(dataSource),
      observed.upstreamWindow,
    ),
    consentStatus: new ConsentStatusService(sessions, statusBus, config.subscriptionsPerTenant),
    receipts: new KycReceiptService(new KycReceiptRepository(dataSource), storage.receiptKeys, {
      issuer: receiptIssuer(config, url),
      vct: config.receiptVct,
    }),
  };
  return { services, sessions, tenantRepository, documents, lookupStores, fileUrls, jobs };
}

/** The demo tenant (sandbox mode only): keys from the environment or the data directory, seeded once. */
async function seedDemo(config: Config, tenantRepository: TenantRepository): Promise<DemoTenantKeys | null> {
  if (config.digilockerBaseUrl) return null;
  const demoTenant = resolveDemoKeys(config.pgliteDir === null ? null : config.dataDir, {
    publishableKey: config.demoTenantKey,
    secretKey: config.demoTenantSecret,
  });
  await seedDemoTenant(tenantRepository, demoTenant);
  return demoTenant;
}

interface GraphqlDeps {
  config: Config;
  logger: Logger;
  httpServer: Server;
  metrics: Metrics;
  services: Services;
  demoTenant: DemoTenantKeys | null;
  defer: Defer;
}

/** The schema served over HTTP (Apollo) and WebSocket (subscriptions), with the shared rate limits. */
async function startGraphql({
  config,
  logger,
  httpServer,
  metrics,
  services,
  demoTenant,
  defer,
}: GraphqlDeps) {
  const production = config.env === "production";
  const demoHeaders: Record<string, string> = demoTenant
    ? { authorization: `Bearer ${demoTenant.publishableKey}` }
    : {};
  const hardening = graphqlHardening(production);
  const rateLimits = await RateLimitStore.create(config.rateLimits, {
    logger,
    onBackendError: () => metrics.rateLimitBackendError(),
  });
  defer(async () => rateLimits.stop());
  const schema = buildAppSchema();
  const formatError = createFormatError(logger);
  const apollo = createApolloServer({
    httpServer,
    schema,
    production,
    hardening,
    formatError,
    metrics,
    rateLimits,
    demoHeaders,
  });
  await apollo.start();
  defer(() => apollo.stop());
  // Subscriptions over WebSocket on the same path; closed before Apollo drains HTTP.
  const subscriptions = attachSubscriptions({
    httpServer,
    schema,
    services,
    createLoaders,
    rateLimits,
    validationRules: hardening.validationRules,
    maxTokens: MAX_TOKENS,
    formatError,
    logger,
  });
  defer(() => subscriptions.stop());
  return { apollo, rateLimits };
}

/**
 * The composition root: parses nothing itself (config comes in), wires repositories, services and
 * transports, and returns a handle to stop everything in reverse order.
 */
export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { logger: givenLogger, tracerProvider, ...overrides } = options;
  const config = resolveConfig(overrides);
  const ephemeral = config.pgliteDir === null;
  const logger = givenLogger ?? createLogger(config.env === "test" ? "silent" : undefined);
  const shutdown = createShutdown(config.shutdownDelayMs, logger);
  const { defer } = shutdown;
  try {
    const { httpServer, url, serve } = await bindHttpServer(config, defer);
    const redirectUri = config.digilockerRedirectUri ?? `${url}/digilocker/callback`;
    const upstream = await startUpstream(config, redirectUri, defer);
    const storage = await openStorage(config, logger, defer);
    const { dataSource, crypto } = storage;
    const observed = observeUpstream(config, upstream, redirectUri, tracerProvider);
    const { metrics } = observed;
    const wired = await wireModules({ config, url, logger, storage, observed, defer });
    const { services, documents, lookupStores, jobs } = wired;
    const demoTenant = await seedDemo(config, wired.tenantRepository);
    const { apollo, rateLimits } = await startGraphql({
      config,
      logger,
      httpServer,
      metrics,
      services,
      demoTenant,
      defer,
    });
    const ready = async () => {
      if (shutdown.draining()) return false;
      await pingDatabase(dataSource);
      return true;
    };
    serve(
      createHttpPipeline({
        config,
        logger,
        metrics,
        tracer: observed.tracer,
        apollo,
        services,
        rateLimits,
        sessions: wired.sessions,
        tenantRepository: wired.tenantRepository,
        fileUrls: wired.fileUrls,
        ready,
        demoPublishableKey: demoTenant?.publishableKey ?? null,
      }),
    );

    return {
      url,
      sandboxUrl: upstream.sandboxUrl,
      webApp: existsSync(join(WEB_DIST, "index.html")),
      demoTenant,
      demoSecretKeySource: !demoTenant
        ? null
        : config.demoTenantSecret
          ? "DEMO_TENANT_SECRET"
          : ephemeral
            ? null
            : resolve(config.dataDir, "demo-tenant.json"),
      sqlStatements: () => storage.queryCounter.count,
      admin: {
        tenants: services.tenants,
        audit: services.audit,
        purge: () => jobs.purge.run(),
        rotateKeys: (keys: string) => rotateKeys(dataSource, EncryptionService.parse(keys)),
        rekeyLookups: () => rekeyLookups(lookupStores, crypto, documents),
        dumpTables: () => dumpTables(dataSource),
        sql: (query, params) => runSql(dataSource, query, params),
        drainOutbox: () => jobs.revoker.drain(),
      },
      stop: shutdown.stop,
    };
  } catch (error) {
    await shutdown.stop();
    throw error;
  }
}
