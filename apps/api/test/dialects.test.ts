/**
 * The API against both DigiLockers the embedded sandbox can speak (`SANDBOX_DIALECT`): `meripehchaan`
 * (the v2.x guide) and `apisetu` (the official OpenAPI 1.0.0). Same journey, same answers.
 */
import { Writable } from "node:stream";
import { DEFAULT_CLIENT_ID, DIALECTS, type SandboxDialect } from "@lockerkit/sandbox";
import pino from "pino";
import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";

const ME = graphql(`
  query DialectMe {
    me {
      digilockerId
      name
      dateOfBirth
      gender
      eaadhaarAvailable
      sessionStatus
    }
  }
`);
const DOCUMENTS = graphql(`
  query DialectDocuments {
    documents(first: 100) {
      totalCount
      edges {
        node {
          id
          doctype
          issuerId
        }
      }
    }
  }
`);
const KYC = graphql(`
  query DialectKyc {
    aadhaarKyc {
      name
      dateOfBirth
      maskedAadhaar
      signature {
        verified
      }
    }
  }
`);
const ISSUERS = graphql(`
  query DialectIssuers {
    issuers {
      orgId
      issuerId
      category
    }
  }
`);
const PULL = graphql(`
  mutation DialectPull($input: PullDocumentInput!) {
    pullDocument(input: $input) {
      status
      document {
        doctype
      }
    }
  }
`);
const SESSION = graphql(`
  query DialectSession($id: ID!) {
    consentSession(id: $id) {
      id
      status
    }
  }
`);
const END = graphql(`
  mutation DialectEnd($id: ID) {
    endSession(id: $id) {
      id
      status
    }
  }
`);
const DOCUMENT = graphql(`
  query DialectDocument($id: ID!) {
    document(id: $id) {
      id
      content {
        sha256
      }
    }
  }
`);

const dl = (dlno: string) => ({
  orgId: "000048",
  doctype: "DRVLC",
  parameters: [{ name: "dlno", value: dlno }],
});
const PULL_STATUS: Record<SandboxDialect, number> = { apisetu: 500, meripehchaan: 400 };

describe.each(DIALECTS)("SANDBOX_DIALECT=%s over the API", (dialect) => {
  let stack: TestStack;
  /** The server's error log lines (what an operator sees). */
  const errors: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        errors.push(chunk.toString("utf8"));
        done();
      },
    });
    stack = await startTestStack({
      sandboxDialect: dialect,
      pullCatalogueTtlS: 0,
      outboxMaxAttempts: 2,
      logger: pino({ level: "error" }, sink),
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(async () => {
    await stack.clearFaults();
  });

  it("consent → claim → me → documents → aadhaarKyc (the profile from /1/user when the token answer has none)", async () => {
    await stack.clearRequests();
    const { sessionToken } = await stack.consent("typical");
    const me = expectData(await stack.gql(ME, {}, sessionToken)).me;
    expect(me).toMatchObject({
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      gender: "F",
      eaadhaarAvailable: true,
      sessionStatus: "ACTIVE",
    });
    const documents = expectData(await stack.gql(DOCUMENTS, {}, sessionToken)).documents;
    expect(documents.totalCount).toBeGreaterThan(0);
    const kyc = expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc;
    expect(kyc).toMatchObject({
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      signature: { verified: true },
    });
    const operations = (await stack.requests()).map((r) => `${r.operation} ${r.status}`);
    // The spec's host: the profile is read once after the exchange, the e-Aadhaar at /2/ after /3/'s 404.
    if (dialect === "apisetu")
      expect(operations).toEqual(expect.arrayContaining(["user 200", "eaadhaar 404", "eaadhaar 200"]));
    else
      expect(operations.filter((o) => o.startsWith("user") || o.startsWith("eaadhaar"))).toEqual([
        "eaadhaar 200",
      ]);
  });

  it("a locker with no documents lists none (items missing or empty)", async () => {
    const { sessionToken } = await stack.consent("empty-locker");
    expect(expectData(await stack.gql(DOCUMENTS, {}, sessionToken)).documents).toEqual({
      totalCount: 0,
      edges: [],
    });
  });

  it(`pull outcomes on HTTP ${PULL_STATUS[dialect]}: PENDING and ALREADY_IN_LOCKER, never UPSTREAM_UNAVAILABLE`, async () => {
    const { sessionToken } = await stack.consent("typical");
    expect(
      expectData(await stack.gql(ISSUERS, {}, sessionToken)).issuers.find((i) => i.orgId === "001891"),
    ).toMatchObject({ category: "Education" });
    await stack.clearRequests();
    expect(
      expectData(await stack.gql(PULL, { input: dl("SB-0120230000009") }, sessionToken)).pullDocument,
    ).toMatchObject({ status: "PENDING" });
    expect(
      expectData(await stack.gql(PULL, { input: dl("SB-0120230000001") }, sessionToken)).pullDocument,
    ).toMatchObject({ status: "PULLED" });
    expect(
      expectData(await stack.gql(PULL, { input: dl("SB-0120230000001") }, sessionToken)).pullDocument,
    ).toMatchObject({ status: "ALREADY_IN_LOCKER" });
    const pulls = (await stack.requests())
      .filter((r) => r.operation === "pull.document")
      .map((r) => r.status);
    expect(pulls).toEqual([PULL_STATUS[dialect], 200, PULL_STATUS[dialect]]);
  });

  it("wrong partner credentials on the pull catalogue → UPSTREAM_MISCONFIGURED; the session stays ACTIVE", async () => {
    // A tenant of its own: its DigiLocker credentials go wrong after its user consented.
    const { tenant, keys } = await stack.server.admin.tenants.create({
      name: `Misconfigured ${dialect}`,
      returnUrls: ["http://localhost:*"],
      origins: [],
    });
    const { sessionId, sessionToken } = await stack.consent("typical", {}, keys.publishableKey);
    await stack.server.admin.tenants.setPolicy(tenant.id, {
      digilocker: { clientId: DEFAULT_CLIENT_ID, clientSecret: "not-the-partner-secret" },
    });
    {
      await stack.clearRequests();
      errors.length = 0;
      const issuers = await stack.gql(ISSUERS, {}, sessionToken);
      expect(errorCode(issuers)).toBe("UPSTREAM_MISCONFIGURED");
      // Logged for the operator, naming what to check, without the secret.
      expect(errors.join("")).toMatch(/refused the partner configuration/);
      expect(errors.join("")).toContain(dialect === "apisetu" ? "invalid_client_id" : "invalid_client");
      expect(errors.join("")).not.toContain("not-the-partner-secret");
      expect(issuers.errors![0]!.message).not.toMatch(/start a new consent/);
      expect(errorCode(await stack.gql(PULL, { input: dl("SB-0120230000001") }, sessionToken))).toBe(
        "UPSTREAM_MISCONFIGURED",
      );
      const refused = (await stack.requests()).filter(
        (r) => r.operation === "pull.issuers" || r.operation === "pull.parameters",
      );
      expect(refused.map((r) => r.status)).toEqual(dialect === "apisetu" ? [401, 401] : [400, 400]);
      expect(
        expectData(await stack.gql(SESSION, { id: sessionId }, keys.secretKey)).consentSession,
      ).toMatchObject({ status: "ACTIVE" });
      expect(expectData(await stack.gql(ME, {}, sessionToken)).me).toMatchObject({ sessionStatus: "ACTIVE" });
    }
  });

  it("revoking a token the user already killed in DigiLocker completes at once (no retry)", async () => {
    const { sessionId } = await stack.consent("sparse-profile");
    await stack.sandbox.revokeConsent("sparse-profile");
    await stack.clearRequests();
    expectData(await stack.gql(END, { id: sessionId }, stack.secretKey));
    expect((await stack.requests()).map((r) => `${r.operation} ${r.status}`)).toEqual([
      dialect === "apisetu" ? "revoke 400" : "revoke 200",
    ]);
    const [row] = (await stack.server.admin.sql(
      `SELECT attempts, done_at IS NOT NULL AS done, given_up_at IS NOT NULL AS given_up, last_error, payload_enc = '' AS erased FROM outbox WHERE session_id = $1`,
      [sessionId],
    )) as Array<Record<string, unknown>>;
    expect(row).toEqual({ attempts: 1, done: true, given_up: false, last_error: null, erased: true });
  });

  it("DIGILOCKER_HMAC=require (the default): a download without an hmac header is INTEGRITY_FAILED, naming the setting", async () => {
    const { sessionToken } = await stack.consent("typical");
    const [first] = expectData(await stack.gql(DOCUMENTS, {}, sessionToken)).documents.edges;
    await stack.fault({ path: "/public/oauth2/1/file/*", kind: "no-hmac" });
    await stack.fault({ path: "/public/oauth2/1/xml/*", kind: "no-hmac" });
    const refused = await stack.gql(DOCUMENT, { id: first!.node.id }, sessionToken);
    expect(errorCode(refused)).toBe("INTEGRITY_FAILED");
    expect(refused.errors![0]!.message).toContain("DIGILOCKER_HMAC=require");
    await stack.clearFaults();
    expect(
      expectData(await stack.gql(DOCUMENT, { id: first!.node.id }, sessionToken)).document?.content?.sha256,
    ).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a revoke that keeps failing is given up after OUTBOX_MAX_ATTEMPTS, kept visible and counted", async () => {
    const { sessionId } = await stack.consent("ten-documents");
    await stack.fault({ path: "/public/oauth2/1/revoke", kind: "status", status: 500, times: 10 });
    const outbox = async () =>
      (
        (await stack.server.admin.sql(
          `SELECT attempts, done_at IS NOT NULL AS done, given_up_at IS NOT NULL AS given_up, last_error, payload_enc = '' AS erased FROM outbox WHERE session_id = $1`,
          [sessionId],
        )) as Array<Record<string, unknown>>
      )[0];
    expectData(await stack.gql(END, { id: sessionId }, stack.secretKey));
    expect(await outbox()).toEqual({
      attempts: 1,
      done: false,
      given_up: false,
      last_error: "unexpected_error",
      erased: false,
    });
    // The backoff would wait; make the job due now, as the timer would find it later.
    await stack.server.admin.sql(`UPDATE outbox SET next_attempt_at = now() WHERE session_id = $1`, [
      sessionId,
    ]);
    await stack.server.admin.drainOutbox();
    expect(await outbox()).toEqual({
      attempts: 2,
      done: true,
      given_up: true,
      last_error: "unexpected_error",
      erased: true,
    });
    expect(errors.join("")).toMatch(/revoke given up after the maximum number of attempts/);
    await stack.clearRequests();
    await stack.server.admin.sql(`UPDATE outbox SET next_attempt_at = now() WHERE session_id = $1`, [
      sessionId,
    ]);
    await stack.server.admin.drainOutbox();
    expect(await stack.requests()).toEqual([]);
    const metrics = await (await fetch(`${stack.url}/metrics`)).text();
    expect(metrics).toMatch(/^lockerkit_outbox_given_up_total\{kind="digilocker\.revoke"\} 1$/m);
  });
});
