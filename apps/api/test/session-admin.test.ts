import { authorize, followCallback } from "@lockerkit/testkit";
import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";

const START = graphql(`
  mutation AdminStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
        status
      }
      authorizationUrl
    }
  }
`);

const CLAIM = graphql(`
  mutation AdminClaim($code: String!) {
    claimSession(code: $code) {
      sessionToken
      session {
        id
        status
      }
    }
  }
`);

const SESSIONS = graphql(`
  query AdminSessions($first: Int, $after: String, $filter: ConsentSessionFilter) {
    consentSessions(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const SESSIONS_WITH_TRAIL = graphql(`
  query AdminSessionsWithTrail($filter: ConsentSessionFilter) {
    consentSessions(first: 10, filter: $filter) {
      edges {
        node {
          id
          auditTrail {
            action
            outcome
          }
        }
      }
    }
  }
`);

const TRAIL = graphql(`
  query AdminTrail($id: ID!) {
    consentSession(id: $id) {
      id
      status
      grantedAt
      withdrawnAt
      auditTrail {
        seq
        at
        actor
        action
        outcome
        requestId
      }
    }
  }
`);

const DOCUMENTS = graphql(`
  query AdminDocuments($first: Int, $refresh: Boolean) {
    documents(first: $first, refresh: $refresh) {
      totalCount
      edges {
        node {
          id
          doctype
        }
      }
    }
  }
`);

const KYC = graphql(`
  query AdminKyc {
    aadhaarKyc {
      maskedAadhaar
      source
    }
  }
`);

const returnUrl = "http://localhost:5173/done";

async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Drives DigiLocker's screens with the sandbox shortcut; returns the return URL's query. */
async function answer(
  authorizationUrl: string,
  persona: string,
  decision: "allow" | "deny" = "allow",
): Promise<URLSearchParams> {
  const { status, location } = await followCallback(await authorize(authorizationUrl, { persona, decision }));
  expect(status).toBe(303);
  return location!.searchParams;
}

describe("session administration and re-consent", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /** A session whose DigiLocker grant was revoked by the user: reads answer REAUTH_REQUIRED. */
  async function lapsedSession(persona = "typical") {
    const { sessionId, sessionToken } = await stack.consent(persona);
    const documents = expectData(await stack.gql(DOCUMENTS, { first: 100 }, sessionToken)).documents;
    const kyc = expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc;
    await stack.sandbox.expireTokens();
    await stack.sandbox.revokeConsent(persona);
    expect(errorCode(await stack.gql(DOCUMENTS, { first: 1, refresh: true }, sessionToken))).toBe(
      "REAUTH_REQUIRED",
    );
    return { sessionId, sessionToken, documents, kyc };
  }

  describe("consentSessions", () => {
    let tenantSecret: string;
    let tenantPublishable: string;
    const created: string[] = [];

    beforeAll(async () => {
      // A tenant of its own, so the counts below are exact whatever other tests do.
      const { keys } = await stack.server.admin.tenants.create({
        name: "Admin Bank",
        returnUrls: ["http://localhost:*"],
        origins: [],
      });
      tenantSecret = keys.secretKey;
      tenantPublishable = keys.publishableKey;
      for (let i = 0; i < 7; i++) {
        created.push(
          expectData(await stack.gql(START, { input: { returnUrl } }, tenantPublishable)).startConsent.session
            .id,
        );
      }
      created.push((await stack.consent("typical", {}, tenantPublishable)).sessionId);
      created.push((await stack.consent("ten-documents", {}, tenantPublishable)).sessionId);
      const denied = expectData(
        await stack.gql(START, { input: { returnUrl } }, tenantPublishable),
      ).startConsent;
      expect((await answer(denied.authorizationUrl, "typical", "deny")).get("status")).toBe("denied");
      created.push(denied.session.id);
    });

    it("walks every session of the tenant exactly once, newest first, page by page", async () => {
      const seen: Array<{ id: string; createdAt: string }> = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: Awaited<ReturnType<typeof walk>> = await walk(after);
        pages++;
        expect(page.totalCount).toBe(10);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.edges.map((e) => ({ id: e.node.id, createdAt: e.node.createdAt as string })));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(pages).toBe(4);
      expect(seen.map((s) => s.id)).toEqual([...created].reverse());
      const times = seen.map((s) => Date.parse(s.createdAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);

      async function walk(cursor: string | null) {
        return expectData(await stack.gql(SESSIONS, { first: 3, after: cursor }, tenantSecret))
          .consentSessions;
      }
    });

    it("filters by status and by creation time", async () => {
      const active = expectData(
        await stack.gql(SESSIONS, { first: 100, filter: { status: ["ACTIVE"] } }, tenantSecret),
      ).consentSessions;
      expect(active.totalCount).toBe(2);
      expect(active.edges.map((e) => e.node.id)).toEqual([created[8], created[7]]);

      const finished = expectData(
        await stack.gql(SESSIONS, { first: 100, filter: { status: ["ACTIVE", "DENIED"] } }, tenantSecret),
      ).consentSessions;
      expect(finished.edges.map((e) => e.node.status).sort()).toEqual(["ACTIVE", "ACTIVE", "DENIED"]);

      const all = expectData(
        await stack.gql(SESSIONS, { first: 100 }, tenantSecret),
      ).consentSessions.edges.map((e) => e.node);
      // all[] is newest first: the 3rd-newest … 5th-newest by [createdAfter, createdBefore).
      const window = expectData(
        await stack.gql(
          SESSIONS,
          { first: 100, filter: { createdAfter: all[4].createdAt, createdBefore: all[1].createdAt } },
          tenantSecret,
        ),
      ).consentSessions;
      expect(window.edges.map((e) => e.node.id)).toEqual([all[2].id, all[3].id, all[4].id]);
      expect(window.totalCount).toBe(3);

      const none = expectData(
        await stack.gql(SESSIONS, { first: 5, filter: { status: ["ENDED"] } }, tenantSecret),
      ).consentSessions;
      expect(none).toEqual({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });

    it("refuses bad page sizes, foreign or forged cursors, and callers without the secret key", async () => {
      for (const first of [0, -1, 101])
        expect(errorCode(await stack.gql(SESSIONS, { first }, tenantSecret))).toBe("BAD_USER_INPUT");
      const page = expectData(await stack.gql(SESSIONS, { first: 1 }, tenantSecret)).consentSessions;
      const cursor = page.pageInfo.endCursor!;
      // The demo tenant cannot use (or learn anything from) this tenant's cursor.
      expect(errorCode(await stack.gql(SESSIONS, { first: 1, after: cursor }, stack.secretKey))).toBe(
        "BAD_USER_INPUT",
      );
      const decoded = Buffer.from(cursor, "base64url").toString("utf8");
      const forged = Buffer.from(decoded.replace(/\|[0-9a-f]{8}-/, "|00000000-")).toString("base64url");
      for (const bad of [
        forged,
        "not-a-cursor",
        "",
        "x".repeat(400),
        Buffer.from("d1:5:abc").toString("base64url"),
      ]) {
        expect(errorCode(await stack.gql(SESSIONS, { first: 1, after: bad }, tenantSecret))).toBe(
          "BAD_USER_INPUT",
        );
      }
      expect(errorCode(await stack.gql(SESSIONS, { first: 1 }, tenantPublishable))).toBe("FORBIDDEN");
      expect(errorCode(await stack.gql(SESSIONS, { first: 1 }))).toBe("UNAUTHENTICATED");
      const { sessionToken } = await stack.consent("typical", {}, tenantPublishable);
      expect(errorCode(await stack.gql(SESSIONS, { first: 1 }, sessionToken))).toBe("FORBIDDEN");
      // Tenants never see each other's sessions.
      const demo = expectData(
        await stack.gql(SESSIONS, { first: 100 }, stack.secretKey),
      ).consentSessions.edges.map((e) => e.node.id);
      expect(demo.filter((id) => created.includes(id))).toEqual([]);
    });

    it("serves each listed session's audit trail with one statement for the whole page", async () => {
      const before = stack.server.sqlStatements();
      const data = expectData(
        await stack.gql(SESSIONS_WITH_TRAIL, { filter: { status: ["ACTIVE", "DENIED"] } }, tenantSecret),
      );
      const statements = stack.server.sqlStatements() - before;
      // authentication, the page, the trails: not one statement per session.
      expect(statements).toBeLessThanOrEqual(3);
      const trails = new Map(
        data.consentSessions.edges.map((e) => [
          e.node.id,
          e.node.auditTrail.map((a) => `${a.action}:${a.outcome}`),
        ]),
      );
      expect(trails.get(created[9])).toEqual(["consent.started:ok", "consent.answered:denied"]);
      expect(trails.get(created[8])).toEqual([
        "consent.started:ok",
        "consent.answered:active",
        "session.claimed:ok",
      ]);
    });
  });

  describe("auditTrail", () => {
    it("records a session's whole life without personal data, with request ids", async () => {
      const { sessionId, sessionToken } = await stack.consent("typical");
      await stack.gql(
        graphql(`
          mutation AdminRefresh {
            refreshSession {
              id
            }
          }
        `),
        {},
        sessionToken,
      );
      const ended = await fetch(`${stack.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${sessionToken}`,
          "x-request-id": "req-end-1",
        },
        body: JSON.stringify({ query: "mutation { endSession { status } }" }),
      });
      expect(ended.status).toBe(200);
      // A refused operation on the ended session is part of its trail too.
      expect(
        errorCode(
          await stack.gql(
            graphql(`
              mutation AdminRefreshAgain($id: ID) {
                refreshSession(id: $id) {
                  id
                }
              }
            `),
            { id: sessionId },
            stack.secretKey,
          ),
        ),
      ).toBe("CONSENT_EXPIRED");

      const session = expectData(await stack.gql(TRAIL, { id: sessionId }, stack.secretKey)).consentSession!;
      expect(session.auditTrail.map((a) => [a.actor, a.action, a.outcome])).toEqual([
        ["tenant:publishable", "consent.started", "ok"],
        ["digilocker", "consent.answered", "active"],
        ["anonymous", "session.claimed", "ok"],
        ["session", "session.refreshed", "ok"],
        ["session", "session.ended", "ok"],
        ["tenant:secret", "session.refreshed", "CONSENT_EXPIRED"],
      ]);
      const seqs = session.auditTrail.map((a) => Number(a.seq));
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(session.auditTrail.find((a) => a.action === "session.ended")?.requestId).toBe("req-end-1");
      expect(session.auditTrail.every((a) => a.requestId && a.requestId.length > 0)).toBe(true);
      expect(JSON.stringify(session.auditTrail)).not.toMatch(/Asha|Verma|lk_st_|lk_sk_/);
      expect((await stack.server.admin.audit.verify()).filter((c) => !c.ok)).toEqual([]);
    });

    it("is only for the secret key", async () => {
      const { sessionId, sessionToken } = await stack.consent("typical");
      const asSession = await stack.gql(
        graphql(`
          query AdminOwnTrail($id: ID!) {
            consentSession(id: $id) {
              auditTrail {
                action
              }
            }
          }
        `),
        { id: sessionId },
        sessionToken,
      );
      expect(errorCode(asSession)).toBe("FORBIDDEN");
    });
  });

  describe("re-consent (startConsent with resumeSessionId)", () => {
    it("a REAUTH_REQUIRED session resumes through a new consent and keeps its id, documents and KYC", async () => {
      const lapsed = await lapsedSession();
      expect(lapsed.documents.totalCount).toBeGreaterThan(0);
      await stack.clearRequests();

      const resumed = expectData(
        await stack.gql(START, { input: { returnUrl, resumeSessionId: lapsed.sessionId } }, stack.secretKey),
      ).startConsent;
      expect(resumed.session).toEqual({ id: lapsed.sessionId, status: "PENDING" });
      // Until the user answers, the old token reads a pending consent.
      expect(errorCode(await stack.gql(DOCUMENTS, { first: 1 }, lapsed.sessionToken))).toBe(
        "CONSENT_PENDING",
      );

      const back = await answer(resumed.authorizationUrl, "typical");
      expect(back.get("session")).toBe(lapsed.sessionId);
      expect(back.get("status")).toBe("active");
      const claimed = expectData(await stack.gql(CLAIM, { code: back.get("code")! })).claimSession;
      expect(claimed.session).toEqual({ id: lapsed.sessionId, status: "ACTIVE" });

      const documents = expectData(
        await stack.gql(DOCUMENTS, { first: 100 }, claimed.sessionToken),
      ).documents;
      expect(documents).toEqual(lapsed.documents);
      expect(expectData(await stack.gql(KYC, {}, claimed.sessionToken)).aadhaarKyc).toEqual(lapsed.kyc);
      // The re-sync ran against the new grant: one list call after one code exchange.
      const operations = (await stack.requests()).map((r) => r.operation);
      expect(operations.filter((o) => o === "token.authorization_code")).toHaveLength(1);
      expect(operations.filter((o) => o === "files.issued")).toHaveLength(1);

      const trail = expectData(
        await stack.gql(TRAIL, { id: lapsed.sessionId }, stack.secretKey),
      ).consentSession!;
      expect(trail.status).toBe("ACTIVE");
      expect(trail.withdrawnAt).toBeNull();
      expect(trail.auditTrail.map((a) => `${a.action}:${a.outcome}`).slice(-3)).toEqual([
        "consent.resumed:ok",
        "consent.answered:active",
        "session.claimed:ok",
      ]);
      // The session keeps working: refresh against the new grant.
      expectData(
        await stack.gql(
          graphql(`
            mutation AdminRefreshResumed {
              refreshSession {
                status
              }
            }
          `),
          {},
          claimed.sessionToken,
        ),
      );
    });

    it("the session's own token may resume it; an EXPIRED consent link resumes too", async () => {
      const started = expectData(
        await stack.gql(START, { input: { returnUrl } }, stack.publishableKey),
      ).startConsent;
      await stack.server.admin.sql(
        `UPDATE consent_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [started.session.id],
      );
      expect((await answer(started.authorizationUrl, "typical")).get("status")).toBe("expired");
      const status = expectData(await stack.gql(TRAIL, { id: started.session.id }, stack.secretKey))
        .consentSession!.status;
      expect(status).toBe("EXPIRED");

      const resumed = expectData(
        await stack.gql(
          START,
          { input: { returnUrl, resumeSessionId: started.session.id } },
          stack.secretKey,
        ),
      ).startConsent;
      const back = await answer(resumed.authorizationUrl, "typical");
      expect([back.get("session"), back.get("status")]).toEqual([started.session.id, "active"]);
      const { sessionToken } = expectData(await stack.gql(CLAIM, { code: back.get("code")! })).claimSession;

      // Now lapse it and resume with the session token itself (a frontend recovering on its own).
      await stack.sandbox.expireTokens();
      await stack.sandbox.revokeConsent("typical");
      expect(errorCode(await stack.gql(DOCUMENTS, { first: 1, refresh: true }, sessionToken))).toBe(
        "REAUTH_REQUIRED",
      );
      const again = expectData(
        await stack.gql(START, { input: { returnUrl, resumeSessionId: started.session.id } }, sessionToken),
      ).startConsent;
      expect(again.session.id).toBe(started.session.id);
      const answered = await answer(again.authorizationUrl, "typical");
      expect(answered.get("status")).toBe("active");
    });

    it("refuses a resume from another DigiLocker account and keeps the session's data", async () => {
      const lapsed = await lapsedSession();
      const resumed = expectData(
        await stack.gql(START, { input: { returnUrl, resumeSessionId: lapsed.sessionId } }, stack.secretKey),
      ).startConsent;
      await stack.clearRequests();
      const back = await answer(resumed.authorizationUrl, "ten-documents");
      expect([back.get("session"), back.get("status"), back.get("code")]).toEqual([
        lapsed.sessionId,
        "failed",
        null,
      ]);
      // The foreign grant is given back at once.
      await until(async () => (await stack.requests()).some((r) => r.operation === "revoke"));
      const after = expectData(
        await stack.gql(TRAIL, { id: lapsed.sessionId }, stack.secretKey),
      ).consentSession!;
      expect(after.status).toBe("REAUTH_REQUIRED");
      const rows = (await stack.server.admin.sql(
        `SELECT count(*)::int AS n FROM issued_documents WHERE session_id = $1`,
        [lapsed.sessionId],
      )) as Array<{ n: number }>;
      expect(rows[0].n).toBe(lapsed.documents.totalCount);

      // The right account can still resume it afterwards.
      const retry = expectData(
        await stack.gql(START, { input: { returnUrl, resumeSessionId: lapsed.sessionId } }, stack.secretKey),
      ).startConsent;
      expect((await answer(retry.authorizationUrl, "typical")).get("status")).toBe("active");
    });

    it("refuses resumes that must not happen, with clear codes", async () => {
      const { sessionId, sessionToken } = await stack.consent("typical");
      const resume = (id: string, token: string) =>
        stack.gql(START, { input: { returnUrl, resumeSessionId: id } }, token);
      // A live consent has nothing to resume.
      expect(errorCode(await resume(sessionId, stack.secretKey))).toBe("BAD_USER_INPUT");
      // The publishable key is public: it may not re-open someone's session.
      expect(errorCode(await resume(sessionId, stack.publishableKey))).toBe("FORBIDDEN");
      // Another session's token, another tenant's key, unknown and malformed ids: NOT_FOUND.
      const other = await stack.consent("typical");
      expect(errorCode(await resume(sessionId, other.sessionToken))).toBe("NOT_FOUND");
      const { keys } = await stack.server.admin.tenants.create({
        name: "Other Bank",
        returnUrls: ["http://localhost:*"],
        origins: [],
      });
      expect(errorCode(await resume(sessionId, keys.secretKey))).toBe("NOT_FOUND");
      expect(errorCode(await resume("00000000-0000-4000-8000-000000000000", stack.secretKey))).toBe(
        "NOT_FOUND",
      );
      expect(errorCode(await resume("not-a-uuid", stack.secretKey))).toBe("NOT_FOUND");
      // An ended session's data is gone: start a new consent instead.
      expectData(
        await stack.gql(
          graphql(`
            mutation AdminEnd {
              endSession {
                status
              }
            }
          `),
          {},
          sessionToken,
        ),
      );
      expect(errorCode(await resume(sessionId, stack.secretKey))).toBe("BAD_USER_INPUT");
      // The return URL is still checked against the tenant's allow-list.
      const lapsed = await lapsedSession();
      const foreign = await stack.gql(
        START,
        { input: { returnUrl: "https://evil.example/x", resumeSessionId: lapsed.sessionId } },
        stack.secretKey,
      );
      expect(errorCode(foreign)).toBe("BAD_USER_INPUT");
      expect(
        expectData(await stack.gql(TRAIL, { id: lapsed.sessionId }, stack.secretKey)).consentSession!.status,
      ).toBe("REAUTH_REQUIRED");
    });

    it("an idempotent resume returns the same link; a second resume replaces the first link", async () => {
      const lapsed = await lapsedSession();
      const input = {
        returnUrl,
        resumeSessionId: lapsed.sessionId,
        idempotencyKey: `resume-${lapsed.sessionId}`,
      };
      const first = expectData(await stack.gql(START, { input }, stack.secretKey)).startConsent;
      const replay = expectData(await stack.gql(START, { input }, stack.secretKey)).startConsent;
      expect(replay.authorizationUrl).toBe(first.authorizationUrl);

      const second = expectData(
        await stack.gql(START, { input: { returnUrl, resumeSessionId: lapsed.sessionId } }, stack.secretKey),
      ).startConsent;
      expect(second.authorizationUrl).not.toBe(first.authorizationUrl);
      await stack.clearRequests();
      expect((await followCallback(await authorize(first.authorizationUrl))).status).toBe(400);
      expect((await stack.requests()).filter((r) => r.operation.startsWith("token"))).toEqual([]);
      expect((await answer(second.authorizationUrl, "typical")).get("status")).toBe("active");
    });
  });
});
