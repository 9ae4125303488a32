import { createSandbox, type RunningSandbox } from "@lockerkit/sandbox";
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { OperationLabels } from "../src/observability/graphql-observability.plugin";
import { createServer, type RunningServer } from "../src/server";
import { graphql } from "./gql";
import { parsePrometheusText, sampleValue, type Family } from "./support/prometheus-text";
import { createTestDatabase, type TestDatabase } from "@lockerkit/testkit";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";
import { ReceiptKeys } from "../src/modules/receipts/receipt-keys";

const START = graphql(`
  mutation MetricsStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
      }
    }
  }
`);
const ME = graphql(`
  query MetricsMe {
    me {
      digilockerId
    }
  }
`);
const DOCUMENTS = graphql(`
  query MetricsDocuments {
    documents(first: 5) {
      totalCount
    }
  }
`);
const KYC = graphql(`
  query MetricsKyc {
    aadhaarKyc {
      maskedAadhaar
    }
  }
`);
const REFRESH = graphql(`
  mutation MetricsRefresh {
    refreshSession {
      id
      status
    }
  }
`);

type Families = Map<string, Family>;

async function scrape(url: string, headers: Record<string, string> = {}): Promise<Families> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await res.text());
}

describe("GET /metrics and tracing", () => {
  let stack: TestStack;
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

  beforeAll(async () => {
    // register() installs the AsyncLocalStorage context manager, as main.ts does when tracing is on.
    provider.register();
    stack = await startTestStack({ tracerProvider: provider });
  });
  afterAll(async () => {
    await stack?.stop();
    await provider.shutdown();
  });
  afterEach(async () => {
    await stack.clearFaults();
  });

  const delta = (before: Families, after: Families, name: string, labels: Record<string, string> = {}) =>
    sampleValue(after, name, labels) - sampleValue(before, name, labels);

  it("is Prometheus text: every line parses, every family has HELP and TYPE and the lockerkit_ prefix", async () => {
    const families = await scrape(stack.url);
    for (const family of families.values()) {
      expect(family.name).toMatch(/^lockerkit_/);
      expect(family.help).toBeTruthy();
      expect(family.type).not.toBe("untyped");
    }
    expect([...families.keys()]).toEqual(
      expect.arrayContaining([
        "lockerkit_graphql_requests_total",
        "lockerkit_graphql_request_duration_seconds",
        "lockerkit_upstream_requests_total",
        "lockerkit_upstream_request_duration_seconds",
        "lockerkit_upstream_breaker_state",
        "lockerkit_token_refreshes_total",
        "lockerkit_purged_total",
        "lockerkit_webhook_deliveries_total",
        "lockerkit_webhook_delivery_duration_seconds",
        "lockerkit_process_cpu_user_seconds_total",
      ]),
    );
    expect(families.get("lockerkit_upstream_breaker_state")!.type).toBe("gauge");
    expect(sampleValue(families, "lockerkit_upstream_breaker_state")).toBe(0);
  });

  it("counters move with a journey, and upstream counts agree with the sandbox's request log", async () => {
    await stack.clearRequests();
    const before = await scrape(stack.url);
    const { sessionToken } = await stack.consent("typical");
    expect(expectData(await stack.gql(DOCUMENTS, {}, sessionToken)).documents.totalCount).toBeGreaterThan(0);
    expect(expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc).not.toBeNull();
    expectData(await stack.gql(REFRESH, {}, sessionToken));
    const after = await scrape(stack.url);

    const requests = "lockerkit_graphql_requests_total";
    // `Start` and `Claim` are the test stack's own operation names.
    for (const operation of ["Start", "Claim", "MetricsDocuments", "MetricsKyc", "MetricsRefresh"]) {
      expect([operation, delta(before, after, requests, { operation, outcome: "ok" })]).toEqual([
        operation,
        1,
      ]);
      expect(delta(before, after, "lockerkit_graphql_request_duration_seconds_count", { operation })).toBe(1);
    }
    expect(delta(before, after, requests)).toBe(5);
    expect(delta(before, after, "lockerkit_token_refreshes_total", { outcome: "ok" })).toBe(1);

    // The browser's own visit to DigiLocker (`authorize`) is not the API's request.
    const upstream = (await stack.requests()).filter((r) => r.operation !== "authorize");
    const operations = new Set(upstream.map((r) => r.operation));
    expect([...operations]).toEqual(
      expect.arrayContaining(["token.authorization_code", "files.issued", "eaadhaar", "token.refresh_token"]),
    );
    for (const operation of operations) {
      for (const status of new Set(upstream.filter((r) => r.operation === operation).map((r) => r.status))) {
        const logged = upstream.filter((r) => r.operation === operation && r.status === status).length;
        const counted = delta(before, after, "lockerkit_upstream_requests_total", {
          operation,
          status: String(status),
        });
        expect({ operation, status, counted }).toEqual({ operation, status, counted: logged });
      }
    }
    expect(delta(before, after, "lockerkit_upstream_requests_total")).toBe(upstream.length);
    expect(
      delta(before, after, "lockerkit_upstream_request_duration_seconds_count", {
        operation: "files.issued",
      }),
    ).toBe(1);
  });

  it("an upstream fault shows as its status upstream and as the error code on the operation", async () => {
    const { sessionToken } = await stack.consent("typical");
    // 502 partner_service_unresponsive: an outage (a 503 is repository_service_inactive, never retried).
    await stack.fault({ path: "/public/oauth2/2/files/issued", kind: "status", status: 502, times: 10 });
    await stack.clearRequests();
    const before = await scrape(stack.url);
    expect(errorCode(await stack.gql(DOCUMENTS, {}, sessionToken))).toBe("UPSTREAM_UNAVAILABLE");
    const after = await scrape(stack.url);
    const attempts = (await stack.requests()).filter(
      (r) => r.operation === "files.issued" && r.status === 502,
    ).length;
    expect(attempts).toBeGreaterThan(1); // an idempotent read is retried
    expect(
      delta(before, after, "lockerkit_upstream_requests_total", { operation: "files.issued", status: "502" }),
    ).toBe(attempts);
    expect(
      delta(before, after, "lockerkit_graphql_requests_total", {
        operation: "MetricsDocuments",
        outcome: "UPSTREAM_UNAVAILABLE",
      }),
    ).toBe(1);
  });

  it("an unauthenticated call and an unnamed operation are counted without trusting the client's names", async () => {
    const before = await scrape(stack.url);
    expect(errorCode(await stack.gql(DOCUMENTS, {}, undefined))).toBe("UNAUTHENTICATED");
    const res = await fetch(`${stack.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", operationName: "not a name {}" }),
    });
    expect(res.status).toBeGreaterThanOrEqual(200);
    const after = await scrape(stack.url);
    expect(
      delta(before, after, "lockerkit_graphql_requests_total", {
        operation: "MetricsDocuments",
        outcome: "UNAUTHENTICATED",
      }),
    ).toBe(1);
    expect(delta(before, after, "lockerkit_graphql_requests_total", { operation: "anonymous" })).toBe(1);
  });

  it("the purge count moves with server.admin.purge()", async () => {
    const started = expectData(
      await stack.gql(START, { input: { returnUrl: "http://localhost:5173/done" } }, stack.publishableKey),
    );
    await stack.server.admin.sql(
      "UPDATE consent_sessions SET expires_at = now() - interval '1 minute' WHERE id = $1",
      [started.startConsent.session.id],
    );
    const before = await scrape(stack.url);
    const startedAt = Date.now() / 1000;
    const result = await stack.server.admin.purge();
    const after = await scrape(stack.url);
    expect(result.pendingExpired).toBeGreaterThanOrEqual(1);
    expect(delta(before, after, "lockerkit_purged_total", { kind: "pending_expired" })).toBe(
      result.pendingExpired,
    );
    expect(delta(before, after, "lockerkit_purged_total", { kind: "sessions" })).toBe(result.sessions);
    expect(delta(before, after, "lockerkit_purged_total", { kind: "photos" })).toBe(result.photos);
    // The "purge not running" alert reads this heartbeat.
    expect(sampleValue(after, "lockerkit_purge_last_success_timestamp_seconds")).toBeGreaterThanOrEqual(
      Math.floor(startedAt),
    );
  });

  it("labels and spans carry no personal data, tokens or ids", async () => {
    exporter.reset();
    const { sessionId, sessionToken } = await stack.consent("typical");
    const digilockerId = expectData(await stack.gql(ME, {}, sessionToken)).me!.digilockerId;
    expectData(await stack.gql(DOCUMENTS, {}, sessionToken));
    expectData(await stack.gql(REFRESH, {}, sessionToken));
    const personas = await stack.sandbox.personas();
    const persona = personas.find((p) => p.id === "typical")!;
    const tokens = await stack.sandbox.tokens();
    const secrets = [
      persona.name,
      persona.mobile,
      digilockerId,
      sessionId,
      sessionToken,
      stack.publishableKey,
      stack.secretKey,
    ];
    secrets.push(...tokens.flatMap((t) => [t.access_token, t.refresh_token]));

    const text = await (await fetch(`${stack.url}/metrics`)).text();
    const spans = exporter.getFinishedSpans();
    const spanDump = JSON.stringify(
      spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })),
    );
    for (const secret of secrets.filter(Boolean)) {
      expect(text).not.toContain(secret);
      expect(spanDump).not.toContain(secret);
    }

    // The operation's span is named after it and the upstream call nests under it.
    const operation = spans.find((s) => s.name === "MetricsDocuments")!;
    expect(operation.attributes).toEqual({
      "graphql.operation.name": "MetricsDocuments",
      "graphql.operation.type": "query",
      "lockerkit.outcome": "ok",
    });
    const upstream = spans.find((s) => s.name === "digilocker files.issued")!;
    expect(upstream.attributes).toMatchObject({
      "digilocker.operation": "files.issued",
      "http.response.status_code": 200,
      "lockerkit.outcome": "ok",
    });
    expect(upstream.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
    expect(upstream.spanContext().traceId).toBe(operation.spanContext().traceId);
    expect(spans.find((s) => s.name === "MetricsRefresh")).toBeDefined();
  });

  it("the breaker gauge and refresh outcomes follow failing token calls (runs last: it opens this host's circuit)", async () => {
    const { sessionToken } = await stack.consent("typical");
    // Dropped connections count against the circuit (a repository's 503 would not).
    await stack.fault({ path: "/public/oauth2/1/token", kind: "reset", times: 20 });
    const before = await scrape(stack.url);
    // The refresh is never retried, so each call is one failure; five in a row open the circuit.
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await stack.gql(REFRESH, {}, sessionToken))).toBe("UPSTREAM_UNAVAILABLE");
    }
    expect(errorCode(await stack.gql(REFRESH, {}, sessionToken))).toBe("UPSTREAM_UNAVAILABLE");
    const after = await scrape(stack.url);
    expect(sampleValue(after, "lockerkit_upstream_breaker_state")).toBe(2);
    expect(
      delta(before, after, "lockerkit_upstream_requests_total", {
        operation: "token.refresh_token",
        status: "connection_failed",
      }),
    ).toBe(5);
    expect(
      delta(before, after, "lockerkit_upstream_requests_total", {
        operation: "token.refresh_token",
        status: "circuit_open",
      }),
    ).toBe(1);
    expect(delta(before, after, "lockerkit_token_refreshes_total", { outcome: "UPSTREAM_UNAVAILABLE" })).toBe(
      6,
    );
  });
});

describe("operation labels", () => {
  it("keeps valid names, calls the rest anonymous, and caps distinct names", () => {
    const labels = new OperationLabels(2);
    expect(labels.label("A")).toBe("A");
    expect(labels.label("B")).toBe("B");
    expect(labels.label("C")).toBe("other");
    expect(labels.label("A")).toBe("A");
    expect(labels.label(null)).toBe("anonymous");
    expect(labels.label("has space")).toBe("anonymous");
    expect(labels.label("x".repeat(101))).toBe("anonymous");
  });
});

// A production server needs a real Postgres: it refuses the embedded one by design.
const withPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL)
  console.info("metrics.test: the production /metrics checks need DATABASE_URL; skipped on PGlite");

withPostgres("GET /metrics in production", () => {
  const TOKEN = "metrics-token-0123456789abcdef";
  let db: TestDatabase;
  let sandbox: RunningSandbox;
  let guarded: RunningServer;
  let tokenless: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    sandbox = await createSandbox({ port: 0, redirectUris: ["https://kyc.example.in/digilocker/callback"] });
    const config = loadConfig({
      NODE_ENV: "production",
      DATABASE_URL: db.databaseUrl,
      DIGILOCKER_BASE_URL: sandbox.baseUrl,
      DIGILOCKER_CLIENT_ID: sandbox.clientId,
      DIGILOCKER_CLIENT_SECRET: sandbox.clientSecret,
      DIGILOCKER_REDIRECT_URI: "https://kyc.example.in/digilocker/callback",
      LOCKERKIT_ENCRYPTION_KEYS: `prod1:${Buffer.alloc(32, 1).toString("base64")}`,
      LOCKERKIT_RECEIPT_KEYS: ReceiptKeys.generateEntry("prod-r1"),
      METRICS_TOKEN: TOKEN,
    });
    guarded = await createServer({ ...config, port: 0, logger: createLogger("silent") });
    tokenless = await createServer({
      ...config,
      metricsToken: undefined,
      port: 0,
      logger: createLogger("silent"),
    });
  });
  afterAll(async () => {
    await guarded?.stop();
    await tokenless?.stop();
    await sandbox?.stop();
    await db?.drop();
  });

  it("answers 401 without or with a wrong bearer token, and the metrics with METRICS_TOKEN", async () => {
    expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status,
    ).toBe(401);
    expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: TOKEN } })).status).toBe(401);
    const families = await scrape(guarded.url, { authorization: `Bearer ${TOKEN}` });
    expect(families.has("lockerkit_graphql_requests_total")).toBe(true);
  });

  it("does not exist when no METRICS_TOKEN is configured", async () => {
    expect((await fetch(`${tokenless.url}/metrics`)).status).toBe(404);
    expect(
      (await fetch(`${tokenless.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status,
    ).toBe(404);
  });
});
