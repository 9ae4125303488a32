import { randomBytes } from "node:crypto";
import { join } from "node:path";
import {
  assertBuilt,
  cleanupEverything,
  createTenant,
  errorCodeOf as code,
  expectData as data,
  freePort,
  gql,
  type GraphQLResult,
  PrivateCluster,
  type Proc,
  runConsentJourney,
  sleep,
  startApi,
  startSandbox,
  tempDir,
  type Tenant,
} from "@lockerkit/testkit";
import { CATALOGUE } from "./support/typed-errors";

const ME = `query { me { name sessionStatus } }`;
const DOCUMENTS = `query { documents(first: 5) { totalCount } }`;

/**
 * A private throw-away Postgres cluster (initdb + pg_ctl on its own port in a temp dir; never the
 * shared server) is stopped and started again under load: the API answers typed errors while it is
 * down, never hangs, and serves again afterwards without being restarted.
 */
describe("Postgres stopped and started under load", () => {
  let cluster: PrivateCluster;
  let api: Proc;
  let tenant: Tenant;

  beforeAll(async () => {
    assertBuilt();
    const logs = tempDir("logs");
    cluster = await PrivateCluster.create();
    const [sandboxPort, apiPort] = [await freePort(), await freePort()];
    const sandboxSettings = {
      clientId: "lk-reliability-db",
      clientSecret: randomBytes(16).toString("hex"),
      redirectUri: `http://127.0.0.1:${apiPort}/digilocker/callback`,
    };
    const sandbox = await startSandbox(sandboxPort, sandboxSettings, logs);
    api = await startApi(
      "api-db",
      {
        port: apiPort,
        databaseUrl: cluster.url,
        sandboxUrl: sandbox.url,
        sandbox: sandboxSettings,
        encryptionKeys: `rel1:${randomBytes(32).toString("base64")}`,
        dataDir: join(logs, "data"),
      },
      logs,
    );
    tenant = await createTenant(cluster.url);
  }, 120_000);

  afterAll(() => {
    cleanupEverything();
  });

  it("typed errors while the database is down, success after it is back, same API process", async () => {
    const { sessionToken } = await runConsentJourney({
      apiUrl: api.url,
      publishableKey: tenant.publishableKey,
      callbackTo: api.url,
    });
    data(await gql(api.url, DOCUMENTS, {}, sessionToken)); // synced once; later reads are database-only

    const results: Array<{ phase: string; result: GraphQLResult | Error }> = [];
    let phase = "up";
    let running = true;
    const worker = async (i: number) => {
      while (running) {
        const result = await gql(api.url, i % 2 ? ME : DOCUMENTS, {}, sessionToken, {
          timeoutMs: 15_000,
        }).catch((error: Error) => error);
        results.push({ phase, result });
        await sleep(20);
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, i) => worker(i)));
    await sleep(1000);
    phase = "down";
    cluster.stop("fast");
    await sleep(4000);
    const readyWhileDown = (await fetch(`${api.url}/readyz`, { signal: AbortSignal.timeout(10_000) })).status;
    phase = "restarting";
    cluster.start();
    // Back: the pool reconnects by itself; wait for the first success after the restart.
    const deadline = Date.now() + 20_000;
    let recoveredAfterMs = -1;
    const startedAt = Date.now();
    while (Date.now() < deadline) {
      const probe = await gql(api.url, ME, {}, sessionToken, { timeoutMs: 10_000 });
      if (!probe.errors) {
        recoveredAfterMs = Date.now() - startedAt;
        break;
      }
      await sleep(200);
    }
    phase = "after";
    await sleep(1000);
    running = false;
    await load;

    const summary = (p: string) => {
      const mine = results.filter((r) => r.phase === p);
      const counts: Record<string, number> = {};
      for (const { result } of mine) {
        const key = result instanceof Error ? `transport:${result.message}` : (code(result) ?? "ok");
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    };
    console.log(
      JSON.stringify({
        up: summary("up"),
        down: summary("down"),
        restarting: summary("restarting"),
        after: summary("after"),
        readyWhileDown,
        recoveredAfterMs,
      }),
    );

    expect(api.child.exitCode).toBeNull(); // never restarted, never crashed
    expect(readyWhileDown).toBe(503);
    expect(recoveredAfterMs).toBeGreaterThanOrEqual(0);
    // No transport failures (hangs or dropped connections), and every error is a typed catalogue code.
    const failures = results.filter(
      ({ result }) =>
        result instanceof Error ||
        (result.errors ?? []).some((e) => !CATALOGUE.has(e.extensions?.code ?? "")),
    );
    expect(failures).toEqual([]);
    const down = results.filter((r) => r.phase === "down").map((r) => r.result as GraphQLResult);
    expect(down.length).toBeGreaterThan(0);
    expect(down.filter((r) => r.errors).every((r) => code(r) === "UPSTREAM_UNAVAILABLE")).toBe(true);
    expect(down.some((r) => code(r) === "UPSTREAM_UNAVAILABLE")).toBe(true);
    expect(Math.max(...down.map((r) => r.ms))).toBeLessThan(12_000);
    const after = results.filter((r) => r.phase === "after").map((r) => r.result as GraphQLResult);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => !r.errors)).toBe(true);
  });
});
