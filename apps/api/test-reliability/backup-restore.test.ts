import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type ApiSettings,
  assertBuilt,
  cleanupEverything,
  createTenant,
  expectData as data,
  freePort,
  generateReceiptKeys,
  gql,
  type Proc,
  runConsentJourney,
  startApi,
  startSandbox,
  tempDir,
} from "@lockerkit/testkit";
import { createRunDatabase } from "./support/run-database";

const READ = `query { me { name sessionStatus } aadhaarKyc { maskedAadhaar signature { verified } } }`;

/**
 * docs/operations.md, "Backup and restore": pg_dump of a live database, pg_restore into a new one,
 * then the server on the restore: with the same keys every session reads as before; with other keys
 * it refuses to start with a clear message instead of serving garbage.
 */
describe("backup and restore with pg_dump / pg_restore (docs/operations.md)", () => {
  let source: Awaited<ReturnType<typeof createRunDatabase>>;
  let restored: Awaited<ReturnType<typeof createRunDatabase>>;
  let logs: string;
  let settings: ApiSettings;
  const keys = `bk1:${randomBytes(32).toString("base64")}`;
  const sessions: Array<{ token: string; before: unknown }> = [];

  beforeAll(async () => {
    assertBuilt();
    logs = tempDir("backup");
    [source, restored] = [await createRunDatabase(), await createRunDatabase()];
    const apiPort = await freePort();
    const sandboxSettings = {
      clientId: "lk-backup",
      clientSecret: randomBytes(16).toString("hex"),
      redirectUri: `http://127.0.0.1:${apiPort}/digilocker/callback`,
    };
    const sandbox = await startSandbox(await freePort(), sandboxSettings, logs);
    // Receipt keys from the environment too, as in production: then the server writes nothing to its data directory.
    const receiptKeys = generateReceiptKeys("bkr1");
    settings = {
      port: apiPort,
      databaseUrl: source.url,
      sandboxUrl: sandbox.url,
      sandbox: sandboxSettings,
      encryptionKeys: keys,
      dataDir: join(logs, "data"),
      extraEnv: { LOCKERKIT_RECEIPT_KEYS: receiptKeys },
    };
    const api = await startApi("api-source", settings, logs);
    const tenant = await createTenant(source.url);
    for (const persona of ["typical", "typical", "typical"]) {
      const { sessionToken } = await runConsentJourney({
        apiUrl: api.url,
        publishableKey: tenant.publishableKey,
        persona,
        callbackTo: api.url,
      });
      sessions.push({ token: sessionToken, before: data(await gql(api.url, READ, {}, sessionToken)) });
    }
    await stop(api);
  }, 120_000);

  afterAll(async () => {
    cleanupEverything();
    await source?.drop();
    await restored?.drop();
  });

  async function stop(proc: Proc): Promise<void> {
    proc.child.kill("SIGTERM");
    expect((await proc.exited).code).toBe(0);
  }

  it("the runbook's commands: pg_dump --format=custom, pg_restore --no-owner --no-privileges into a new database", () => {
    const dump = join(logs, "lockerkit.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", dump, source.url]);
    execFileSync("pg_restore", [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--dbname",
      restored.url,
      dump,
    ]);
  });

  it("after the restore, with the same keys, every session reads as before", async () => {
    const api = await startApi("api-restored", { ...settings, databaseUrl: restored.url }, logs);
    for (const { token, before } of sessions)
      expect(data(await gql(api.url, READ, {}, token))).toEqual(before);
    expect(sessions).toHaveLength(3);
    await stop(api);
    // With DATABASE_URL, encryption keys and receipt keys set nothing is written locally: a read-only root filesystem suffices.
    expect(existsSync(settings.dataDir)).toBe(false);
  });

  it.each([
    [
      "other key material under the same key id",
      `bk1:${randomBytes(32).toString("base64")}`,
      "LOCKERKIT_ENCRYPTION_KEYS holds other key material under key id(s) bk1",
    ],
    [
      "a different key id",
      `other:${randomBytes(32).toString("base64")}`,
      "encrypted under key id(s) bk1, which LOCKERKIT_ENCRYPTION_KEYS does not hold",
    ],
  ])("with %s the server refuses to start with a clear message", async (_case, otherKeys, reason) => {
    const api = await startApi(
      "api-wrong-keys",
      { ...settings, databaseUrl: restored.url, encryptionKeys: otherKeys, port: await freePort() },
      logs,
      false,
    );
    expect((await api.exited).code).toBe(1);
    const log = readFileSync(api.log, "utf8");
    expect(log).toContain("refusing to start: ");
    expect(log).toContain("sampled stored values do not decrypt with LOCKERKIT_ENCRYPTION_KEYS");
    expect(log).toContain(reason);
    // Never a key in the message.
    expect(log).not.toContain(otherKeys.split(":")[1]);
  });
});
