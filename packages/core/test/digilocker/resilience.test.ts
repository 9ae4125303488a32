/**
 * Deadlines, retries, the circuit breaker, the bulkhead and integrity checks against the sandbox's
 * fault controls over real HTTP. Deadlines and half-open times are short and explicit so nothing here
 * depends on machine speed beyond generous margins.
 */
import {
  DigiLockerError,
  HostResilience,
  IntegrityError,
  InvalidTokenError,
  RateLimitedError,
  RequestCancelledError,
  UpstreamProtocolError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
  type DigiLockerClientOptions,
  type DigiLockerRequestEvent,
  type IssuedFile,
  type TokenSet,
} from "../../src/digilocker";
import { startUpstream, type Upstream } from "./upstream";

let upstream: Upstream;
let tokens: TokenSet;
let pan: IssuedFile;

const ISSUED = "/public/oauth2/2/files/issued";
const USER = "/public/oauth2/1/user";
const TOKEN = "/public/oauth2/1/token";

beforeAll(async () => {
  upstream = await startUpstream();
  const { code, verifier } = await upstream.authorize();
  tokens = await upstream.client().exchangeCode(code, verifier);
  pan = (await upstream.client().listIssued(tokens.accessToken)).find((f) => f.doctype === "PANCR")!;
});

afterAll(async () => {
  await upstream?.stop();
});

beforeEach(async () => {
  await upstream.clearFaults();
  await upstream.clearRequests();
});

/** A client with its own breaker and bulkhead (isolated from other tests), fast backoff and an event log. */
function isolatedClient(
  options: Partial<DigiLockerClientOptions> & { halfOpenAfterMs?: number; maxConcurrent?: number } = {},
) {
  const events: DigiLockerRequestEvent[] = [];
  const resilience = new HostResilience({
    circuitBreaker: { threshold: 5, halfOpenAfterMs: options.halfOpenAfterMs ?? 10_000 },
    bulkhead: { maxConcurrent: options.maxConcurrent ?? 16 },
  });
  const client = upstream.client({
    backoff: { baseMs: 5, capMs: 20 },
    resilience,
    onRequest: (e) => events.push(e),
    ...options,
  });
  return { client, events, resilience };
}

async function requestsTo(path: string): Promise<number> {
  return (await upstream.requests()).filter((r) => r.path === path).length;
}

async function freshCode(): Promise<{ code: string; verifier: string }> {
  const grant = await upstream.authorize();
  await upstream.clearRequests();
  return grant;
}

describe("retries (idempotent reads only)", () => {
  test("status 502 twice then success on the issued list → succeeds; the sandbox saw exactly 3 requests", async () => {
    const { client, events } = isolatedClient();
    await upstream.fault({ path: ISSUED, kind: "status", status: 502, times: 2 });
    const files = await client.listIssued(tokens.accessToken);
    expect(files.length).toBeGreaterThan(0);
    expect(await requestsTo(ISSUED)).toBe(3);
    expect(events.map((e) => [e.attempt, e.status, e.willRetry])).toEqual([
      [1, 502, true],
      [2, 502, true],
      [3, 200, false],
    ]);
  });

  test("500 three times: at most 3 attempts, then the typed, retryable error", async () => {
    const { client } = isolatedClient();
    await upstream.fault({ path: USER, kind: "status", status: 500, times: 5 });
    const error = await client.getUser(tokens.accessToken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error).toMatchObject({ code: "unexpected_error", status: 500, retryable: true });
    expect(await requestsTo(USER)).toBe(3);
  });

  test("530 (repository) on a file download is retried", async () => {
    const { client } = isolatedClient();
    const path = `/public/oauth2/1/file/${encodeURIComponent(pan.uri)}`;
    await upstream.fault({ path, kind: "status", status: 530, times: 1 });
    const file = await client.getFile(tokens.accessToken, pan.uri);
    expect(file.bytes.length).toBeGreaterThan(0);
    expect(await requestsTo(path)).toBe(2);
  });

  test("429 honours Retry-After inside the deadline", async () => {
    const { client } = isolatedClient();
    await upstream.fault({ path: USER, kind: "status", status: 429, retryAfter: 1, times: 1 });
    const started = Date.now();
    await expect(client.getUser(tokens.accessToken)).resolves.toMatchObject({ name: "Asha Verma" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await requestsTo(USER)).toBe(2);
  });

  test("429 whose Retry-After does not fit in the deadline fails at once with RateLimitedError", async () => {
    const { client } = isolatedClient();
    await upstream.fault({ path: USER, kind: "status", status: 429, retryAfter: 30, times: 3 });
    const started = Date.now();
    const error = await client.getUser(tokens.accessToken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 30 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await requestsTo(USER)).toBe(1);
  });

  test("retries never sleep past the deadline: the real error is reported, not a timeout", async () => {
    const { client, events } = isolatedClient({ deadlines: { metadata: 1_500 } });
    await upstream.fault({ path: USER, kind: "status", status: 502, retryAfter: 1, times: 3 });
    const error = await client.getUser(tokens.accessToken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as DigiLockerError).status).toBe(502);
    expect(events.map((e) => e.attempt)).toEqual([1, 2]); // a third wait of 1 s would not fit in 1.5 s
  });

  test("reset → retried for reads", async () => {
    const { client, events } = isolatedClient();
    await upstream.fault({ path: ISSUED, kind: "reset", times: 1 });
    await expect(client.listIssued(tokens.accessToken)).resolves.toHaveLength(6);
    expect(await requestsTo(ISSUED)).toBe(2);
    expect(events[0]).toMatchObject({ attempt: 1, status: null, willRetry: true });
    expect(events[0].outcome).toMatch(/^connection_/);
  });

  test("a 4xx is never retried", async () => {
    const { client } = isolatedClient();
    await expect(client.getUser("0".repeat(40))).rejects.toBeInstanceOf(InvalidTokenError);
    expect(await requestsTo(USER)).toBe(1);
  });

  test("maxAttempts: 1 disables retries", async () => {
    const { client } = isolatedClient({ maxAttempts: 1 });
    await upstream.fault({ path: ISSUED, kind: "status", status: 503, times: 1 });
    await expect(client.listIssued(tokens.accessToken)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(await requestsTo(ISSUED)).toBe(1);
  });
});

describe("non-idempotent calls: exactly one request", () => {
  test("status 500 on the code exchange → one request and a typed error", async () => {
    const { client } = isolatedClient();
    const { code, verifier } = await freshCode();
    await upstream.fault({ path: TOKEN, kind: "status", status: 500, times: 3 });
    const error = await client.exchangeCode(code, verifier).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as Error).message).not.toContain(code);
    expect(await requestsTo(TOKEN)).toBe(1);
  });

  test("hang on the code exchange → one request and UPSTREAM_TIMEOUT at the token deadline", async () => {
    const { client } = isolatedClient({ deadlines: { token: 400 } });
    const { code, verifier } = await freshCode();
    await upstream.fault({ path: TOKEN, kind: "hang", times: 3 });
    const started = Date.now();
    const error = await client.exchangeCode(code, verifier).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(error).toMatchObject({ code: "timeout" });
    expect(Date.now() - started).toBeLessThan(400 + 1_000);
    expect(await requestsTo(TOKEN)).toBe(1);
  });

  test("reset on the code exchange → one request, not retried", async () => {
    const { client } = isolatedClient();
    const { code, verifier } = await freshCode();
    await upstream.fault({ path: TOKEN, kind: "reset", times: 3 });
    await expect(client.exchangeCode(code, verifier)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(await requestsTo(TOKEN)).toBe(1);
  });

  test("refresh, revoke and pull-document are never retried", async () => {
    const { client } = isolatedClient();
    await upstream.fault({ path: TOKEN, kind: "status", status: 503, times: 3 });
    await expect(client.refresh(tokens.refreshToken!)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(await requestsTo(TOKEN)).toBe(1);

    await upstream.fault({ path: "/public/oauth2/1/revoke", kind: "status", status: 500, times: 3 });
    await expect(client.revoke(tokens.accessToken, "access_token")).rejects.toBeInstanceOf(
      UpstreamUnavailableError,
    );
    expect(await requestsTo("/public/oauth2/1/revoke")).toBe(1);

    await upstream.fault({
      path: "/public/oauth2/1/pull/pulldocument",
      kind: "status",
      status: 500,
      times: 3,
    });
    await expect(
      client.pullDocument(tokens.accessToken, { orgId: "x", doctype: "DRVLC", parameters: { dlno: "1" } }),
    ).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(await requestsTo("/public/oauth2/1/pull/pulldocument")).toBe(1);
  });
});

describe("deadlines", () => {
  test("hang on a read → UPSTREAM_TIMEOUT within its deadline + 1 s, however many retries were allowed", async () => {
    const { client, events } = isolatedClient({ deadlines: { metadata: 500 }, maxAttempts: 3 });
    await upstream.fault({ path: ISSUED, kind: "hang", times: 5 });
    const started = Date.now();
    const error = await client.listIssued(tokens.accessToken).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(error).toMatchObject({ code: "timeout", retryable: true });
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(500 + 1_000);
    expect(events).toEqual([expect.objectContaining({ attempt: 1, outcome: "timeout", willRetry: false })]);
    expect(await requestsTo(ISSUED)).toBe(1);
  });

  test("the deadline bounds all attempts together (a slow answer after retries still times out)", async () => {
    const { client } = isolatedClient({ deadlines: { metadata: 600 } });
    await upstream.fault({ path: USER, kind: "status", status: 502, times: 1 });
    await upstream.fault({ path: USER, kind: "delay", delayMs: 2_000, times: 1 });
    const started = Date.now();
    await expect(client.getUser(tokens.accessToken)).rejects.toBeInstanceOf(UpstreamTimeoutError);
    expect(Date.now() - started).toBeLessThan(600 + 1_000);
  });

  test("a per-call deadline overrides the per-kind one; a delay within it succeeds", async () => {
    const { client } = isolatedClient({ deadlines: { metadata: 100 } });
    await upstream.fault({ path: USER, kind: "delay", delayMs: 300, times: 1 });
    await expect(client.getUser(tokens.accessToken, { deadlineMs: 3_000 })).resolves.toMatchObject({
      name: "Asha Verma",
    });
  });

  test("the caller's signal cancels the call at once (RequestCancelledError, not retried)", async () => {
    const { client } = isolatedClient();
    await upstream.fault({ path: ISSUED, kind: "hang", times: 3 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await client
      .listIssued(tokens.accessToken, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestCancelledError);
    expect(error).toMatchObject({ code: "cancelled", retryable: false });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await requestsTo(ISSUED)).toBe(1);
  });
});

describe("broken answers are typed errors", () => {
  test("malformed JSON → UpstreamProtocolError, not retried", async () => {
    const { client } = isolatedClient();
    await upstream.fault({ path: ISSUED, kind: "malformed", times: 3 });
    const error = await client.listIssued(tokens.accessToken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamProtocolError);
    expect(error).toMatchObject({ code: "malformed_response" });
    expect(await requestsTo(ISSUED)).toBe(1);
  });

  test("malformed JSON on the code exchange → UpstreamProtocolError", async () => {
    const { client } = isolatedClient();
    const { code, verifier } = await freshCode();
    await upstream.fault({ path: TOKEN, kind: "malformed", times: 1 });
    await expect(client.exchangeCode(code, verifier)).rejects.toBeInstanceOf(UpstreamProtocolError);
  });

  test("truncate on JSON → typed error", async () => {
    const { client } = isolatedClient();
    await upstream.fault({ path: USER, kind: "truncate", times: 3 });
    const error = await client.getUser(tokens.accessToken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DigiLockerError);
    expect([UpstreamProtocolError, UpstreamUnavailableError].some((c) => error instanceof c)).toBe(true);
  });

  test("truncate on a file → IntegrityError (never the half file)", async () => {
    const { client } = isolatedClient();
    await upstream.fault({
      path: `/public/oauth2/1/file/${encodeURIComponent(pan.uri)}`,
      kind: "truncate",
      times: 3,
    });
    const error = await client.getFile(tokens.accessToken, pan.uri).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DigiLockerError);
    expect([IntegrityError, UpstreamUnavailableError].some((c) => error instanceof c)).toBe(true);
  });

  test.each([
    ["file", (p: string) => `/public/oauth2/1/file/${encodeURIComponent(p)}`],
    ["xml", (p: string) => `/public/oauth2/1/xml/${encodeURIComponent(p)}`],
    ["eaadhaar", () => "/public/oauth2/3/xml/eaadhaar"],
  ])("bad-hmac on %s → IntegrityError, not retried, nothing returned", async (kind, pathOf) => {
    const { client, events } = isolatedClient();
    const path = pathOf(pan.uri);
    await upstream.fault({ path, kind: "bad-hmac", times: 3 });
    const call =
      kind === "file"
        ? client.getFile(tokens.accessToken, pan.uri)
        : kind === "xml"
          ? client.getXml(tokens.accessToken, pan.uri)
          : client.getEAadhaar(tokens.accessToken);
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error).toMatchObject({ code: "hmac_mismatch", status: undefined, retryable: false });
    expect(await requestsTo(path)).toBe(1);
    expect(events).toEqual([expect.objectContaining({ status: 200, outcome: "hmac_mismatch" })]);
  });
});

describe("circuit breaker per host", () => {
  test("opens after 5 failed calls, fails fast without reaching the sandbox, closes after a successful half-open probe", async () => {
    const states: string[] = [];
    const { client, events, resilience } = isolatedClient({
      halfOpenAfterMs: 400,
      maxAttempts: 1,
      onCircuitStateChange: (s) => states.push(s),
    });
    await upstream.fault({ path: USER, kind: "status", status: 500, times: 5 });
    for (let i = 0; i < 5; i++)
      await expect(client.getUser(tokens.accessToken)).rejects.toMatchObject({ code: "unexpected_error" });
    expect(resilience.circuitState).toBe("open");
    expect(await requestsTo(USER)).toBe(5);

    // Open: fails fast, the sandbox sees nothing, for any operation on the host.
    const started = Date.now();
    const fast = await client.getUser(tokens.accessToken).catch((e: unknown) => e);
    expect(fast).toBeInstanceOf(UpstreamUnavailableError);
    expect(fast).toMatchObject({ code: "circuit_open" });
    await expect(client.listIssued(tokens.accessToken)).rejects.toMatchObject({ code: "circuit_open" });
    expect(Date.now() - started).toBeLessThan(100);
    expect((await upstream.requests()).length).toBe(5);
    expect(events.at(-1)).toMatchObject({ attempt: 0, status: null, outcome: "circuit_open" });

    // After halfOpenAfter, one probe decides: it succeeds, the circuit closes.
    await new Promise((r) => setTimeout(r, 450));
    await expect(client.getUser(tokens.accessToken)).resolves.toMatchObject({ name: "Asha Verma" });
    expect(resilience.circuitState).toBe("closed");
    await expect(client.listIssued(tokens.accessToken)).resolves.toHaveLength(6);
    expect(states).toEqual(["open", "half-open", "closed"]);
  });

  test("a failed half-open probe opens it again", async () => {
    const { client, resilience } = isolatedClient({ halfOpenAfterMs: 200, maxAttempts: 1 });
    await upstream.fault({ path: USER, kind: "status", status: 500, times: 6 });
    for (let i = 0; i < 5; i++) await client.getUser(tokens.accessToken).catch(() => undefined);
    expect(resilience.circuitState).toBe("open");
    await new Promise((r) => setTimeout(r, 250));
    await expect(client.getUser(tokens.accessToken)).rejects.toMatchObject({ code: "unexpected_error" });
    expect(resilience.circuitState).toBe("open");
    await expect(client.getUser(tokens.accessToken)).rejects.toMatchObject({ code: "circuit_open" });
    expect(await requestsTo(USER)).toBe(6);
  });

  test("a call counts once, after its retries; timeouts count", async () => {
    const { client, resilience } = isolatedClient({ deadlines: { metadata: 150 } });
    await upstream.fault({ path: USER, kind: "status", status: 500, times: 12 }); // 4 calls × 3 attempts
    for (let i = 0; i < 4; i++) await client.getUser(tokens.accessToken).catch(() => undefined);
    expect(resilience.circuitState).toBe("closed");
    await upstream.fault({ path: USER, kind: "hang", times: 1 });
    await expect(client.getUser(tokens.accessToken)).rejects.toBeInstanceOf(UpstreamTimeoutError);
    expect(resilience.circuitState).toBe("open");
  });

  test("4xx answers, 429 and repository errors do not count", async () => {
    const { client, resilience } = isolatedClient({ maxAttempts: 1 });
    for (let i = 0; i < 6; i++)
      await expect(client.getUser("0".repeat(40))).rejects.toBeInstanceOf(InvalidTokenError);
    await upstream.fault({ path: USER, kind: "status", status: 429, times: 6 });
    for (let i = 0; i < 6; i++)
      await expect(client.getUser(tokens.accessToken)).rejects.toBeInstanceOf(RateLimitedError);
    await upstream.fault({ path: USER, kind: "status", status: 503, times: 6 }); // repository_service_inactive
    for (let i = 0; i < 6; i++)
      await expect(client.getUser(tokens.accessToken)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(resilience.circuitState).toBe("closed");
  });

  test("clients of one host with the same settings share the breaker (process-wide per host)", async () => {
    const settings = {
      circuitBreaker: { threshold: 2, halfOpenAfterMs: 60_000 },
      maxAttempts: 1,
      backoff: { baseMs: 5, capMs: 10 },
    };
    const a = upstream.client(settings);
    const b = upstream.client(settings);
    await upstream.fault({ path: USER, kind: "status", status: 500, times: 2 });
    for (let i = 0; i < 2; i++) await a.getUser(tokens.accessToken).catch(() => undefined);
    expect(b.circuitState).toBe("open");
    await expect(b.listIssued(tokens.accessToken)).rejects.toMatchObject({ code: "circuit_open" });
    // Other settings (or an explicit HostResilience) are a separate breaker.
    await expect(
      upstream.client({ ...settings, circuitBreaker: { threshold: 3 } }).listIssued(tokens.accessToken),
    ).resolves.toHaveLength(6);
  });
});

describe("bulkhead", () => {
  test("caps concurrent upstream calls and queues the rest; all succeed", async () => {
    const { client, resilience } = isolatedClient({ maxConcurrent: 2 });
    await upstream.fault({ path: USER, kind: "delay", delayMs: 150, times: 6 });
    let peak = 0;
    let queued = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, resilience.bulkhead.running);
      queued = Math.max(queued, resilience.bulkhead.queued);
    }, 5);
    try {
      const results = await Promise.all(Array.from({ length: 6 }, () => client.getUser(tokens.accessToken)));
      expect(results).toHaveLength(6);
    } finally {
      clearInterval(timer);
    }
    expect(peak).toBe(2);
    expect(queued).toBeGreaterThan(0);
    expect(await requestsTo(USER)).toBe(6);
  });

  test("a queued call whose deadline passes times out without reaching the sandbox", async () => {
    const { client } = isolatedClient({ maxConcurrent: 1 });
    await upstream.fault({ path: USER, kind: "delay", delayMs: 800, times: 1 });
    const slow = client.getUser(tokens.accessToken);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    const queued = await client.getUser(tokens.accessToken, { deadlineMs: 200 }).catch((e: unknown) => e);
    expect(queued).toBeInstanceOf(UpstreamTimeoutError);
    expect(Date.now() - started).toBeLessThan(700);
    await expect(slow).resolves.toMatchObject({ name: "Asha Verma" });
    expect(await requestsTo(USER)).toBe(1);
  });
});

describe("observability", () => {
  test("one event per attempt with operation, status, duration and attempt; no token, code or uri in it", async () => {
    const { client, events } = isolatedClient();
    const { code, verifier } = await freshCode();
    const fresh = await client.exchangeCode(code, verifier);
    await upstream.fault({ path: ISSUED, kind: "status", status: 500, times: 1 });
    await client.listIssued(fresh.accessToken);
    await client.getFile(fresh.accessToken, pan.uri);
    await client.getUser("0".repeat(40)).catch(() => undefined);
    expect(events.map((e) => [e.operation, e.attempt, e.status, e.outcome])).toEqual([
      ["token.authorization_code", 1, 200, "ok"],
      ["files.issued", 1, 500, "unexpected_error"],
      ["files.issued", 2, 200, "ok"],
      ["file", 1, 200, "ok"],
      ["user", 1, 401, "invalid_token"],
    ]);
    for (const e of events) expect(e.durationMs).toBeGreaterThanOrEqual(0);
    const text = JSON.stringify(events);
    for (const secret of [
      code,
      verifier,
      fresh.accessToken,
      fresh.refreshToken!,
      pan.uri,
      upstream.clientSecret,
    ])
      expect(text).not.toContain(secret);
  });

  test("an observer that throws never breaks a call", async () => {
    const client = upstream.client({
      onRequest: () => {
        throw new Error("observer bug");
      },
    });
    await expect(client.getUser(tokens.accessToken)).resolves.toMatchObject({ name: "Asha Verma" });
  });
});
