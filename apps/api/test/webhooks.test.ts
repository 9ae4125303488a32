import { randomBytes } from "node:crypto";
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhookSignature } from "@lockerkit/core";
import { authorize } from "@lockerkit/testkit";
import { graphql } from "./gql";
import { parsePrometheusText, sampleValue } from "./support/prometheus-text";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";

const CONFIGURE = graphql(`
  mutation WebhookConfigure($input: ConfigureWebhookInput!) {
    configureWebhook(input: $input) {
      endpoint {
        url
        events
        createdAt
      }
      secret
    }
  }
`);
const ROTATE = graphql(`
  mutation WebhookRotate {
    rotateWebhookSecret {
      endpoint {
        url
      }
      secret
    }
  }
`);
const DELETE = graphql(`
  mutation WebhookDelete {
    deleteWebhook
  }
`);
const ENDPOINT = graphql(`
  query WebhookEndpointRead {
    webhookEndpoint {
      url
      events
    }
  }
`);
const DELIVERIES = graphql(`
  query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {
    webhookDeliveries(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          type
          sessionId
          status
          payload
          attempts {
            attempt
            at
            statusCode
            error
            durationMs
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const START = graphql(`
  mutation WebhookStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
      }
      authorizationUrl
    }
  }
`);
const KYC = graphql(`
  query WebhookKyc {
    aadhaarKyc {
      signature {
        verified
      }
    }
  }
`);
const END = graphql(`
  mutation WebhookEnd($id: ID) {
    endSession(id: $id) {
      status
    }
  }
`);

interface Received {
  eventId: string;
  attempt: number;
  type: string;
  body: string;
  signature: string;
  answered: number;
  at: number;
}

/** A real webhook receiver on a free port: records every request and answers what `answer` says. */
class Receiver {
  readonly received: Received[] = [];
  answer: (r: Omit<Received, "answered">) => number = () => 200;
  delayMs = 0;
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<Receiver> {
    const server = createHttpServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const receiver = new Receiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`);
    server.on("request", (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const entry = {
          eventId: String(req.headers["x-lockerkit-event-id"]),
          attempt: Number(req.headers["x-lockerkit-attempt"]),
          type: String(req.headers["x-lockerkit-event-type"]),
          body,
          signature: String(req.headers["x-lockerkit-signature"]),
          at: Date.now(),
        };
        const answered = receiver.answer(entry);
        receiver.received.push({ ...entry, answered });
        setTimeout(() => res.writeHead(answered).end(), receiver.delayMs);
      });
    });
    return receiver;
  }

  /** The requests answered 2xx, in the order they arrived. */
  delivered(): Received[] {
    return this.received.filter((r) => r.answered >= 200 && r.answered < 300);
  }

  async waitFor(predicate: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${what}; received: ${JSON.stringify(this.received.map((r) => [r.type, r.attempt, r.answered]))}`,
        );
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const FAST_RETRIES = { retryBaseMs: 100, maxAttempts: 4, timeoutMs: 3_000, pollIntervalMs: 100 };

async function startPending(stack: TestStack): Promise<{ id: string; authorizationUrl: string }> {
  const started = expectData(
    await stack.gql(START, { input: { returnUrl: "http://localhost:5173/done" } }, stack.publishableKey),
  ).startConsent;
  return { id: started.session.id, authorizationUrl: started.authorizationUrl };
}

/** Follows the sandbox's authorize shortcut to the callback URL (not yet visited). */
function callbackUrl(authorizationUrl: string, decision: "allow" | "deny"): Promise<string> {
  return authorize(authorizationUrl, { decision });
}

describe("webhooks", () => {
  let stack: TestStack;
  let receiver: Receiver;
  let secret: string;

  beforeAll(async () => {
    stack = await startTestStack({ webhooks: FAST_RETRIES });
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it("configureWebhook needs the secret key, checks url and events, and shows the secret only on creation", async () => {
    expect(
      errorCode(await stack.gql(CONFIGURE, { input: { url: receiver.url } }, stack.publishableKey)),
    ).toBe("FORBIDDEN");
    expect(errorCode(await stack.gql(ENDPOINT, {}))).toBe("UNAUTHENTICATED");
    for (const url of [
      "not a url",
      "ftp://example.com/hook",
      "http://user:pw@example.com/hook",
      "https://example.com/hook#x",
      `https://example.com/${"a".repeat(2100)}`,
    ]) {
      const result = await stack.gql(CONFIGURE, { input: { url } }, stack.secretKey);
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.extensions?.field).toBe("url");
    }
    expect(
      errorCode(
        await stack.gql(
          CONFIGURE,
          { input: { url: receiver.url, events: ["consent.completed", "user.deleted"] } },
          stack.secretKey,
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(
      errorCode(await stack.gql(CONFIGURE, { input: { url: receiver.url, events: [] } }, stack.secretKey)),
    ).toBe("BAD_USER_INPUT");
    expect(expectData(await stack.gql(ENDPOINT, {}, stack.secretKey)).webhookEndpoint).toBeNull();
    expect(errorCode(await stack.gql(ROTATE, {}, stack.secretKey))).toBe("NOT_FOUND");

    const created = expectData(
      await stack.gql(
        CONFIGURE,
        { input: { url: receiver.url, events: ["consent.completed"] } },
        stack.secretKey,
      ),
    ).configureWebhook;
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const updated = expectData(
      await stack.gql(CONFIGURE, { input: { url: receiver.url } }, stack.secretKey),
    ).configureWebhook;
    expect(updated.secret).toBeNull();
    expect(updated.endpoint.events).toEqual([
      "consent.completed",
      "consent.denied",
      "consent.expired",
      "session.ended",
      "kyc.verified",
    ]);
    const rotated = expectData(await stack.gql(ROTATE, {}, stack.secretKey)).rotateWebhookSecret.secret!;
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(created.secret);
    secret = rotated;
    // The secret is stored encrypted: neither it nor its plain text is in the database.
    expect(await stack.server.admin.dumpTables()).not.toContain(secret);
  });

  it("a full journey, a denied, a late and a swept consent: every event once, in order per session, signed, without personal data", async () => {
    receiver.received.length = 0;
    const { sessionId, sessionToken } = await stack.consent("typical");
    expect(expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc?.signature.verified).toBe(true);
    // A second read serves the stored record: no second kyc.verified.
    expectData(await stack.gql(KYC, {}, sessionToken));
    expect(expectData(await stack.gql(END, {}, sessionToken)).endSession.status).toBe("ENDED");

    const denied = await startPending(stack);
    expect(
      (await fetch(await callbackUrl(denied.authorizationUrl, "deny"), { redirect: "manual" })).status,
    ).toBe(303);

    const late = await startPending(stack);
    const lateCallback = await callbackUrl(late.authorizationUrl, "allow");
    const swept = await startPending(stack);
    await stack.server.admin.sql(
      `UPDATE consent_sessions SET expires_at = now() - interval '1 second' WHERE id = ANY($1::uuid[])`,
      [[late.id, swept.id]],
    );
    expect(
      new URL((await fetch(lateCallback, { redirect: "manual" })).headers.get("location")!).searchParams.get(
        "status",
      ),
    ).toBe("expired");
    expect((await stack.server.admin.purge()).pendingExpired).toBe(1);

    await receiver.waitFor(() => receiver.delivered().length >= 6, "six deliveries");
    await new Promise((r) => setTimeout(r, 300));
    const delivered = receiver.delivered();
    expect(delivered).toHaveLength(6);
    expect(new Set(delivered.map((d) => d.eventId)).size).toBe(6);

    const bodies = delivered.map(
      (d) =>
        JSON.parse(d.body) as { id: string; type: string; createdAt: string; data: Record<string, unknown> },
    );
    const ofSession = (id: string) =>
      bodies.filter((b) => b.data.sessionId === id).map((b) => `${b.type}:${String(b.data.status)}`);
    expect(ofSession(sessionId)).toEqual([
      "consent.completed:ACTIVE",
      "kyc.verified:VERIFIED",
      "session.ended:ENDED",
    ]);
    expect(ofSession(denied.id)).toEqual(["consent.denied:DENIED"]);
    expect(ofSession(late.id)).toEqual(["consent.expired:EXPIRED"]);
    expect(ofSession(swept.id)).toEqual(["consent.expired:EXPIRED"]);

    for (const [i, d] of delivered.entries()) {
      expect(verifyWebhookSignature(secret, d.body, d.signature)).toBe(true);
      expect(verifyWebhookSignature(secret, d.body.replace("}", " }"), d.signature)).toBe(false);
      expect(bodies[i].id).toBe(d.eventId);
      expect(bodies[i].type).toBe(d.type);
      expect(Object.keys(bodies[i]).sort()).toEqual(["createdAt", "data", "id", "type"]);
      expect(Object.keys(bodies[i].data).every((k) => ["sessionId", "status", "source"].includes(k))).toBe(
        true,
      );
      // Ids and statuses only: nothing of the person, nor any token.
      for (const personal of [
        "Asha",
        "Verma",
        "आशा",
        "999999990019",
        "9000000001",
        "asha.verma",
        "1992-08-14",
        "14081992",
        sessionToken,
      ])
        expect(d.body).not.toContain(personal);
    }

    const all = expectData(await stack.gql(DELIVERIES, { first: 100 }, stack.secretKey)).webhookDeliveries;
    expect(all.totalCount).toBe(6);
    expect(
      all.edges.every(
        (e) =>
          e.node.status === "DELIVERED" &&
          e.node.attempts.length === 1 &&
          e.node.attempts[0].statusCode === 200,
      ),
    ).toBe(true);
    // Newest first, paged by keyset.
    const first = expectData(await stack.gql(DELIVERIES, { first: 4 }, stack.secretKey)).webhookDeliveries;
    const rest = expectData(
      await stack.gql(DELIVERIES, { first: 4, after: first.pageInfo.endCursor }, stack.secretKey),
    ).webhookDeliveries;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
    const journey = expectData(
      await stack.gql(DELIVERIES, { first: 10, filter: { sessionId } }, stack.secretKey),
    ).webhookDeliveries;
    expect(journey.edges.map((e) => e.node.type)).toEqual([
      "session.ended",
      "kyc.verified",
      "consent.completed",
    ]);
  });

  it("webhookDeliveries refuses a bad page size, cursor or filter", async () => {
    for (const first of [0, 101, -1])
      expect(errorCode(await stack.gql(DELIVERIES, { first }, stack.secretKey))).toBe("BAD_USER_INPUT");
    expect(
      errorCode(await stack.gql(DELIVERIES, { first: 5, after: "bm90LWEtY3Vyc29y" }, stack.secretKey)),
    ).toBe("BAD_USER_INPUT");
    expect(
      errorCode(
        await stack.gql(DELIVERIES, { first: 5, filter: { sessionId: "x'; DROP" } }, stack.secretKey),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(errorCode(await stack.gql(DELIVERIES, { first: 5 }, stack.publishableKey))).toBe("FORBIDDEN");
  });

  it("a receiver that fails twice gets the event on the third attempt, and the session's next event waits for it", async () => {
    receiver.received.length = 0;
    receiver.answer = (r) => (r.type === "consent.completed" && r.attempt < 3 ? 500 : 200);
    try {
      const { sessionId, sessionToken } = await stack.consent("typical");
      expectData(await stack.gql(KYC, {}, sessionToken));
      await receiver.waitFor(() => receiver.delivered().length >= 2, "two deliveries");
      expect(receiver.received.map((r) => `${r.type}#${r.attempt}:${r.answered}`)).toEqual([
        "consent.completed#1:500",
        "consent.completed#2:500",
        "consent.completed#3:200",
        "kyc.verified#1:200",
      ]);
      const { edges } = expectData(
        await stack.gql(DELIVERIES, { first: 10, filter: { sessionId } }, stack.secretKey),
      ).webhookDeliveries;
      const completed = edges.find((e) => e.node.type === "consent.completed")!.node;
      expect(completed.status).toBe("DELIVERED");
      expect(completed.attempts.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
        [1, 500, null],
        [2, 500, null],
        [3, 200, null],
      ]);
      // Operators see the same in /metrics.
      const metrics = parsePrometheusText(await (await fetch(`${stack.url}/metrics`)).text());
      const deliveries = (outcome: string) =>
        sampleValue(metrics, "lockerkit_webhook_deliveries_total", { event: "consent.completed", outcome });
      expect(deliveries("retry")).toBeGreaterThanOrEqual(2);
      expect(deliveries("delivered")).toBeGreaterThanOrEqual(1);
    } finally {
      receiver.answer = () => 200;
    }
  });

  it("an event is given up after the last attempt (FAILED, visible), and the session's next event then goes out", async () => {
    receiver.received.length = 0;
    receiver.answer = (r) => (r.type === "consent.completed" ? 503 : 200);
    try {
      const { sessionId, sessionToken } = await stack.consent("typical");
      expectData(await stack.gql(END, {}, sessionToken));
      await receiver.waitFor(
        () => receiver.delivered().some((r) => r.type === "session.ended"),
        "session.ended",
      );
      expect(receiver.received.map((r) => `${r.type}#${r.attempt}`)).toEqual([
        "consent.completed#1",
        "consent.completed#2",
        "consent.completed#3",
        "consent.completed#4",
        "session.ended#1",
      ]);
      const failed = expectData(
        await stack.gql(DELIVERIES, { first: 10, filter: { sessionId, status: "FAILED" } }, stack.secretKey),
      ).webhookDeliveries;
      expect(failed.edges.map((e) => [e.node.type, e.node.attempts.length])).toEqual([
        ["consent.completed", 4],
      ]);
    } finally {
      receiver.answer = () => 200;
    }
  });

  it("an unreachable receiver is a network error, retried; deleting the endpoint fails what is pending and stops events", async () => {
    const dead = await Receiver.start();
    await dead.close();
    expectData(
      await stack.gql(CONFIGURE, { input: { url: dead.url, events: ["consent.denied"] } }, stack.secretKey),
    );
    const denied = await startPending(stack);
    await fetch(await callbackUrl(denied.authorizationUrl, "deny"), { redirect: "manual" });
    const attempts = async () =>
      expectData(await stack.gql(DELIVERIES, { first: 1, filter: { sessionId: denied.id } }, stack.secretKey))
        .webhookDeliveries.edges[0]?.node.attempts ?? [];
    const deadline = Date.now() + 10_000;
    while ((await attempts()).length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect((await attempts()).slice(0, 2).map((a) => [a.statusCode, a.error])).toEqual([
      [null, "network:ECONNREFUSED"],
      [null, "network:ECONNREFUSED"],
    ]);
    expect(expectData(await stack.gql(DELETE, {}, stack.secretKey)).deleteWebhook).toBe(true);
    expect(
      expectData(await stack.gql(DELIVERIES, { first: 1, filter: { sessionId: denied.id } }, stack.secretKey))
        .webhookDeliveries.edges[0].node.status,
    ).toBe("FAILED");
    expect(expectData(await stack.gql(DELETE, {}, stack.secretKey)).deleteWebhook).toBe(false);
    // No endpoint, no event.
    const after = await startPending(stack);
    await fetch(await callbackUrl(after.authorizationUrl, "deny"), { redirect: "manual" });
    expect(
      expectData(await stack.gql(DELIVERIES, { first: 1, filter: { sessionId: after.id } }, stack.secretKey))
        .webhookDeliveries.totalCount,
    ).toBe(0);
  });
});

describe("webhooks in production", () => {
  it("refuses http and private or local addresses", async () => {
    const { checkWebhookUrl } = await import("../src/modules/webhooks/webhook-url.policy");
    for (const url of [
      "http://example.com/h",
      "https://localhost/h",
      "https://127.0.0.1/h",
      "https://10.1.2.3/h",
      "https://169.254.169.254/latest",
      "https://[::1]/h",
      "https://[::ffff:192.168.1.1]/h",
    ]) {
      expect(() => checkWebhookUrl(url, true)).toThrow(/url/);
    }
    expect(checkWebhookUrl("https://hooks.example.com/lockerkit", true)).toBe(
      "https://hooks.example.com/lockerkit",
    );
    expect(checkWebhookUrl("http://127.0.0.1:9999/h", false)).toBe("http://127.0.0.1:9999/h");
  });
});

const describePostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) {
  console.warn(
    "webhooks.test.ts: two replicas delivering from one queue need DATABASE_URL (PGlite is one session in one process); skipped",
  );
}

describePostgres("two replicas on one Postgres database", () => {
  let stack: TestStack;
  let receiver: Receiver;
  const encryptionKeys = `wh1:${randomBytes(32).toString("base64")}`;
  const webhooks = { ...FAST_RETRIES, pollIntervalMs: 20 };

  beforeAll(async () => {
    stack = await startTestStack({ encryptionKeys, webhooks });
    // The second replica delivers from the same queue through its own worker.
    await stack.startReplica({ encryptionKeys, webhooks });
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it("a burst of 40 events: each delivered once, no (event, attempt) sent twice, first attempts of some failing", async () => {
    const secret = expectData(await stack.gql(CONFIGURE, { input: { url: receiver.url } }, stack.secretKey))
      .configureWebhook.secret!;
    receiver.delayMs = 20;
    let n = 0;
    receiver.answer = (r) => (r.attempt === 1 && n++ % 3 === 0 ? 500 : 200);
    const sessions = await Promise.all(Array.from({ length: 40 }, () => startPending(stack)));
    await stack.server.admin.sql(
      `UPDATE consent_sessions SET expires_at = now() - interval '1 second' WHERE id = ANY($1::uuid[])`,
      [sessions.map((s) => s.id)],
    );
    expect((await stack.server.admin.purge()).pendingExpired).toBe(40);

    await receiver.waitFor(
      () => new Set(receiver.delivered().map((r) => r.eventId)).size >= 40,
      "40 delivered events",
      30_000,
    );
    await new Promise((r) => setTimeout(r, 500));
    const pairs = receiver.received.map((r) => `${r.eventId}#${r.attempt}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const delivered = receiver.delivered();
    expect(delivered).toHaveLength(40);
    expect(new Set(delivered.map((r) => JSON.parse(r.body).data.sessionId)).size).toBe(40);
    expect(delivered.every((r) => verifyWebhookSignature(secret, r.body, r.signature))).toBe(true);
    expect(receiver.received.length).toBeGreaterThan(40);
    const [{ attempts }] = (await stack.server.admin.sql(
      `SELECT count(*)::int AS attempts FROM webhook_attempts`,
    )) as Array<{ attempts: number }>;
    expect(attempts).toBe(receiver.received.length);
  });
});
