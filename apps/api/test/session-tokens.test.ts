import { authorize, followCallback } from "@lockerkit/testkit";
import { graphql } from "./gql";
import {
  errorCode,
  expectData,
  type GraphQLResult,
  startTestStack,
  type TestStack,
} from "./support/test-stack";

const START = graphql(`
  mutation TokensStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
        status
      }
      authorizationUrl
      claimVerifier
    }
  }
`);
const CLAIM = graphql(`
  mutation TokensClaim($code: String!, $claimVerifier: String) {
    claimSession(code: $code, claimVerifier: $claimVerifier) {
      sessionToken
      session {
        id
        status
      }
    }
  }
`);
const ME = graphql(`
  query TokensMe {
    me {
      sessionStatus
    }
  }
`);

const returnUrl = "http://localhost:5173/done";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** startConsent → the sandbox's consent shortcut → the callback; the return URL's query and the verifier. */
async function consentUntilReturn(
  stack: TestStack,
  input: Record<string, unknown> = {},
  key = stack.publishableKey,
) {
  const started = expectData(await stack.gql(START, { input: { returnUrl, ...input } }, key)).startConsent;
  const back = (await followCallback(await authorize(started.authorizationUrl))).location!.searchParams;
  return {
    sessionId: started.session.id,
    claimVerifier: started.claimVerifier,
    code: back.get("code")!,
    status: back.get("status"),
  };
}

function refusal(result: GraphQLResult<unknown>) {
  const error = result.errors?.[0];
  return {
    status: result.status,
    code: error?.extensions?.code,
    reason: error?.extensions?.reason,
    field: error?.extensions?.field,
    message: error?.message,
  };
}

async function storedTimes(stack: TestStack, sessionId: string) {
  const [row] = (await stack.server.admin.sql(
    `SELECT session_token_used_at AS "usedAt", session_token_expires_at AS "expiresAt" FROM consent_sessions WHERE id = $1`,
    [sessionId],
  )) as Array<{
    usedAt: Date;
    expiresAt: Date;
  }>;
  return { usedAt: new Date(row.usedAt).getTime(), expiresAt: new Date(row.expiresAt).getTime() };
}

describe("claim verifier and session token lifetimes (production rules: verifier required)", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({
      requireClaimVerifier: true,
      sessionTokens: { maxLifetimeS: 8, idleTimeoutS: 86_400 },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("startConsent returns a claim verifier, shown once and stored only as a hash", async () => {
    const { sessionId, claimVerifier } = await consentUntilReturn(stack);
    expect(claimVerifier).toMatch(/^lk_cv_[A-Za-z0-9_-]{43}$/);
    expect(await stack.server.admin.dumpTables()).not.toContain(claimVerifier);
    const [row] = (await stack.server.admin.sql(
      `SELECT claim_verifier_hash FROM consent_sessions WHERE id = $1`,
      [sessionId],
    )) as Array<{ claim_verifier_hash: string }>;
    expect(row.claim_verifier_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a claim with the right verifier gets the session token", async () => {
    const { sessionId, code, claimVerifier } = await consentUntilReturn(stack);
    const claimed = expectData(await stack.gql(CLAIM, { code, claimVerifier })).claimSession;
    expect(claimed.session).toEqual({ id: sessionId, status: "ACTIVE" });
    expect(expectData(await stack.gql(ME, {}, claimed.sessionToken)).me?.sessionStatus).toBe("ACTIVE");
  });

  it("the return URL's code alone, or with a wrong verifier, yields no token; the third wrong verifier spends the code", async () => {
    const { sessionId, code, claimVerifier } = await consentUntilReturn(stack);
    const missing = await stack.gql(CLAIM, { code });
    expect(refusal(missing)).toMatchObject({ code: "BAD_USER_INPUT", field: "claimVerifier" });
    expect(missing.data).toBeNull();
    expect(refusal(await stack.gql(CLAIM, { code, claimVerifier: null }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "claimVerifier",
    });

    const wrong = await stack.gql(CLAIM, { code, claimVerifier: "lk_cv_not-the-one-startConsent-returned" });
    expect(refusal(wrong)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "claimVerifier",
      message: expect.stringContaining("2 attempt(s) left"),
    });
    expect(wrong.data).toBeNull();
    const rows = (await stack.server.admin.sql(
      `SELECT session_token_hash FROM consent_sessions WHERE id = $1`,
      [sessionId],
    )) as Array<{ session_token_hash: string | null }>;
    expect(rows[0].session_token_hash).toBeNull();
    // A missing verifier is not an attempt; a wrong one is, and the right one still works before the limit.
    const claimed = expectData(await stack.gql(CLAIM, { code, claimVerifier })).claimSession;
    expect(claimed.session.id).toBe(sessionId);

    const next = await consentUntilReturn(stack);
    for (const left of ["2 attempt(s) left", "1 attempt(s) left", "the code is now spent"]) {
      const refused = await stack.gql(CLAIM, {
        code: next.code,
        claimVerifier: `lk_cv_wrong-${left.length}`,
      });
      expect(refusal(refused)).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "claimVerifier",
        message: expect.stringContaining(left),
      });
    }
    const spent = await stack.gql(CLAIM, { code: next.code, claimVerifier: next.claimVerifier });
    expect(refusal(spent)).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
    expect(spent.data).toBeNull();
  });

  it("a resume returns a fresh verifier; the first consent's verifier no longer claims", async () => {
    const first = await consentUntilReturn(stack, { consentValidFor: 3600 }, stack.publishableKey);
    const { sessionToken } = expectData(
      await stack.gql(CLAIM, { code: first.code, claimVerifier: first.claimVerifier }),
    ).claimSession;
    await stack.server.admin.sql(
      `UPDATE consent_sessions SET consent_valid_till = now() - interval '1 second' WHERE id = $1`,
      [first.sessionId],
    );
    expect(errorCode(await stack.gql(ME, {}, sessionToken))).toMatch(/CONSENT_EXPIRED|UNAUTHENTICATED/);

    const resumed = await consentUntilReturn(stack, { resumeSessionId: first.sessionId }, stack.secretKey);
    expect(resumed.sessionId).toBe(first.sessionId);
    expect(resumed.claimVerifier).not.toBe(first.claimVerifier);
    expect(
      refusal(await stack.gql(CLAIM, { code: resumed.code, claimVerifier: first.claimVerifier })),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "claimVerifier" });
    const claimed = expectData(
      await stack.gql(CLAIM, { code: resumed.code, claimVerifier: resumed.claimVerifier }),
    ).claimSession;
    expect(claimed.session).toEqual({ id: first.sessionId, status: "ACTIVE" });
  });

  it("an idempotent startConsent retry gets a new verifier, which replaces the first", async () => {
    const input = { returnUrl, idempotencyKey: `tokens-${Date.now()}` };
    const first = expectData(await stack.gql(START, { input }, stack.publishableKey)).startConsent;
    const retry = expectData(await stack.gql(START, { input }, stack.publishableKey)).startConsent;
    expect(retry.session.id).toBe(first.session.id);
    expect(retry.authorizationUrl).toBe(first.authorizationUrl);
    expect(retry.claimVerifier).not.toBe(first.claimVerifier);
    const { location } = await followCallback(await authorize(retry.authorizationUrl));
    const code = location!.searchParams.get("code")!;
    expect(errorCode(await stack.gql(CLAIM, { code, claimVerifier: first.claimVerifier }))).toBe(
      "BAD_USER_INPUT",
    );
    expectData(await stack.gql(CLAIM, { code, claimVerifier: retry.claimVerifier }));
  });

  it("a token past its absolute lifetime is UNAUTHENTICATED with reason expired", async () => {
    const { sessionId, code, claimVerifier } = await consentUntilReturn(stack);
    const claimedAt = Date.now();
    const { sessionToken } = expectData(await stack.gql(CLAIM, { code, claimVerifier })).claimSession;
    const { expiresAt } = await storedTimes(stack, sessionId);
    expect(Math.abs(expiresAt - (claimedAt + 8_000))).toBeLessThan(1_000);
    expectData(await stack.gql(ME, {}, sessionToken));

    await sleep(Math.max(0, expiresAt - Date.now()) + 200);
    const expired = await stack.gql(ME, {}, sessionToken);
    expect(refusal(expired)).toMatchObject({ status: 401, code: "UNAUTHENTICATED", reason: "expired" });
    expect(expired.data).toBeNull();
  });

  it("the lifetime is the consent's validity when that ends sooner than the cap", async () => {
    const { sessionId, code, claimVerifier } = await consentUntilReturn(stack);
    await stack.server.admin.sql(
      `UPDATE consent_sessions SET consent_valid_till = now() + interval '1 second' WHERE id = $1`,
      [sessionId],
    );
    expectData(await stack.gql(CLAIM, { code, claimVerifier }));
    const [row] = (await stack.server.admin.sql(
      `SELECT consent_valid_till = session_token_expires_at AS same FROM consent_sessions WHERE id = $1`,
      [sessionId],
    )) as Array<{ same: boolean }>;
    expect(row.same).toBe(true);
  });

  it("reads within the touch interval write nothing: last use is stored at a coarse granularity", async () => {
    const { sessionId, code, claimVerifier } = await consentUntilReturn(stack);
    const { sessionToken } = expectData(await stack.gql(CLAIM, { code, claimVerifier })).claimSession;
    const claimedUse = (await storedTimes(stack, sessionId)).usedAt;
    const typename = graphql(`
      query TokensTypename {
        __typename
      }
    `);
    const statements = async () => {
      const before = stack.server.sqlStatements();
      expectData(await stack.gql(typename, {}, sessionToken));
      return stack.server.sqlStatements() - before;
    };
    // Background jobs share the statement counter: the quietest of three requests is the request's own cost.
    const quiet = [await statements(), await statements(), await statements()];
    expect(Math.min(...quiet)).toBe(1); // the token lookup, nothing written
    expect((await storedTimes(stack, sessionId)).usedAt).toBe(claimedUse);
    // Last use older than a minute: the next request writes it once, the one after does not.
    await stack.server.admin.sql(
      `UPDATE consent_sessions SET session_token_used_at = now() - interval '2 minutes' WHERE id = $1`,
      [sessionId],
    );
    expect(await statements()).toBeGreaterThanOrEqual(2);
    const touched = (await storedTimes(stack, sessionId)).usedAt;
    expect(Date.now() - touched).toBeLessThan(5_000);
    await statements();
    expect((await storedTimes(stack, sessionId)).usedAt).toBe(touched);
  });
});

describe("idle timeout and development claims", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({
      requireClaimVerifier: false,
      sessionTokens: { maxLifetimeS: 3600, idleTimeoutS: 2 },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("in development a claim without the verifier still works; a wrong one is still refused", async () => {
    const first = await consentUntilReturn(stack);
    expect(refusal(await stack.gql(CLAIM, { code: first.code, claimVerifier: "lk_cv_wrong" }))).toMatchObject(
      { code: "BAD_USER_INPUT", field: "claimVerifier" },
    );
    expectData(await stack.gql(CLAIM, { code: first.code }));
  });

  it("a token used within the idle timeout stays valid; idle past SESSION_IDLE_TIMEOUT_S it is UNAUTHENTICATED with reason idle", async () => {
    const { code, claimVerifier } = await consentUntilReturn(stack);
    const { sessionToken } = expectData(await stack.gql(CLAIM, { code, claimVerifier })).claimSession;
    // Uses 0.8 s apart for ~3 s, past the 2 s timeout in total: each use keeps the token alive.
    for (let i = 0; i < 4; i++) {
      await sleep(800);
      expect(expectData(await stack.gql(ME, {}, sessionToken)).me?.sessionStatus).toBe("ACTIVE");
    }
    await sleep(2_500);
    const idle = await stack.gql(ME, {}, sessionToken);
    expect(refusal(idle)).toMatchObject({ status: 401, code: "UNAUTHENTICATED", reason: "idle" });
    // Idle stays idle: a refused request does not count as a use.
    expect(refusal(await stack.gql(ME, {}, sessionToken))).toMatchObject({
      code: "UNAUTHENTICATED",
      reason: "idle",
    });
  });
});
