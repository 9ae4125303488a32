import { randomBytes } from "node:crypto";
import { print } from "graphql";
import { Client } from "pg";
import type { RunningServer } from "../src/server";
import { authorize } from "@lockerkit/testkit";
import { graphql } from "./gql";
import {
  errorCode,
  expectData,
  startTestStack,
  type GraphQLResult,
  type TestStack,
} from "./support/test-stack";

const START = graphql(`
  mutation ConcurrencyStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
        status
      }
      authorizationUrl
    }
  }
`);
const DOCUMENTS = graphql(`
  query ConcurrencyDocuments($refresh: Boolean) {
    documents(first: 100, refresh: $refresh) {
      totalCount
      edges {
        node {
          id
          uri
        }
      }
    }
  }
`);
const KYC = graphql(`
  query ConcurrencyKyc($refresh: Boolean) {
    aadhaarKyc(refresh: $refresh) {
      maskedAadhaar
      signature {
        verified
      }
    }
  }
`);
const END = graphql(`
  mutation ConcurrencyEnd($id: ID, $idempotencyKey: String) {
    endSession(id: $id, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);
const ME = graphql(`
  query ConcurrencyMe {
    me {
      name
      sessionStatus
    }
  }
`);

describe("concurrency: duplicates have exactly one effect", () => {
  let stack: TestStack;
  const returnUrl = "http://localhost:5173/done";

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(async () => {
    await stack.clearFaults();
  });

  const operations = async (name: string) => (await stack.requests()).filter((r) => r.operation === name);

  it("20 concurrent startConsent with one idempotencyKey → one session; the key with other input → BAD_USER_INPUT", async () => {
    const input = { returnUrl, idempotencyKey: "start-20", documentTypes: ["ADHAR"] };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => stack.gql(START, { input }, stack.publishableKey)),
    );
    const ids = new Set(results.map((r) => expectData(r).startConsent.session.id));
    const urls = new Set(results.map((r) => expectData(r).startConsent.authorizationUrl));
    expect(ids.size).toBe(1);
    expect(urls.size).toBe(1);
    const other = await stack.gql(
      START,
      { input: { ...input, documentTypes: ["PANCR"] } },
      stack.publishableKey,
    );
    expect(errorCode(other)).toBe("BAD_USER_INPUT");
  });

  it("20 concurrent duplicate callbacks → one code exchange, one active redirect, 19 × 400", async () => {
    const started = expectData(
      await stack.gql(START, { input: { returnUrl } }, stack.publishableKey),
    ).startConsent;
    const callbackUrl = await authorize(started.authorizationUrl);
    await stack.clearRequests();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => fetch(callbackUrl, { redirect: "manual" })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 303)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(19);
    const winner = responses.find((r) => r.status === 303)!;
    expect(new URL(winner.headers.get("location")!).searchParams.get("status")).toBe("active");
    expect(await operations("token.authorization_code")).toHaveLength(1);
  });

  it("20 concurrent syncs of one session → one upstream list call, each document stored once", async () => {
    const { sessionToken } = await stack.consent("typical");
    expectData(await stack.gql(DOCUMENTS, {}, sessionToken));
    await stack.clearRequests();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => stack.gql(DOCUMENTS, { refresh: true }, sessionToken)),
    );
    const lists = results.map((r) => expectData(r).documents);
    expect(await operations("files.issued")).toHaveLength(1);
    const first = lists[0];
    expect(new Set(first.edges.map((e) => e.node.uri)).size).toBe(first.totalCount);
    for (const list of lists)
      expect(list.edges.map((e) => e.node.id)).toEqual(first.edges.map((e) => e.node.id));
  });

  it("20 concurrent endSession with one idempotencyKey → one revoke; the key for another session → BAD_USER_INPUT", async () => {
    const a = await stack.consent("typical");
    const b = await stack.consent("typical");
    await stack.clearRequests();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => stack.gql(END, { idempotencyKey: "end-a" }, a.sessionToken)),
    );
    for (const r of results) expect(expectData(r).endSession).toEqual({ id: a.sessionId, status: "ENDED" });
    expect(await operations("revoke")).toHaveLength(1);
    // Replays answer the same session and revoke nothing.
    expect(
      expectData(await stack.gql(END, { idempotencyKey: "end-a" }, a.sessionToken)).endSession.status,
    ).toBe("ENDED");
    expect(await operations("revoke")).toHaveLength(1);
    // A caller's key that ended session a, used by the same caller to end b, is a client bug: b stays
    // untouched. (Keys are per caller: the secret key's "end-a" would be its own, rate-limits.test.ts.)
    expect(
      expectData(await stack.gql(END, { id: a.sessionId, idempotencyKey: "end-sk" }, stack.secretKey))
        .endSession.status,
    ).toBe("ENDED");
    expect(
      errorCode(await stack.gql(END, { id: b.sessionId, idempotencyKey: "end-sk" }, stack.secretKey)),
    ).toBe("BAD_USER_INPUT");
    expect(expectData(await stack.gql(ME, {}, b.sessionToken)).me?.sessionStatus).toBe("ACTIVE");
    // Without a key, concurrent ends still revoke once.
    const plain = await Promise.all(Array.from({ length: 20 }, () => stack.gql(END, {}, b.sessionToken)));
    for (const r of plain) expect(expectData(r).endSession.status).toBe("ENDED");
    expect(await operations("revoke")).toHaveLength(2);
  });

  it("tokens expired at DigiLocker: 20 concurrent aadhaarKyc(refresh: true) → all succeed after one refresh", async () => {
    const { sessionToken } = await stack.consent("typical");
    await stack.sandbox.expireTokens();
    await stack.clearRequests();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => stack.gql(KYC, { refresh: true }, sessionToken)),
    );
    for (const r of results) expect(expectData(r).aadhaarKyc?.signature.verified).toBe(true);
    expect(await operations("token.refresh_token")).toHaveLength(1);
  });

  it("a revocation in DigiLocker ends in REAUTH_REQUIRED, never a loop", async () => {
    const { sessionToken } = await stack.consent("typical");
    await stack.sandbox.revokeConsent("typical");
    await stack.clearRequests();
    expect(errorCode(await stack.gql(KYC, { refresh: true }, sessionToken))).toBe("REAUTH_REQUIRED");
    const calls = (await stack.requests()).map((r) => r.operation);
    expect(calls).toEqual(["eaadhaar", "token.refresh_token"]);
    await stack.clearRequests();
    expect(errorCode(await stack.gql(DOCUMENTS, { refresh: true }, sessionToken))).toBe("REAUTH_REQUIRED");
    expect(await stack.requests()).toEqual([]);
  });
});

const describePostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) {
  console.warn(
    "concurrency.test.ts: the two-replica refresh lease needs DATABASE_URL (PGlite is one session in one process); skipped",
  );
}

describePostgres("two API instances on one Postgres database (refresh lease)", () => {
  let stack: TestStack;
  let second: RunningServer;
  // Replicas share the encryption keys (as they must in production).
  const encryptionKeys = `rel1:${randomBytes(32).toString("base64")}`;

  beforeAll(async () => {
    stack = await startTestStack({ encryptionKeys });
    second = await stack.startReplica({ encryptionKeys });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const postTo = async <T>(
    url: string,
    query: string,
    variables: unknown,
    token: string,
  ): Promise<GraphQLResult<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GraphQLResult<T>;
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  };

  it("50 concurrent aadhaarKyc(refresh: true) spread over both, tokens expired → all succeed, one token.refresh_token", async () => {
    const { sessionToken } = await stack.consent("typical");
    await stack.sandbox.expireTokens();
    await stack.clearRequests();
    const query = print(KYC);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        postTo<{ aadhaarKyc: { signature: { verified: boolean } } | null }>(
          i % 2 ? second.url : stack.url,
          query,
          { refresh: true },
          sessionToken,
        ),
      ),
    );
    for (const r of results) expect(expectData(r).aadhaarKyc?.signature.verified).toBe(true);
    expect((await stack.requests()).filter((r) => r.operation === "token.refresh_token")).toHaveLength(1);
  });

  it("a lease left by a dead replica is waited out and taken over: one refresh, no REAUTH_REQUIRED", async () => {
    const { sessionId, sessionToken } = await stack.consent("typical");
    await stack.sandbox.expireTokens();
    const client = new Client({ connectionString: stack.databaseUrl });
    await client.connect();
    try {
      // A replica took the lease and died before its upstream call: the lease runs out by itself.
      await client.query(
        `UPDATE consent_sessions SET refresh_lease_owner = 'dead-replica', refresh_lease_until = now() + interval '1 second' WHERE id = $1`,
        [sessionId],
      );
      await stack.clearRequests();
      const started = Date.now();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          postTo<{ aadhaarKyc: unknown }>(
            i % 2 ? second.url : stack.url,
            print(KYC),
            { refresh: true },
            sessionToken,
          ),
        ),
      );
      for (const r of results) expectData(r);
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
      expect((await stack.requests()).filter((r) => r.operation === "token.refresh_token")).toHaveLength(1);
      const { rows } = await client.query(
        `SELECT status, refresh_lease_owner FROM consent_sessions WHERE id = $1`,
        [sessionId],
      );
      expect(rows[0]).toEqual({ status: "ACTIVE", refresh_lease_owner: null });
    } finally {
      await client.end();
    }
  });
});
