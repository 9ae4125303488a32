// Start-up time, as a user sees it: from spawning the command to the first 200 from its readiness
// probe (API: GET /readyz, i.e. database reachable, migrations applied, demo tenant seeded; sandbox:
// GET /__sandbox/personas). `npm start` includes its `turbo run build` step (cache state in the note);
// `npm run serve` is the built API alone. Each command runs in its own process group, stopped by
// SIGTERM to that group afterwards. Fresh PGlite directory / fresh Postgres database unless "restart".
"use strict";
const { spawn } = require("node:child_process");
const { mkdtempSync, rmSync } = require("node:fs");
const { createServer } = require("node:net");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { embeddedDefaultsEnv } = require("@lockerkit/testkit");
const { ROOT, createDatabase, message } = require("./support/stack");

const SECTION = "startup";
const TIMEOUT_MS = 180_000;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function timeToReady(args, env, probe) {
  const child = spawn("npm", args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout.on("data", (c) => (output = (output + c).slice(-20_000)));
  child.stderr.on("data", (c) => (output = (output + c).slice(-20_000)));
  const began = process.hrtime.bigint();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) {
        const failedTask = (output.match(/Failed:\s+([^\n]+)/) || [])[1];
        const why = failedTask
          ? `build failed: ${failedTask.trim()}`
          : output.trim().split("\n").slice(-2).join(" / ");
        throw new Error(`exited with ${child.exitCode}: ${why}`);
      }
      const ms = Number(process.hrtime.bigint() - began) / 1e6;
      if (ms > TIMEOUT_MS) throw new Error(`not ready after ${TIMEOUT_MS} ms`);
      const ok = await fetch(probe, { signal: AbortSignal.timeout(1000) }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return { ms: Number(process.hrtime.bigint() - began) / 1e6, output };
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // the group has already exited
    }
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // the group has already exited
      }
    }, 10_000);
    await exited;
    clearTimeout(killer);
  }
}

function baseEnv() {
  const env = embeddedDefaultsEnv({ NODE_ENV: "development" });
  delete env.LOG_LEVEL;
  return env;
}

async function runStartupBenchmarks() {
  const rows = [];
  const meta = { probe: "API GET /readyz 200; sandbox GET /__sandbox/personas 200", polledEveryMs: 25 };
  const dataDirs = [];
  const databases = [];
  const cases = [
    { label: "npm start (PGlite, fresh data dir)", args: ["start"], pglite: "fresh" },
    { label: "npm start (Postgres, fresh database)", args: ["start"], postgres: true },
    { label: "npm run serve (PGlite, fresh data dir)", args: ["run", "serve"], pglite: "fresh" },
    {
      label: "npm run serve (PGlite, restart on existing data dir)",
      args: ["run", "serve"],
      pglite: "restart",
    },
    { label: "npm run serve (Postgres, fresh database)", args: ["run", "serve"], postgres: true },
    { label: "npm run sandbox", args: ["run", "sandbox"], sandbox: true },
  ];
  let lastDataDir = null;
  try {
    for (const c of cases) {
      const base = {
        section: SECTION,
        format: c.sandbox ? "sandbox" : c.postgres ? "Postgres" : "PGlite",
        operation: c.label,
      };
      try {
        const env = baseEnv();
        const port = await freePort();
        const sandboxPort = await freePort();
        let probe;
        if (c.sandbox) {
          env.SANDBOX_PORT = String(sandboxPort);
          probe = `http://127.0.0.1:${sandboxPort}/__sandbox/personas`;
        } else {
          env.PORT = String(port);
          env.SANDBOX_PORT = String(sandboxPort);
          probe = `http://127.0.0.1:${port}/readyz`;
          if (c.pglite === "restart" && lastDataDir) env.LOCKERKIT_DATA_DIR = lastDataDir;
          else {
            lastDataDir = mkdtempSync(join(tmpdir(), "lk-bench-start-"));
            dataDirs.push(lastDataDir);
            env.LOCKERKIT_DATA_DIR = lastDataDir;
          }
          if (c.postgres) {
            const db = await createDatabase(`start${databases.length}`);
            databases.push(db);
            env.DATABASE_URL = db.url;
          }
        }
        const { ms, output } = await timeToReady(c.args, env, probe);
        const cached = (output.match(/Cached:\s+([^\n]+)/) || [])[1];
        rows.push({ ...base, ms, ...(cached ? { note: `turbo ${cached.trim()}` } : {}) });
      } catch (error) {
        rows.push({ ...base, error: message(error) });
      }
    }
    return { rows, meta };
  } finally {
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    for (const db of databases) await db.drop().catch(() => {});
  }
}

module.exports = { runStartupBenchmarks };
