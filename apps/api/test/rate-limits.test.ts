import { randomBytes, randomUUID } from "node:crypto";
import { createServer as createNetServer } from "node:net";
import { Redis } from "ioredis";
import type { RateLimitsConfig } from "../src/config";
import { clientIpKey } from "../src/util/client-ip";
import type { RunningServer } from "../src/server";
import {
  errorCode,
  expectData,
  type GraphQLResult,
  startTestStack,
  type TestStack,
} from "./support/test-stack";

const REDIS_URL = "redis://127.0.0.1:6379";

const ISSUERS = `query RlIssuers { issuers { orgId } }`;
const ME = `query RlMe { me { name } }`;
const SESSION = `query RlSession($id: ID!) { consentSession(id: $id) { id } }`;
const START = `mutation RlStart($input: StartConsentInput!) { startConsent(input: $input) { session { id } } }`;
const START_TEN = `mutation RlStartTen($input: StartConsentInput!) { ${Array.from({ length: 10 }, (_, i) => `s${i}: startConsent(input: $input) { session { id } }`).join(" ")} }`;
const CLAIM = `mutation RlClaim { claimSession(code: "not-a-code") { sessionToken } }`;
const CONSENT_INPUT = { input: { returnUrl: "http://localhost:5173/done" } };

interface Answer<T = Record<string, unknown>> extends GraphQLResult<T> {
  retryAfter: string | null;
  ms: number;
}

/** One GraphQL POST to a given replica, with any extra headers (X-Forwarded-For). */
async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: unknown = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const started = Date.now();
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLResult<T>;
  return {
    status: res.status,
    data: body.data ?? null,
    errors: body.errors,
    retryAfter: res.headers.get("retry-after"),
    ms: Date.now() - started,
  };
}

const limited = (answer: Answer) => answer.status === 429 && errorCode(answer) === "RATE_LIMITED";

function expectLimited(answer: Answer): void {
  expect(answer.status).toBe(429);
  expect(errorCode(answer)).toBe("RATE_LIMITED");
  expect(answer.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  expect(Number(answer.retryAfter)).toBeGreaterThan(0);
}

async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function backendErrors(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = /^lockerkit_rate_limit_backend_errors_total (\d+)$/m.exec(text);
  if (!match) throw new Error("lockerkit_rate_limit_backend_errors_total is missing from /metrics");
  return Number(match[1]);
}

/** These tests need Redis and never skip: CI starts it (.ci/run); locally `redis-server` on 6379. */
async function requireRedis(): Promise<void> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new Error(
      `rate-limits.test.ts needs Redis at ${REDIS_URL} (start it: redis-server --daemonize yes --bind 127.0.0.1 --port 6379): ${String(error)}`,
    );
  } finally {
    client.disconnect();
  }
}

const TIGHT: Partial<RateLimitsConfig> = {
  sessionPerMinute: 600,
  tenantPerMinute: 600,
  consentsPerMinute: 60,
  publishablePerIpPerMinute: 25,
  publishablePerMinute: 1000,
  publishableConsentsPerMinute: 1000,
  anonymousPerIpPerMinute: 15,
};

describe("rate limits: each principal has buckets of its own", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ rateLimits: TIGHT });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("a publishable-key flood gets 429 while the secret key and an existing session keep answering", async () => {
    const { sessionId, sessionToken } = await stack.consent("typical");
    const flood: Answer[] = [];
    for (let i = 0; i < 6; i++)
      flood.push(await post(stack.url, START_TEN, CONSENT_INPUT, stack.publishableKey));
    expect(flood.slice(0, 2).every((a) => a.status === 200 && !a.errors)).toBe(true);
    expectLimited(flood[2]);
    expectLimited(flood[5]);
    // Still refused with a single field: the flood spent this IP's public budget.
    expectLimited(await post(stack.url, ISSUERS, {}, stack.publishableKey));

    const backend = await post<{ startConsent: { session: { id: string } } }>(
      stack.url,
      START,
      CONSENT_INPUT,
      stack.secretKey,
    );
    expect(backend.status).toBe(200);
    expect(expectData(backend).startConsent.session.id).toBeTruthy();
    expect(expectData(await post(stack.url, SESSION, { id: sessionId }, stack.secretKey))).toMatchObject({
      consentSession: { id: sessionId },
    });
    expect(expectData(await post(stack.url, ME, {}, sessionToken))).toMatchObject({
      me: { name: expect.any(String) },
    });
  });

  it("anonymous and invalid-token floods are limited per client IP; X-Forwarded-For is ignored by default", async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < 20; i++) {
      // A client naming a new address each time gains nothing: the socket's peer is what counts.
      const headers = { "x-forwarded-for": `198.51.100.${i}` };
      answers.push(
        i % 2
          ? await post(stack.url, CLAIM, {}, undefined, headers)
          : await post(stack.url, ISSUERS, {}, `lk_sk_${"x".repeat(24)}`, headers),
      );
    }
    const firstLimited = answers.findIndex(limited);
    // stack.consent in the test above claimed its session anonymously: one point already spent.
    expect(firstLimited).toBe(14);
    expect(answers.slice(0, 14).map((a) => errorCode(a))).toEqual(
      Array.from({ length: 14 }, (_, i) => (i % 2 ? "BAD_USER_INPUT" : "UNAUTHENTICATED")),
    );
    for (const answer of answers.slice(14)) expectLimited(answer);
    // Other principals from the same address keep their own budgets.
    expect((await post(stack.url, ISSUERS, {}, stack.secretKey)).status).toBe(200);
  });
});

describe("rate limits: the reported lock-out, with default limits", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("6 requests of 10 aliased startConsent with the publishable key leave the backend's startConsent answering", async () => {
    for (let i = 0; i < 6; i++) await post(stack.url, START_TEN, CONSENT_INPUT, stack.publishableKey);
    const backend = await post(stack.url, START, CONSENT_INPUT, stack.secretKey);
    expect(backend.status).toBe(200);
    expectData(backend);
  });
});

describe("rate limits behind a trusted proxy (TRUST_PROXY)", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ trustProxy: ["loopback"], rateLimits: { anonymousPerIpPerMinute: 3 } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("counts the address the trusted proxy forwarded", async () => {
    const from = (ip: string) => post(stack.url, CLAIM, {}, undefined, { "x-forwarded-for": ip });
    for (let i = 0; i < 3; i++) expect(errorCode(await from("203.0.113.7"))).toBe("BAD_USER_INPUT");
    expectLimited(await from("203.0.113.7"));
    expect(errorCode(await from("203.0.113.8"))).toBe("BAD_USER_INPUT");
    // IPv6 clients are counted by /64, so rotating inside one's own prefix gains nothing.
    for (let i = 1; i <= 3; i++) expect(errorCode(await from(`2001:db8:1:2::${i}`))).toBe("BAD_USER_INPUT");
    expectLimited(await from("2001:db8:1:2:ffff::9"));
  });

  it("keys IPv4, IPv4-mapped and IPv6 addresses", () => {
    expect(clientIpKey("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(clientIpKey("10.1.2.3")).toBe("10.1.2.3");
    expect(clientIpKey("2001:db8:0:1:2:3:4:5")).toBe("2001:db8:0:1::/64");
    expect(clientIpKey("2001:DB8::1")).toBe("2001:db8:0:0::/64");
    expect(clientIpKey("::1")).toBe("0:0:0:0::/64");
    expect(clientIpKey(undefined)).toBe("unknown");
  });
});

describe("rate limits shared through Redis (RATE_LIMIT_REDIS_URL)", () => {
  const twoReplicas = Boolean(process.env.DATABASE_URL);
  if (!twoReplicas)
    console.info(
      "rate-limits.test.ts: a second replica needs DATABASE_URL; on PGlite the Redis-backed limits run on one replica",
    );
  const limits: Partial<RateLimitsConfig> = {
    redisUrl: REDIS_URL,
    redisPrefix: `lk-test:${randomUUID()}:`,
    publishablePerIpPerMinute: 10,
    anonymousPerIpPerMinute: 10,
  };
  const encryptionKeys = `rl1:${randomBytes(32).toString("base64")}`;
  let stack: TestStack;
  let second: RunningServer;

  beforeAll(async () => {
    await requireRedis();
    stack = await startTestStack({ encryptionKeys, rateLimits: limits });
    second = twoReplicas ? await stack.startReplica({ encryptionKeys, rateLimits: limits }) : stack.server;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("a publishable-key flood split over both replicas is limited by its combined count; the secret key and the session keep answering on both", async () => {
    const { sessionId, sessionToken } = await stack.consent("typical"); // one publishable point, one anonymous point
    const flood: Answer[] = [];
    for (let i = 0; i < 12; i++)
      flood.push(await post(i % 2 ? second.url : stack.url, ISSUERS, {}, stack.publishableKey));
    expect(flood.slice(0, 9).every((a) => a.status === 200 && !a.errors)).toBe(true);
    for (const answer of flood.slice(9)) expectLimited(answer);

    for (const url of [stack.url, second.url]) {
      expect(expectData(await post(url, SESSION, { id: sessionId }, stack.secretKey))).toMatchObject({
        consentSession: { id: sessionId },
      });
      expect(expectData(await post(url, ME, {}, sessionToken))).toMatchObject({
        me: { name: expect.any(String) },
      });
    }
    expect(await backendErrors(stack.url)).toBe(0);
    expect(await backendErrors(second.url)).toBe(0);
  });

  it("an anonymous flood split over both replicas is limited per IP by its combined count", async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < 12; i++) answers.push(await post(i % 2 ? second.url : stack.url, CLAIM));
    // One anonymous point went to the claim in the test above.
    expect(answers.findIndex(limited)).toBe(9);
    for (const answer of answers.slice(9)) expectLimited(answer);
  });
});

describe("rate limits when Redis is down", () => {
  let stack: TestStack;

  beforeAll(async () => {
    const redisUrl = `redis://127.0.0.1:${await closedPort()}`;
    stack = await startTestStack({
      rateLimits: { redisUrl, redisPrefix: `lk-test:${randomUUID()}:`, publishablePerIpPerMinute: 5 },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("answers at once (no 500, no hang), counts the backend errors, and limits with the replica's own counters", async () => {
    const before = await backendErrors(stack.url);
    for (let i = 0; i < 5; i++) {
      const answer = await post(stack.url, ISSUERS, {}, stack.publishableKey);
      expect(answer.status).toBe(200);
      expectData(answer);
      expect(answer.ms).toBeLessThan(1_000);
    }
    expect(await backendErrors(stack.url)).toBeGreaterThanOrEqual(before + 10); // two public buckets per request
    expectLimited(await post(stack.url, ISSUERS, {}, stack.publishableKey));
    expect(
      expectData(await post<{ issuers: unknown[] }>(stack.url, ISSUERS, {}, stack.secretKey)).issuers.length,
    ).toBeGreaterThan(0);
  });
});

describe("idempotency keys belong to the caller, not the whole tenant", () => {
  let stack: TestStack;
  const START_KEYED = `mutation RlStartKeyed($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl } }`;
  const END = `mutation RlEnd($id: ID, $key: String) { endSession(id: $id, idempotencyKey: $key) { id status } }`;
  type Started = { startConsent: { session: { id: string }; authorizationUrl: string } };
  const start = async (token: string, idempotencyKey: string, returnUrl = "http://localhost:5173/done") =>
    expectData(await post<Started>(stack.url, START_KEYED, { input: { returnUrl, idempotencyKey } }, token))
      .startConsent;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("startConsent: the publishable key and the secret key with one key get independent results", async () => {
    const key = `order-${randomUUID()}`;
    const publicFirst = await start(stack.publishableKey, key);
    const backend = await start(stack.secretKey, key);
    expect(backend.session.id).not.toBe(publicFirst.session.id);
    expect(backend.authorizationUrl).not.toBe(publicFirst.authorizationUrl);
    // Each caller's retry still answers its own session.
    expect((await start(stack.secretKey, key)).session.id).toBe(backend.session.id);
    expect((await start(stack.publishableKey, key)).session.id).toBe(publicFirst.session.id);

    // A key the backend used first does not block the public caller, whatever its input.
    const other = `order-${randomUUID()}`;
    await start(stack.secretKey, other);
    const publicOther = await start(stack.publishableKey, other, "http://localhost:5173/elsewhere");
    expect(publicOther.session.id).toBeTruthy();
    expect(
      errorCode(
        await post(
          stack.url,
          START_KEYED,
          { input: { returnUrl: "http://localhost:5173/third", idempotencyKey: other } },
          stack.publishableKey,
        ),
      ),
    ).toBe("BAD_USER_INPUT");
  });

  it("endSession: a session token and the secret key with one key get independent results", async () => {
    const mine = await stack.consent("typical");
    const theirs = await stack.consent("typical");
    const key = `end-${randomUUID()}`;
    expect(expectData(await post(stack.url, END, { key }, mine.sessionToken))).toMatchObject({
      endSession: { id: mine.sessionId, status: "ENDED" },
    });
    expect(
      expectData(await post(stack.url, END, { id: theirs.sessionId, key }, stack.secretKey)),
    ).toMatchObject({ endSession: { id: theirs.sessionId, status: "ENDED" } });
    // Within one caller the key still means one session.
    expect(
      expectData(await post(stack.url, END, { id: theirs.sessionId, key }, stack.secretKey)),
    ).toMatchObject({ endSession: { id: theirs.sessionId } });
    expect(errorCode(await post(stack.url, END, { id: mine.sessionId, key }, stack.secretKey))).toBe(
      "BAD_USER_INPUT",
    );
  });
});
