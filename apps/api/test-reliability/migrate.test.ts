import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { migrations } from "../src/db/data-source";
import {
  assertBuilt,
  cleanupEverything,
  freePort,
  ROOT,
  startApi,
  startSandbox,
  tempDir,
  withClient,
} from "@lockerkit/testkit";
import { createRunDatabase } from "./support/run-database";

const MIGRATE = join(ROOT, "apps", "api", "dist", "cli", "migrate.js");

/** `npm run migrate` as the image's migration job runs it: `node apps/api/dist/cli/migrate.js`. */
function migrate(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MIGRATE], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

describe("npm run migrate (the migration job)", () => {
  let fresh: Awaited<ReturnType<typeof createRunDatabase>>;
  let untouched: Awaited<ReturnType<typeof createRunDatabase>>;

  beforeAll(async () => {
    assertBuilt();
    [fresh, untouched] = [await createRunDatabase(), await createRunDatabase()];
  });

  afterAll(async () => {
    cleanupEverything();
    await fresh?.drop();
    await untouched?.drop();
  });

  it("two processes started together on a fresh database both exit 0, and the schema is applied once", async () => {
    const [a, b] = await Promise.all([migrate(fresh.url), migrate(fresh.url)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const outputs = [a.output, b.output].sort();
    // One applied everything under the advisory lock; the other waited and found nothing to do.
    expect(outputs[0]).toContain(`applied ${migrations.length} migration(s)`);
    expect(outputs[1]).toContain("database is up to date: no pending migration");
    const rows = await withClient(
      fresh.url,
      async (c) =>
        (
          await c.query<{ name: string; n: number }>(
            `SELECT name, count(*)::int AS n FROM migrations GROUP BY name`,
          )
        ).rows,
    );
    expect(rows).toHaveLength(migrations.length);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    // A third run later is a no-op too.
    const again = await migrate(fresh.url);
    expect(again).toEqual({ code: 0, output: "database is up to date: no pending migration\n" });
  });

  it("MIGRATE_ON_BOOT=false: the server serves a migrated database and refuses an unmigrated one with a clear message", async () => {
    const logs = tempDir("migrate");
    const sandboxSettings = {
      clientId: "lk-migrate",
      clientSecret: randomBytes(16).toString("hex"),
      redirectUri: "http://127.0.0.1:9/digilocker/callback",
    };
    const sandbox = await startSandbox(await freePort(), sandboxSettings, logs);
    const common = {
      sandboxUrl: sandbox.url,
      sandbox: sandboxSettings,
      encryptionKeys: `mig1:${randomBytes(32).toString("base64")}`,
      dataDir: join(logs, "data"),
      extraEnv: { MIGRATE_ON_BOOT: "false" },
    };

    const refused = await startApi(
      "api-unmigrated",
      { ...common, port: await freePort(), databaseUrl: untouched.url },
      logs,
      false,
    );
    expect((await refused.exited).code).toBe(1);
    expect(readFileSync(refused.log, "utf8")).toContain(
      `refusing to start: the database has ${migrations.length} pending migration(s)`,
    );
    // It did not migrate: the job's work stays the job's.
    const [{ present }] = await withClient(
      untouched.url,
      async (c) => (await c.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`)).rows,
    );
    expect(present).toBe(false);

    const served = await startApi(
      "api-migrated",
      { ...common, port: await freePort(), databaseUrl: fresh.url },
      logs,
    );
    expect((await fetch(`${served.url}/readyz`)).status).toBe(200);
  });
});
