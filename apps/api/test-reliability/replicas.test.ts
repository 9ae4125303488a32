import { randomBytes } from "node:crypto";
import { join } from "node:path";
import {
  type ApiSettings,
  assertBuilt,
  authorize,
  claim,
  cleanupEverything,
  createTenant,
  errorCodeOf as code,
  expectData as data,
  followCallback,
  freePort,
  gql,
  type Proc,
  runConsentJourney,
  SandboxControls,
  sleep,
  startApi,
  startConsent,
  startSandbox,
  tempDir,
  type Tenant,
  withClient,
} from "@lockerkit/testkit";
import { createRunDatabase } from "./support/run-database";
import { isAnswerOrTypedError } from "./support/typed-errors";

const KYC = `query ($refresh: Boolean) { aadhaarKyc(refresh: $refresh) { maskedAadhaar signature { verified } } }`;
const DOCUMENTS = `query ($refresh: Boolean) { documents(first: 100, refresh: $refresh) { totalCount edges { node { id uri mimeTypes } } } }`;
const DOCUMENT = `query ($id: ID!) { document(id: $id) { id content { format sha256 } } }`;
const ME = `query { me { name sessionStatus } }`;
const REFRESH = `mutation { refreshSession { id status } }`;
const SESSION = `query ($id: ID!) { consentSession(id: $id) { id status } }`;
const START = `mutation ($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl } }`;

/**
 * The sandbox and two API replicas (`node apps/api/dist/main.js`) on one Postgres database created for
 * this run on 127.0.0.1:5432 and dropped after; replica A is killed and restarted along the way.
 */
describe("two API replicas on one Postgres database", () => {
  let db: Awaited<ReturnType<typeof createRunDatabase>>;
  let logs: string;
  let sandbox: SandboxControls;
  let settingsA: ApiSettings;
  let settingsB: ApiSettings;
  let a: Proc;
  let b: Proc;
  let tenant: Tenant;

  beforeAll(async () => {
    assertBuilt();
    logs = tempDir("logs");
    db = await createRunDatabase();
    const [sandboxPort, portA, portB] = [await freePort(), await freePort(), await freePort()];
    // One redirect URI for both (the proxy's URL in production); the harness aims callbacks at either.
    const sandboxSettings = {
      clientId: "lk-reliability",
      clientSecret: randomBytes(16).toString("hex"),
      redirectUri: `http://127.0.0.1:${portA}/digilocker/callback`,
    };
    const sandboxProc = await startSandbox(sandboxPort, sandboxSettings, logs);
    sandbox = new SandboxControls(sandboxProc.url);
    const common = {
      databaseUrl: db.url,
      sandboxUrl: sandboxProc.url,
      sandbox: sandboxSettings,
      encryptionKeys: `rel1:${randomBytes(32).toString("base64")}`,
      dataDir: join(logs, "data"),
      extraEnv: { RECOVERY_EXCHANGING_AFTER_S: "3", DOCUMENTS_SYNC_WINDOW_S: "300" },
    };
    settingsA = { ...common, port: portA };
    settingsB = { ...common, port: portB };
    // Both boot at once on the empty database: the migration lock lets one migrate.
    [a, b] = await Promise.all([startApi("api-a", settingsA, logs), startApi("api-b", settingsB, logs)]);
    tenant = await createTenant(db.url);
  }, 120_000);

  afterAll(async () => {
    cleanupEverything();
    await db?.drop();
  });

  afterEach(async () => {
    await sandbox?.clearFaults();
  });

  const restartA = async () => {
    a = await startApi("api-a", settingsA, logs);
  };
  const kill9A = async () => {
    a.child.kill("SIGKILL");
    await a.exited;
  };

  it("access tokens expired at DigiLocker: 50 concurrent aadhaarKyc(refresh: true) over both replicas → all succeed, one token.refresh_token", async () => {
    const { sessionToken } = await runConsentJourney({
      apiUrl: a.url,
      publishableKey: tenant.publishableKey,
      callbackTo: a.url,
    });
    await sandbox.post("/__sandbox/expire-tokens");
    await sandbox.clearRequests();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => gql(i % 2 ? b.url : a.url, KYC, { refresh: true }, sessionToken)),
    );
    const failures = results.filter(
      (r) =>
        r.errors?.length ||
        !(r.data?.aadhaarKyc as { signature: { verified: boolean } } | null)?.signature.verified,
    );
    expect(failures).toEqual([]);
    expect(await sandbox.count("token.refresh_token")).toBe(1);
    // The lease is gone and the version moved exactly once.
    const [row] = await withClient(
      db.url,
      async (c) =>
        (
          await c.query(
            `SELECT token_version, refresh_lease_until FROM consent_sessions WHERE session_token_hash IS NOT NULL ORDER BY created_at DESC LIMIT 1`,
          )
        ).rows,
    );
    expect(row).toEqual({ token_version: 2, refresh_lease_until: null });
  });

  it("kill -9 after startConsent → restart → the same consent completes (and its idempotent replay answers the same session)", async () => {
    const input = { returnUrl: "http://localhost:5173/done", idempotencyKey: `crash-start-${Date.now()}` };
    const first = data<{ startConsent: { session: { id: string }; authorizationUrl: string } }>(
      await gql(a.url, START, { input }, tenant.publishableKey),
    ).startConsent;
    await kill9A();
    await restartA();
    const replay = data<{ startConsent: { session: { id: string }; authorizationUrl: string } }>(
      await gql(b.url, START, { input }, tenant.publishableKey),
    ).startConsent;
    expect(replay).toEqual(first);
    const { location } = await followCallback(await authorize(first.authorizationUrl, { callbackTo: a.url }));
    expect(location?.searchParams.get("status")).toBe("active");
    const token = await claim(b.url, location!.searchParams.get("code")!);
    expect(data<{ me: { sessionStatus: string } }>(await gql(a.url, ME, {}, token)).me.sessionStatus).toBe(
      "ACTIVE",
    );
    const [{ n }] = await withClient(
      db.url,
      async (c) =>
        (
          await c.query(`SELECT count(*)::int AS n FROM consent_sessions WHERE idempotency_key = $1`, [
            input.idempotencyKey,
          ])
        ).rows,
    );
    expect(n).toBe(1);
  });

  it("kill -9 during the callback's code exchange → restart → the recovery sweep marks the session FAILED; the link cannot be replayed; a new consent works", async () => {
    const { sessionId, authorizationUrl } = await startConsent(a.url, tenant.publishableKey);
    const callbackUrl = await authorize(authorizationUrl, { callbackTo: a.url });
    await sandbox.clearRequests();
    // DigiLocker takes 3 s to answer the exchange; the API dies while waiting for it.
    await sandbox.fault({ path: "/public/oauth2/1/token", method: "POST", kind: "delay", delayMs: 3000 });
    const pending = fetch(callbackUrl, { redirect: "manual" }).catch(() => null);
    const status = async () =>
      data<{ consentSession: { status: string } }>(
        await gql(b.url, SESSION, { id: sessionId }, tenant.secretKey),
      ).consentSession.status;
    const deadline = Date.now() + 2000;
    while ((await status()) === "PENDING" && Date.now() < deadline) await sleep(50);
    await sleep(300); // the exchange request is on its way to DigiLocker
    expect(await status()).toBe("EXCHANGING");
    await kill9A();
    await pending;
    // While stuck it reads as "being completed"; after the timeout any replica's sweep fails it once.
    await restartA();
    const until = Date.now() + 15_000;
    while ((await status()) === "EXCHANGING" && Date.now() < until) await sleep(250);
    expect(await status()).toBe("FAILED");
    // The spent code is never retried: a replayed link is refused without a token request.
    const exchanges = await sandbox.count("token.authorization_code");
    expect(exchanges).toBeLessThanOrEqual(1); // the sandbox logs on answering; the dead process never read it
    expect((await followCallback(callbackUrl)).status).toBe(400);
    expect(await sandbox.count("token.authorization_code")).toBe(exchanges);
    const again = await runConsentJourney({
      apiUrl: b.url,
      publishableKey: tenant.publishableKey,
      callbackTo: b.url,
    });
    expect(
      data<{ me: { sessionStatus: string } }>(await gql(a.url, ME, {}, again.sessionToken)).me.sessionStatus,
    ).toBe("ACTIVE");
  });

  it("kill -9 during a document sync → restart → the list syncs completely, no orphaned or duplicated rows", async () => {
    const personas = await sandbox.personas();
    const persona = personas.filter((p) => p.documents > 0).sort((x, y) => y.documents - x.documents)[0];
    const { sessionId, sessionToken } = await runConsentJourney({
      apiUrl: a.url,
      publishableKey: tenant.publishableKey,
      persona: persona.id,
      callbackTo: a.url,
    });
    await sandbox.fault({ path: "/public/oauth2/2/files/issued", kind: "delay", delayMs: 2000 });
    await sandbox.clearRequests();
    const pending = gql(a.url, DOCUMENTS, {}, sessionToken).catch(() => null);
    await sleep(1000); // the list call is in flight (DigiLocker answers after 2 s)
    await kill9A();
    expect(await pending).toBeNull();
    await restartA();
    // Concurrent reads on both replicas after the restart: each document exactly once.
    const lists = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gql<{ documents: { totalCount: number } }>(i % 2 ? a.url : b.url, DOCUMENTS, {}, sessionToken),
      ),
    );
    for (const list of lists) expect(data(list).documents.totalCount).toBe(persona.documents);
    const [counts] = await withClient(
      db.url,
      async (c) =>
        (
          await c.query(
            `SELECT count(*)::int AS rows, count(DISTINCT uri_hmac)::int AS uris FROM issued_documents WHERE session_id = $1`,
            [sessionId],
          )
        ).rows,
    );
    expect(counts).toEqual({ rows: persona.documents, uris: persona.documents });
    const [{ orphans }] = await withClient(
      db.url,
      async (c) =>
        (
          await c.query(
            `SELECT count(*)::int AS orphans FROM issued_documents d LEFT JOIN consent_sessions s ON s.id = d.session_id WHERE s.id IS NULL`,
          )
        ).rows,
    );
    expect(orphans).toBe(0);
  });

  it("20 concurrent duplicate syncs over both replicas → each document stored once", async () => {
    const { sessionId, sessionToken } = await runConsentJourney({
      apiUrl: b.url,
      publishableKey: tenant.publishableKey,
      callbackTo: b.url,
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql<{ documents: { totalCount: number } }>(
          i % 2 ? a.url : b.url,
          DOCUMENTS,
          { refresh: true },
          sessionToken,
        ),
      ),
    );
    const totals = new Set(results.map((r) => data(r).documents.totalCount));
    expect(totals.size).toBe(1);
    const [counts] = await withClient(
      db.url,
      async (c) =>
        (
          await c.query(
            `SELECT count(*)::int AS rows, count(DISTINCT uri_hmac)::int AS uris FROM issued_documents WHERE session_id = $1`,
            [sessionId],
          )
        ).rows,
    );
    expect(counts.rows).toBe([...totals][0]);
    expect(counts.uris).toBe(counts.rows);
  });

  /**
   * Every sandbox fault kind during each upstream-backed query, on replica B: a correct answer or a
   * typed catalogue error, within the deadline (the longest upstream deadline is 20 s), never a hang.
   */
  it("every sandbox fault kind during each query → a correct answer or a typed error within the deadline", async () => {
    const kinds: Array<Record<string, unknown>> = [
      { kind: "status", status: 500 },
      { kind: "status", status: 503 },
      { kind: "status", status: 429, retryAfter: 1 },
      { kind: "status", status: 401 }, // invalid_token: one refresh, one retry
      { kind: "delay", delayMs: 300 },
      { kind: "hang" },
      { kind: "reset" },
      { kind: "malformed" },
      { kind: "truncate" },
      { kind: "bad-hmac" },
    ];
    const report: string[] = [];
    for (const fault of kinds) {
      await sandbox.clearFaults(); // a fault B never reached (open circuit) must not leak into the set-up
      // Set-up through A: B's circuit breaker may be open from the previous fault kind (that is its job).
      const { sessionToken } = await runConsentJourney({
        apiUrl: a.url,
        publishableKey: tenant.publishableKey,
        callbackTo: a.url,
      });
      const listed = data<{ documents: { edges: Array<{ node: { id: string; mimeTypes: string[] } }> } }>(
        await gql(a.url, DOCUMENTS, {}, sessionToken),
      );
      const xmlDoc = listed.documents.edges.find((e) => e.node.mimeTypes.includes("application/xml"))!.node
        .id;
      await sandbox.clearFaults();
      await sandbox.fault({ ...fault, path: "/public/oauth2/2/files/issued" });
      await sandbox.fault({ ...fault, path: "/public/oauth2/1/xml/*" });
      await sandbox.fault({ ...fault, path: "/public/oauth2/3/xml/eaadhaar" });
      const reads = await Promise.all([
        gql(b.url, DOCUMENTS, { refresh: true }, sessionToken),
        gql(b.url, DOCUMENT, { id: xmlDoc }, sessionToken),
        gql(b.url, KYC, { refresh: true }, sessionToken),
        gql(b.url, ME, {}, sessionToken),
      ]);
      // Token endpoint: the refresh, then a callback's code exchange (never retried).
      await sandbox.clearFaults();
      await sandbox.fault({ ...fault, path: "/public/oauth2/1/token", method: "POST" });
      const refresh = await gql(b.url, REFRESH, {}, sessionToken);
      await sandbox.clearFaults();
      const started = await startConsent(a.url, tenant.publishableKey);
      const callbackUrl = await authorize(started.authorizationUrl, { callbackTo: b.url });
      await sandbox.fault({ ...fault, path: "/public/oauth2/1/token", method: "POST" });
      const t0 = Date.now();
      const callback = await followCallback(callbackUrl);
      const callbackMs = Date.now() - t0;
      const named = {
        documents: reads[0],
        document: reads[1],
        aadhaarKyc: reads[2],
        me: reads[3],
        refreshSession: refresh,
      };
      for (const [query, result] of Object.entries(named)) {
        report.push(
          `${JSON.stringify(fault)} ${query}: ${code(result) ?? "ok"} in ${result.ms} ms (HTTP ${result.status})`,
        );
        expect({
          query,
          fault,
          typed: isAnswerOrTypedError(result),
          ms: result.ms < 25_000,
          http500WithoutCode: result.status >= 500 && !code(result),
        }).toEqual({
          query,
          fault,
          typed: true,
          ms: true,
          http500WithoutCode: false,
        });
      }
      report.push(
        `${JSON.stringify(fault)} callback: ${callback.status} ${callback.location?.searchParams.get("status") ?? ""} in ${callbackMs} ms`,
      );
      expect(callback.status).toBe(303);
      expect(["active", "failed"]).toContain(callback.location?.searchParams.get("status"));
      expect(callbackMs).toBeLessThan(25_000);
      // `me` is served from Postgres: no fault upstream can touch it.
      expect(code(reads[3])).toBeUndefined();
    }
    console.log(report.join("\n"));
  });

  it("SIGTERM during a slow request → it completes, new connections are refused, exit 0", async () => {
    const { sessionToken } = await runConsentJourney({
      apiUrl: a.url,
      publishableKey: tenant.publishableKey,
      callbackTo: a.url,
    });
    await sandbox.fault({ path: "/public/oauth2/3/xml/eaadhaar", kind: "delay", delayMs: 2500 });
    const slow = gql<{ aadhaarKyc: { signature: { verified: boolean } } }>(
      a.url,
      KYC,
      { refresh: true },
      sessionToken,
    );
    await sleep(500);
    a.child.kill("SIGTERM");
    await sleep(300);
    const refused = await fetch(`${a.url}/readyz`).then(
      (r) => `answered ${r.status}`,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
    );
    expect(refused).toBe("ECONNREFUSED");
    const result = await slow;
    expect(data(result).aadhaarKyc.signature.verified).toBe(true);
    expect(await a.exited).toEqual({ code: 0, signal: null });
    // B keeps serving the same session.
    expect(
      data<{ me: { sessionStatus: string } }>(await gql(b.url, ME, {}, sessionToken)).me.sessionStatus,
    ).toBe("ACTIVE");
  });

  it("SIGTERM with SHUTDOWN_DELAY_MS: /readyz answers 503 at once while requests are still served, then the listener closes, exit 0", async () => {
    const c = await startApi(
      "api-c",
      {
        ...settingsB,
        port: await freePort(),
        extraEnv: { ...settingsB.extraEnv, SHUTDOWN_DELAY_MS: "1500" },
      },
      logs,
    );
    const { sessionToken } = await runConsentJourney({
      apiUrl: c.url,
      publishableKey: tenant.publishableKey,
      callbackTo: c.url,
    }); // B's circuit may still be open from the fault matrix
    expect((await fetch(`${c.url}/readyz`)).status).toBe(200);
    c.child.kill("SIGTERM");
    await sleep(200);
    expect((await fetch(`${c.url}/readyz`)).status).toBe(503);
    expect(
      data<{ me: { sessionStatus: string } }>(await gql(c.url, ME, {}, sessionToken)).me.sessionStatus,
    ).toBe("ACTIVE");
    expect(await c.exited).toEqual({ code: 0, signal: null });
    const refused = await fetch(`${c.url}/livez`).then(
      (r) => `answered ${r.status}`,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
    );
    expect(refused).toBe("ECONNREFUSED");
  });
});
