import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { chownSync, createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";

export const ROOT = join(__dirname, "..", "..", "..", "..");
const API_MAIN = join(ROOT, "apps", "api", "dist", "main.js");
const SANDBOX_MAIN = join(ROOT, "apps", "sandbox", "dist", "main.js");

/** Everything started here, so that any exit (also a failed or interrupted run) can clean it up. */
const children = new Set<ChildProcess>();
const directories = new Set<string>();
const clusters = new Set<PrivateCluster>();

export function cleanupEverything(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  children.clear();
  for (const cluster of clusters) cluster.stopSync();
  clusters.clear();
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
  directories.clear();
}
process.once("exit", cleanupEverything);
// An interrupted run (Ctrl-C, a CI timeout) cleans up too.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    cleanupEverything();
    process.exit(130);
  });
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `lk-rel-${prefix}-`));
  directories.add(dir);
  return dir;
}

export function assertBuilt(): void {
  for (const file of [API_MAIN, SANDBOX_MAIN]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`${what}: the process exited (${child.exitCode ?? child.signalCode})`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs} ms`);
    await sleep(100);
  }
}

export interface Proc {
  child: ChildProcess;
  url: string;
  port: number;
  log: string;
  /** Resolves with the exit code (null when killed by a signal) and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function launch(name: string, main: string, env: Record<string, string>, port: number, logDir: string): Proc {
  const log = join(logDir, `${name}-${Date.now()}.log`);
  const out = createWriteStream(log);
  const child = spawn(process.execPath, [main], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  children.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, url: `http://127.0.0.1:${port}`, port, log, exited };
}

export interface SandboxSettings {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export async function startSandbox(port: number, settings: SandboxSettings, logDir: string): Promise<Proc> {
  const proc = launch("sandbox", SANDBOX_MAIN, {
    SANDBOX_PORT: String(port),
    SANDBOX_CLIENT_ID: settings.clientId,
    SANDBOX_CLIENT_SECRET: settings.clientSecret,
    SANDBOX_REDIRECT_URIS: settings.redirectUri,
  }, port, logDir);
  await waitFor("sandbox", async () => (await fetch(`${proc.url}/__sandbox/personas`)).ok, 15_000, proc.child);
  return proc;
}

export interface ApiSettings {
  port: number;
  databaseUrl: string;
  sandboxUrl: string;
  sandbox: SandboxSettings;
  encryptionKeys: string;
  dataDir: string;
  extraEnv?: Record<string, string>;
}

/** `node apps/api/dist/main.js` (what `npm run serve` runs), without npm in between so signals reach it. */
export async function startApi(name: string, settings: ApiSettings, logDir: string, waitReady = true): Promise<Proc> {
  const proc = launch(name, API_MAIN, {
    NODE_ENV: "development",
    PORT: String(settings.port),
    HOST: "127.0.0.1",
    DATABASE_URL: settings.databaseUrl,
    DIGILOCKER_BASE_URL: `${settings.sandboxUrl}/public`,
    DIGILOCKER_SANDBOX: "1",
    DIGILOCKER_CLIENT_ID: settings.sandbox.clientId,
    DIGILOCKER_CLIENT_SECRET: settings.sandbox.clientSecret,
    DIGILOCKER_REDIRECT_URI: settings.sandbox.redirectUri,
    LOCKERKIT_ENCRYPTION_KEYS: settings.encryptionKeys,
    LOCKERKIT_DATA_DIR: settings.dataDir,
    RATE_LIMIT_SESSION_PER_MIN: "1000000",
    RATE_LIMIT_TENANT_PER_MIN: "1000000",
    RATE_LIMIT_CONSENTS_PER_MIN: "1000000",
    RATE_LIMIT_PUBLISHABLE_PER_IP_PER_MIN: "1000000",
    RATE_LIMIT_PUBLISHABLE_PER_MIN: "1000000",
    RATE_LIMIT_PUBLISHABLE_CONSENTS_PER_MIN: "1000000",
    RATE_LIMIT_ANONYMOUS_PER_IP_PER_MIN: "1000000",
    ...settings.extraEnv,
  }, settings.port, logDir);
  if (waitReady) await waitFor(name, async () => (await fetch(`${proc.url}/readyz`)).ok, 30_000, proc.child);
  return proc;
}

/** A database for this run on the shared server (127.0.0.1:5432), dropped at the end. */
export async function createRunDatabase(base = process.env.RELIABILITY_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres") {
  const name = `lk_rel_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    // Databases left by a run that was killed outright (its pid is gone) are dropped first.
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'lk\\_rel\\_%'`);
    for (const { datname } of rows) {
      const pid = Number(datname.split("_")[2]);
      if (!/^lk_rel_\d+_[0-9a-f]+$/.test(datname) || isAlive(pid)) continue;
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => client.end());
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Tenant {
  id: string;
  publishableKey: string;
  secretKey: string;
}

/**
 * A tenant seeded straight into the database (the API stores SHA-256 of its keys, as
 * src/crypto/hashing.ts does); the API must have migrated the database first.
 */
export async function seedTenant(databaseUrl: string): Promise<Tenant> {
  const tenant = { id: randomUUID(), publishableKey: `lk_pk_${randomBytes(32).toString("base64url")}`, secretKey: `lk_sk_${randomBytes(32).toString("base64url")}` };
  const sha = (v: string) => createHash("sha256").update(v).digest("hex");
  await sql(databaseUrl, async (client) => {
    await client.query(
      `INSERT INTO tenants (id, name, publishable_key_hash, secret_key_hash, allowed_return_urls, allowed_origins, return_photos)
       VALUES ($1, 'reliability', $2, $3, $4, $4, false)`,
      [tenant.id, sha(tenant.publishableKey), sha(tenant.secretKey), ["http://localhost:*", "http://127.0.0.1:*"]],
    );
  });
  return tenant;
}

export async function sql<T>(databaseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A throw-away Postgres cluster (initdb + pg_ctl) on its own port in a temp dir, for the
 * database-restart case; never the shared server. As root it runs as the `postgres` user.
 */
export class PrivateCluster {
  readonly dir: string;
  private readonly asUser: string[];

  private constructor(
    readonly port: number,
    private readonly bin: string,
  ) {
    this.dir = tempDir("pg");
    this.asUser = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
    if (this.asUser.length) chownSync(this.dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), Number(execFileSync("id", ["-g", "postgres"]).toString().trim()));
  }

  static async create(): Promise<PrivateCluster> {
    const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
    const bin = versions.map((v) => `/usr/lib/postgresql/${v}/bin`).find((b) => existsSync(join(b, "initdb")));
    if (!bin) throw new Error("no /usr/lib/postgresql/*/bin/initdb");
    const cluster = new PrivateCluster(await freePort(), bin);
    clusters.add(cluster);
    cluster.run("initdb", ["-D", join(cluster.dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
    cluster.start();
    return cluster;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]): void {
    const [cmd, ...rest] = [...this.asUser, join(this.bin, tool), ...args];
    const result = spawnSync(cmd, rest, { stdio: "pipe", timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr?.toString() ?? ""}${result.stdout?.toString() ?? ""}`);
  }

  start(): void {
    this.run("pg_ctl", ["-D", join(this.dir, "data"), "-l", join(this.dir, "postgres.log"), "-w", "-t", "30", "-o",
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  }

  stop(mode: "fast" | "immediate" = "fast"): void {
    this.run("pg_ctl", ["-D", join(this.dir, "data"), "-m", mode, "-w", "-t", "30", "stop"]);
  }

  /** Cleanup path: never throws. */
  stopSync(): void {
    try {
      this.stop("immediate");
    } catch {
      // not running
    }
    clusters.delete(this);
  }
}
