// Shared plumbing for the API benchmarks: a throw-away Postgres database per section and the built API
// in a child process (so the load generator never shares its event loop); the journey, the GraphQL
// client and the sandbox's controls are @lockerkit/testkit's. Everything here reports; nothing asserts.
"use strict";
const { fork } = require("node:child_process");
const testkit = require("@lockerkit/testkit");
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const API_DIST = join(ROOT, "apps", "api", "dist");
const RETURN_URL = "http://localhost:3000/bench/done";
/** A fixed data key, so the ceiling endpoints can read what the API wrote. */
const ENCRYPTION_KEYS = `bench:${Buffer.alloc(32, 42).toString("base64")}`;
/** A KYC receipt signing key (production refuses to start without one): `<kid>:<base64 PKCS#8 DER>`, P-256. */
const RECEIPT_KEYS = `bench:${require("node:crypto").generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "der" }).toString("base64")}`;
const DEMO_KEYS = {
  demoTenantKey: "lk_pk_benchbenchbenchbench0001",
  demoTenantSecret: "lk_sk_benchbenchbenchbench0001",
};

/**
 * The configuration the API benchmarks run under, recorded in latest.json: production (hardening,
 * no introspection, rate limiter on) over real Postgres, with the sandbox as a separate server.
 */
const RAISED_LIMIT = "1000000000";
const API_CONFIGURATION = {
  env: "production (over Postgres); development only where a section runs on PGlite",
  rateLimits: `on, each limit raised to ${RAISED_LIMIT}/min (RATE_LIMIT_SESSION_PER_MIN, RATE_LIMIT_TENANT_PER_MIN, RATE_LIMIT_CONSENTS_PER_MIN and the publishable-key and anonymous ones) so the limiter runs on every request but never refuses one session's load`,
  hardening:
    "graphql-armor limits, token cap, field-duplication rule, no introspection or suggestions, helmet, request log",
  database: "postgres (DATABASE_URL, a fresh database per section, pool max 10 as configured by the API)",
  digilocker:
    "the sandbox as its own server in its own process (not in the API's process, whose CPU and RSS are measured), a tenant created as `npm run tenant -- create` does",
  documentsSyncWindowS: 3600,
  heap: "tuned at start as the production entry point (main.ts) does: tuneHeap(), --heap-growing-percent=35 --no-allocation-site-pretenuring",
};

function adminUrl() {
  return (
    process.env.BENCH_PG_ADMIN_URL || process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test"
  );
}

function pg() {
  return require(require.resolve("pg", { paths: [join(ROOT, "apps", "api")] }));
}

function message(error) {
  return String(error && error.message ? error.message : error)
    .split("\n")[0]
    .slice(0, 200);
}

/** Creates `lk_bench_<pid>_<name>` on the Postgres server; `drop()` removes it. Throws when unreachable. */
function createDatabase(name) {
  return testkit.createDatabase({
    adminUrl: adminUrl(),
    prefix: "lk_bench",
    suffix: name,
    connectionTimeoutMillis: 3000,
  });
}

/**
 * Steady state for the planner: after the setup writes, VACUUM ANALYZE the bench database (what
 * autovacuum does eventually on a live server), so neither the API nor the ceiling runs on empty
 * statistics. Applied equally to both.
 */
function settleDatabase(url) {
  return testkit.withClient(url, (c) => c.query("VACUUM ANALYZE"));
}

function assertBuilt() {
  for (const dir of [
    API_DIST,
    join(ROOT, "apps", "sandbox", "dist"),
    join(ROOT, "packages", "core", "dist"),
    join(ROOT, "packages", "testkit", "dist"),
  ]) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  }
}

/** Resident set size (and its peak) of a process, in MB, from /proc; null where /proc is absent. */
function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number((status.match(new RegExp(`^${key}:\\s+(\\d+)`, "m")) || [])[1]) || 0;
    return { rssMB: kb("VmRSS") / 1024, peakMB: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

/** Runs a child script (api-child.js, ceiling-child.js) and waits for its `ready` message. */
function spawnChild(script, options, { timeoutMs = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const env = testkit.embeddedDefaultsEnv({
      NODE_ENV: options.env || "development",
      BENCH_CHILD_OPTIONS: JSON.stringify(options),
      ...(options.childEnv || {}),
    });
    const child = fork(join(__dirname, script), [], {
      env,
      execArgv: options.execArgv || [],
      // BENCH_CHILD_STDOUT=1 shows a child's stdout (its logs, or V8's `--trace-gc` lines through execArgv).
      stdio: ["ignore", process.env.BENCH_CHILD_STDOUT ? "inherit" : "ignore", "pipe", "ipc"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const pending = new Map();
    let nextId = 1;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on("message", (msg) => {
      if (msg.type === "ready") {
        clearTimeout(timer);
        resolve({
          ...msg.info,
          pid: child.pid,
          stderr: () => stderr,
          rpc(cmd, args = {}) {
            return new Promise((res, rej) => {
              const id = nextId++;
              pending.set(id, { res, rej });
              child.send({ id, cmd, ...args });
            });
          },
          async stop() {
            if (child.exitCode !== null || child.signalCode) return;
            const exited = new Promise((r) => child.once("exit", r));
            child.send({ cmd: "stop" });
            const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
            await exited;
            clearTimeout(killer);
          },
        });
      } else if (msg.type === "failed") {
        clearTimeout(timer);
        reject(new Error(msg.error));
      } else if (msg.type === "reply") {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (p && msg.error) p.rej(new Error(msg.error));
        else if (p) p.res(msg.value);
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      for (const p of pending.values()) p.rej(new Error(`${script} exited (${code ?? signal})`));
      reject(
        new Error(`${script} exited (${code ?? signal}): ${stderr.trim().split("\n").slice(-3).join(" / ")}`),
      );
    });
  });
}

/** The built API in a child process over `databaseUrl` (PGlite in memory when unset). */
function startApi({ databaseUrl, recordSql = false, childEnv = {}, apiDist, execArgv } = {}) {
  assertBuilt();
  return spawnChild("api-child.js", {
    // Production needs a real database; PGlite runs (start-up comparisons) stay in development.
    env: databaseUrl ? "production" : "development",
    databaseUrl,
    recordSql,
    apiDist,
    execArgv,
    encryptionKeys: ENCRYPTION_KEYS,
    documentsSyncWindowS: API_CONFIGURATION.documentsSyncWindowS,
    ...DEMO_KEYS,
    childEnv: {
      LOCKERKIT_RECEIPT_KEYS: RECEIPT_KEYS,
      RATE_LIMIT_SESSION_PER_MIN: RAISED_LIMIT,
      RATE_LIMIT_TENANT_PER_MIN: RAISED_LIMIT,
      RATE_LIMIT_CONSENTS_PER_MIN: RAISED_LIMIT,
      RATE_LIMIT_PUBLISHABLE_PER_IP_PER_MIN: RAISED_LIMIT,
      RATE_LIMIT_PUBLISHABLE_PER_MIN: RAISED_LIMIT,
      RATE_LIMIT_PUBLISHABLE_CONSENTS_PER_MIN: RAISED_LIMIT,
      RATE_LIMIT_ANONYMOUS_PER_IP_PER_MIN: RAISED_LIMIT,
      ...childEnv,
    },
  });
}

/** startConsent → sandbox authorize shortcut → callback → claimSession, as the bench tenant. */
async function consent(api, persona) {
  const { sessionId, sessionToken } = await testkit.runConsentJourney({
    apiUrl: api.url,
    publishableKey: api.demoTenant.publishableKey,
    persona,
    input: { returnUrl: RETURN_URL },
  });
  return { token: sessionToken, sessionId };
}

/** The read operations the benchmarks drive, with their usual fields. */
const OPERATIONS = {
  documents: {
    label: "documents(first: 20)",
    query: `query Docs($first: Int!, $after: String) { documents(first: $first, after: $after) { totalCount edges { cursor node { id uri name doctype description issuer issuerId issuedOn mimeTypes } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    variables: { first: 20 },
  },
  me: {
    label: "me",
    query: `query Me { me { digilockerId name dateOfBirth gender eaadhaarAvailable sessionStatus consentValidTill } }`,
    variables: {},
  },
  aadhaarKyc: {
    label: "aadhaarKyc",
    query: `query Kyc { aadhaarKyc { name maskedAadhaar signature { verified } } }`,
    variables: {},
  },
};

module.exports = {
  ROOT,
  API_DIST,
  API_CONFIGURATION,
  ENCRYPTION_KEYS,
  OPERATIONS,
  adminUrl,
  assertBuilt,
  consent,
  createDatabase,
  gql: testkit.gql,
  graphqlError: testkit.errorSummary,
  message,
  pg,
  rssOf,
  sandboxControls: (api) => testkit.sandboxControls(api.sandboxUrl),
  settleDatabase,
  spawnChild,
  startApi,
};
