import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The repository root (from src/ under jest and from dist/ under node alike). */
export const ROOT = join(__dirname, "..", "..", "..");
export const API_MAIN = join(ROOT, "apps", "api", "dist", "main.js");
export const SANDBOX_MAIN = join(ROOT, "apps", "sandbox", "dist", "main.js");

/** Everything started here, so that any exit (also a failed or interrupted run) can clean it up. */
const children = new Set<ChildProcess>();
const directories = new Set<string>();
const cleanups = new Set<() => void>();
let hooked = false;

/** Registers a synchronous cleanup that runs on exit (and on SIGINT/SIGTERM/SIGHUP). */
export function onExit(cleanup: () => void): () => void {
  hookExit();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

export function cleanupEverything(): void {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  children.clear();
  for (const cleanup of cleanups) cleanup();
  cleanups.clear();
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
  directories.clear();
}

// Hooked on first use only: importing the kit changes no process's signal handling.
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.once("exit", cleanupEverything);
  // An interrupted run (Ctrl-C, a CI timeout) cleans up too.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      cleanupEverything();
      process.exit(130);
    });
  }
}

/** A temporary directory, removed on exit. */
export function tempDir(prefix: string): string {
  hookExit();
  const dir = mkdtempSync(join(tmpdir(), `lk-${prefix}-`));
  directories.add(dir);
  return dir;
}

export function assertBuilt(files = [API_MAIN, SANDBOX_MAIN]): void {
  for (const file of files) {
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

/** Polls `check` every 100 ms; fails early when `child` exits. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  child?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && (child.exitCode !== null || child.signalCode !== null))
      throw new Error(`${what}: the process exited (${child.exitCode ?? child.signalCode})`);
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

/** What points a process at a deployment: a database, DigiLocker, keys, trust, ports. */
const DEPLOYMENT_VARIABLES = [
  "DATABASE_URL",
  "DIGILOCKER_BASE_URL",
  "DIGILOCKER_SANDBOX",
  "DIGILOCKER_REDIRECT_URI",
  "DEMO_TENANT_KEY",
  "DEMO_TENANT_SECRET",
  "LOCKERKIT_ENCRYPTION_KEYS",
  "LOCKERKIT_TRUST_DIRS",
  "PORT",
  "SANDBOX_PORT",
];

/**
 * This process's environment without the deployment variables, with `overrides` on top: a child
 * started with it runs on the embedded defaults whatever the caller's shell exports.
 */
export function embeddedDefaultsEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of DEPLOYMENT_VARIABLES) delete env[key];
  return { ...env, ...overrides };
}

/** `node <main>` with only PATH and `env`, its output in `<logDir>/<name>-<time>.log`; killed on exit. */
export function launch(
  name: string,
  main: string,
  env: Record<string, string>,
  port: number,
  logDir: string,
): Proc {
  hookExit();
  const log = join(logDir, `${name}-${Date.now()}.log`);
  const out = createWriteStream(log);
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
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

/** The built sandbox (`apps/sandbox/dist/main.js`) as its own process on `port`. */
export async function startSandbox(port: number, settings: SandboxSettings, logDir: string): Promise<Proc> {
  const proc = launch(
    "sandbox",
    SANDBOX_MAIN,
    {
      SANDBOX_PORT: String(port),
      SANDBOX_CLIENT_ID: settings.clientId,
      SANDBOX_CLIENT_SECRET: settings.clientSecret,
      SANDBOX_REDIRECT_URIS: settings.redirectUri,
    },
    port,
    logDir,
  );
  await waitFor(
    "sandbox",
    async () => (await fetch(`${proc.url}/__sandbox/personas`)).ok,
    15_000,
    proc.child,
  );
  return proc;
}

/** Every per-minute rate limit, raised so that a harness's load is never refused (the limiter still runs). */
export function raisedRateLimits(limit = "1000000"): Record<string, string> {
  const names = [
    "SESSION",
    "TENANT",
    "CONSENTS",
    "PUBLISHABLE_PER_IP",
    "PUBLISHABLE",
    "PUBLISHABLE_CONSENTS",
    "ANONYMOUS_PER_IP",
  ];
  return Object.fromEntries(names.map((name) => [`RATE_LIMIT_${name}_PER_MIN`, limit]));
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
export async function startApi(
  name: string,
  settings: ApiSettings,
  logDir: string,
  waitReady = true,
): Promise<Proc> {
  const proc = launch(
    name,
    API_MAIN,
    {
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
      ...raisedRateLimits(),
      ...settings.extraEnv,
    },
    settings.port,
    logDir,
  );
  if (waitReady) await waitForReady(name, proc.url, 30_000, proc.child);
  return proc;
}

/** Until `${apiUrl}/readyz` answers 200. */
export function waitForReady(
  name: string,
  apiUrl: string,
  timeoutMs: number,
  child?: ChildProcess,
): Promise<void> {
  return waitFor(name, async () => (await fetch(`${apiUrl}/readyz`)).ok, timeoutMs, child);
}
