/**
 * `npm run doctor` as an operator runs it: the built CLI, spawned through npm, against a sandbox on a
 * free port and a migrated database (Postgres with DATABASE_URL, else an embedded PGlite directory).
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createSandbox, type RunningSandbox } from "@lockerkit/sandbox";
import { EncryptionService } from "../src/crypto/encryption.service";
import { openDatabase } from "../src/db/data-source";
import { TenantRepository } from "../src/modules/tenants/tenant.repository";
import { TenantService } from "../src/modules/tenants/tenant.service";
import { createTestDatabase, type TestDatabase } from "@lockerkit/testkit";

const ROOT = resolve(__dirname, "../../..");
const KEYS = `k1:${randomBytes(32).toString("base64")}`;

interface Run {
  code: number;
  stdout: string;
}

function doctor(env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((done) => {
    const childEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "test",
      ...env,
    };
    for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
    execFile(
      "npm",
      ["run", "--silent", "doctor"],
      { cwd: ROOT, env: childEnv, timeout: 60_000 },
      (error, stdout) => {
        done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout });
      },
    );
  });
}

const line = (run: Run, check: string) =>
  run.stdout.split("\n").find((l) => l.includes(`  ${check}:`)) ?? `(no ${check} line in:\n${run.stdout})`;

describe("npm run doctor", () => {
  let sandbox: RunningSandbox;
  let db: TestDatabase;
  let dataDir: string;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, "apps/api/dist/cli/doctor.js")))
      throw new Error("build first: npm run build -w @lockerkit/api");
    sandbox = await createSandbox({ port: 0, redirectUris: ["http://localhost:4000/digilocker/callback"] });
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), "lk-doctor-"));
    const config = { databaseUrl: db.databaseUrl, pgliteDir: join(dataDir, "pglite") };
    const dataSource = await openDatabase(config); // migrates, as the server does at boot
    try {
      // A tenant on its own (wrong) partner credentials: the doctor checks it too.
      const tenants = new TenantService(new TenantRepository(dataSource), EncryptionService.parse(KEYS));
      const { tenant } = await tenants.create({
        name: "Acme",
        returnUrls: ["https://acme.example/done"],
        origins: [],
      });
      await tenants.setPolicy(tenant.id, {
        digilocker: { clientId: sandbox.clientId, clientSecret: sandbox.clientSecret },
      });
    } finally {
      await dataSource.destroy();
    }
    env = {
      DATABASE_URL: db.databaseUrl,
      LOCKERKIT_DATA_DIR: dataDir,
      LOCKERKIT_ENCRYPTION_KEYS: KEYS,
      DIGILOCKER_BASE_URL: sandbox.baseUrl,
      DIGILOCKER_SANDBOX: "1",
      DIGILOCKER_CLIENT_ID: sandbox.clientId,
      DIGILOCKER_CLIENT_SECRET: sandbox.clientSecret,
      DIGILOCKER_REDIRECT_URI: "http://localhost:4000/digilocker/callback",
    };
  });

  afterAll(async () => {
    await sandbox?.stop();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("passes every check against the sandbox with the right credentials (exit 0)", async () => {
    const run = await doctor(env);
    expect(run.stdout).not.toMatch(/^FAIL/m);
    for (const check of [
      "configuration",
      "DigiLocker host",
      "client credentials",
      "trust store",
      "encryption keys",
      "database",
      "stored secrets",
      'tenant "Acme" credentials',
    ]) {
      expect(line(run, check)).toMatch(/^PASS /);
    }
    expect(line(run, "client credentials")).toContain("accepted by /pull/issuers (3 issuers listed)");
    expect(line(run, "database")).toMatch(/none pending/);
    // Anchors are listed with their expiry dates.
    expect(run.stdout).toMatch(/sandbox\s+.+ — expires \d{4}-\d{2}-\d{2}/);
    expect(run.stdout).toContain("All ");
    expect(run.code).toBe(0);
    // Never a secret on screen.
    expect(run.stdout).not.toContain(sandbox.clientSecret);
    expect(run.stdout).not.toContain(KEYS.split(":")[1]);
  });

  it("fails the credentials check with a wrong client secret (exit non-zero)", async () => {
    const run = await doctor({ ...env, DIGILOCKER_CLIENT_SECRET: "not-the-secret" });
    expect(line(run, "client credentials")).toMatch(/^FAIL .*refused by \/pull\/issuers/);
    expect(line(run, "DigiLocker host")).toMatch(/^PASS /);
    expect(run.code).not.toBe(0);
    expect(run.stdout).not.toContain("not-the-secret");
  });

  it("fails on an unreachable host, a missing database and missing keys", async () => {
    const emptyDir = mkdtempSync(join(tmpdir(), "lk-doctor-empty-"));
    try {
      const run = await doctor({
        ...env,
        DIGILOCKER_BASE_URL: "http://127.0.0.1:1/public",
        DATABASE_URL: undefined,
        LOCKERKIT_DATA_DIR: emptyDir,
        LOCKERKIT_ENCRYPTION_KEYS: undefined,
      });
      expect(line(run, "DigiLocker host")).toMatch(/^FAIL .*did not answer/);
      expect(line(run, "client credentials")).toMatch(/^FAIL /);
      expect(line(run, "encryption keys")).toMatch(/^FAIL /);
      expect(line(run, "database")).toMatch(/^FAIL .*no embedded database/);
      expect(run.code).toBe(1);
    } finally {
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });

  it("fails a tenant whose own credentials DigiLocker refuses, and production's refusals", async () => {
    const wrongSandbox = await createSandbox({
      port: 0,
      clientId: sandbox.clientId,
      clientSecret: "another-secret",
    });
    try {
      // The deployment's credentials are right for this host, the tenant's are not.
      const run = await doctor({
        ...env,
        DIGILOCKER_BASE_URL: wrongSandbox.baseUrl,
        DIGILOCKER_CLIENT_SECRET: "another-secret",
      });
      expect(line(run, "client credentials")).toMatch(/^PASS /);
      expect(line(run, 'tenant "Acme" credentials')).toMatch(/^FAIL .*refused/);
      expect(run.code).toBe(1);
    } finally {
      await wrongSandbox.stop();
    }
    const production = await doctor({ ...env, NODE_ENV: "production", DATABASE_URL: undefined });
    expect(line(production, "production settings")).toMatch(/^FAIL .*DATABASE_URL is required/);
    expect(line(production, "DigiLocker host")).toMatch(/^FAIL .*not https/);
    expect(production.code).toBe(1);
  });
});
