import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { authorize, followCallback } from "@lockerkit/testkit";
import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";
import type { RunningServer } from "../src/server";

const START = graphql(`
  mutation StatusStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
        status
      }
      authorizationUrl
      claimVerifier
      statusToken
    }
  }
`);
const STATUS = graphql(`
  query StatusRead($statusToken: String!) {
    consentStatus(statusToken: $statusToken) {
      sessionId
      status
      updatedAt
    }
  }
`);
const WATCH = `subscription StatusWatch($statusToken: String!) { consentStatusChanged(statusToken: $statusToken) { sessionId status updatedAt } }`;

const returnUrl = "http://localhost:5173/done";

interface Event {
  status?: string;
  code?: string;
  at: number;
}

/** A graphql-ws client on `server`'s `/graphql`, authenticated like a browser with the publishable key. */
function wsClient(server: RunningServer | { url: string }, key: string | undefined): Client {
  return createClient({
    url: `${server.url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: key ? { authorization: `Bearer ${key}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and records every event with its arrival time; `done` settles when the server completes. */
function watch(client: Client, statusToken: string) {
  const events: Event[] = [];
  let notify = () => undefined as void;
  const done = new Promise<"complete" | "error">((resolve) => {
    client.subscribe(
      { query: WATCH, variables: { statusToken } },
      {
        next: (result) => {
          const status = (result.data as { consentStatusChanged?: { status: string } } | null)
            ?.consentStatusChanged?.status;
          const code = result.errors?.[0]?.extensions?.code as string | undefined;
          events.push({ status, code, at: Date.now() });
          notify();
        },
        error: (error) => {
          // graphql-ws hands over the GraphQL errors of a refused subscription, or the socket's close event.
          const code = Array.isArray(error)
            ? (error[0] as { extensions?: { code?: string } }).extensions?.code
            : `socket:${(error as { code?: number }).code}`;
          events.push({ code, at: Date.now() });
          notify();
          resolve("error");
        },
        complete: () => resolve("complete"),
      },
    );
  });
  const until = (predicate: (e: Event[]) => boolean, timeoutMs = 5000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out; events: ${JSON.stringify(events)}`)),
        timeoutMs,
      );
      notify = () => {
        if (predicate(events)) {
          clearTimeout(timer);
          resolve();
        }
      };
      notify();
    });
  return { events, done, until };
}

async function start(stack: TestStack) {
  return expectData(await stack.gql(START, { input: { returnUrl } }, stack.publishableKey)).startConsent;
}

/** The user allows in the sandbox; the callback goes to whichever API the redirect URI names. */
async function allow(authorizationUrl: string, decision: "allow" | "deny" = "allow") {
  await followCallback(await authorize(authorizationUrl, { decision }));
  return Date.now();
}

describe("consent status: statusToken, consentStatus and the consentStatusChanged subscription", () => {
  let stack: TestStack;
  const clients: Client[] = [];
  const client = (key: string | undefined, server: { url: string } = stack.server) => {
    const c = wsClient(server, key);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    stack = await startTestStack({ subscriptionsPerTenant: 2 });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.dispose();
  });
  afterAll(async () => {
    await stack.stop();
  });

  it("startConsent returns a status token that reads the status with the publishable or the secret key, and nothing personal", async () => {
    const started = await start(stack);
    expect(started.statusToken).toMatch(/^lk_cs_[A-Za-z0-9_-]{40,}$/);
    const read = expectData(
      await stack.gql(STATUS, { statusToken: started.statusToken }, stack.publishableKey),
    ).consentStatus!;
    expect(read).toEqual({ sessionId: started.session.id, status: "PENDING", updatedAt: expect.any(String) });
    expect(
      expectData(await stack.gql(STATUS, { statusToken: started.statusToken }, stack.secretKey))
        .consentStatus!.status,
    ).toBe("PENDING");
    // Stored hashed only.
    const rows = (await stack.server.admin.sql(
      `SELECT status_token_hash FROM consent_sessions WHERE id = $1`,
      [started.session.id],
    )) as Array<{ status_token_hash: string }>;
    expect(rows[0].status_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await stack.server.admin.dumpTables()).not.toContain(started.statusToken);
    await allow(started.authorizationUrl);
    expect(
      expectData(await stack.gql(STATUS, { statusToken: started.statusToken }, stack.publishableKey))
        .consentStatus!.status,
    ).toBe("ACTIVE");
  });

  it("refuses anonymous callers, session tokens, unknown and malformed tokens, and other tenants", async () => {
    const started = await start(stack);
    expect(errorCode(await stack.gql(STATUS, { statusToken: started.statusToken }))).toBe("UNAUTHENTICATED");
    const { sessionToken } = await stack.consent("typical");
    expect(errorCode(await stack.gql(STATUS, { statusToken: started.statusToken }, sessionToken))).toBe(
      "FORBIDDEN",
    );
    expect(
      errorCode(
        await stack.gql(STATUS, { statusToken: "lk_cs_unknownunknownunknownunknown" }, stack.publishableKey),
      ),
    ).toBe("NOT_FOUND");
    expect(errorCode(await stack.gql(STATUS, { statusToken: "not-a-token" }, stack.publishableKey))).toBe(
      "BAD_USER_INPUT",
    );
    const { keys } = await stack.server.admin.tenants.create({
      name: "Other",
      returnUrls: ["http://localhost:*"],
      origins: [],
    });
    expect(
      errorCode(await stack.gql(STATUS, { statusToken: started.statusToken }, keys.publishableKey)),
    ).toBe("NOT_FOUND");
  });

  it("streams PENDING then ACTIVE and completes at the final state", async () => {
    const started = await start(stack);
    const feed = watch(client(stack.publishableKey), started.statusToken);
    await feed.until((e) => e.length >= 1);
    expect(feed.events.map((e) => e.status)).toEqual(["PENDING"]);
    await allow(started.authorizationUrl);
    expect(await feed.done).toBe("complete");
    // EXCHANGING may or may not be seen between them; ACTIVE is last and nothing follows it.
    expect(feed.events[0].status).toBe("PENDING");
    expect(feed.events.at(-1)!.status).toBe("ACTIVE");
    expect(feed.events.every((e) => ["PENDING", "EXCHANGING", "ACTIVE"].includes(e.status!))).toBe(true);
  });

  it("a denied consent is final too, and a token already final completes at once", async () => {
    const started = await start(stack);
    const feed = watch(client(stack.publishableKey), started.statusToken);
    await feed.until((e) => e.length >= 1);
    await allow(started.authorizationUrl, "deny");
    expect(await feed.done).toBe("complete");
    expect(feed.events.at(-1)!.status).toBe("DENIED");
    const again = watch(client(stack.publishableKey), started.statusToken);
    expect(await again.done).toBe("complete");
    expect(again.events.map((e) => e.status)).toEqual(["DENIED"]);
  });

  it("refuses a connection without a tenant key, and an unknown status token with NOT_FOUND", async () => {
    const started = await start(stack);
    const anonymous = watch(client(undefined), started.statusToken);
    expect(await anonymous.done).toBe("error");
    expect(anonymous.events[0].code).toBe("socket:4403");
    const unknown = watch(client(stack.publishableKey), "lk_cs_unknownunknownunknownunknown");
    await unknown.done;
    expect(unknown.events[0].code).toBe("NOT_FOUND");
  });

  it("an unknown field in a subscription answers GRAPHQL_VALIDATION_FAILED", async () => {
    const errors = await new Promise<unknown[]>((resolve) => {
      client(stack.publishableKey).subscribe(
        { query: `subscription { consentStatusChanged(statusToken: "lk_cs_x") { nope } }` },
        { next: () => undefined, error: (e) => resolve(e as unknown[]), complete: () => resolve([]) },
      );
    });
    expect((errors as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code).toBe(
      "GRAPHQL_VALIDATION_FAILED",
    );
  });

  it("caps open subscriptions per tenant (RATE_LIMITED past the cap; a slot frees when one ends)", async () => {
    const tokens = await Promise.all([start(stack), start(stack), start(stack)]);
    const first = watch(client(stack.publishableKey), tokens[0].statusToken);
    const second = watch(client(stack.publishableKey), tokens[1].statusToken);
    await first.until((e) => e.length >= 1);
    await second.until((e) => e.length >= 1);
    const third = watch(client(stack.publishableKey), tokens[2].statusToken);
    await third.done;
    expect(third.events[0].code).toBe("RATE_LIMITED");
    await allow(tokens[0].authorizationUrl);
    await first.done;
    const fourth = watch(client(stack.publishableKey), tokens[2].statusToken);
    await fourth.until((e) => e.length >= 1);
    expect(fourth.events[0].status).toBe("PENDING");
  });
});

describe("consent status subscriptions count against the rate limits", () => {
  let stack: TestStack;
  let ws: Client;

  beforeAll(async () => {
    stack = await startTestStack({ rateLimits: { publishablePerIpPerMinute: 3 } });
  });
  afterAll(async () => {
    await ws?.dispose();
    await stack.stop();
  });

  it("the publishable key's per-IP budget is spent by subscriptions too", async () => {
    const started = await start(stack); // 1 point
    ws = wsClient(stack.server, stack.publishableKey);
    const a = watch(ws, started.statusToken); // 2
    await a.until((e) => e.length >= 1);
    const b = watch(ws, started.statusToken); // 3
    await b.until((e) => e.length >= 1);
    const c = watch(ws, started.statusToken); // over
    await c.done;
    expect(c.events[0].code).toBe("RATE_LIMITED");
  });
});

const describePostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) {
  console.warn(
    "consent-status.test.ts: the two-replica subscription needs DATABASE_URL (PGlite is one process); skipped",
  );
}

describePostgres("consent status across replicas (Postgres LISTEN/NOTIFY)", () => {
  let stack: TestStack;
  let replica: RunningServer;
  let ws: Client;
  const encryptionKeys = `k1:${Buffer.alloc(32, 7).toString("base64")}`;

  beforeAll(async () => {
    stack = await startTestStack({ encryptionKeys });
    replica = await stack.startReplica({ encryptionKeys });
  });
  afterAll(async () => {
    await ws?.dispose();
    await stack.stop();
  });

  it("a subscriber on replica A sees the callback replica B handled within 1 s, and the final state closes it", async () => {
    const started = await start(stack);
    ws = wsClient(replica, stack.publishableKey);
    const feed = watch(ws, started.statusToken);
    await feed.until((e) => e.length >= 1);
    // The sandbox redirects to the first server's callback: replica B handles it, A only listens.
    const handledAt = await allow(started.authorizationUrl);
    await feed.until((e) => e.some((x) => x.status === "ACTIVE"), 2000);
    const active = feed.events.find((e) => e.status === "ACTIVE")!;
    expect(active.at - handledAt).toBeLessThan(1000);
    expect(await feed.done).toBe("complete");
  });
});
