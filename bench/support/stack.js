// Shared plumbing for the API benchmarks: a throw-away Postgres database per section, the built API
// in a child process (so the load generator never shares its event loop), the consent journey that
// yields a session token, and a small GraphQL client. Everything here reports; nothing asserts.
"use strict";
const { fork } = require("node:child_process");
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const API_DIST = join(ROOT, "apps", "api", "dist");
const RETURN_URL = "http://localhost:3000/bench/done";
/** A fixed data key, so the ceiling endpoints can read what the API wrote. */
const ENCRYPTION_KEYS = `bench:${Buffer.alloc(32, 42).toString("base64")}`;
const DEMO_KEYS = { demoTenantKey: "lk_pk_benchbenchbenchbench0001", demoTenantSecret: "lk_sk_benchbenchbenchbench0001" };

/**
 * The configuration the API benchmarks run under, recorded in latest.json: production (hardening,
 * no introspection, rate limiter on) over real Postgres, with the sandbox as a separate server.
 */
const RAISED_LIMIT = "1000000000";
const API_CONFIGURATION = {
  env: "production (over Postgres); development only where a section runs on PGlite",
  rateLimits: `on, each limit raised to ${RAISED_LIMIT}/min (RATE_LIMIT_SESSION_PER_MIN, RATE_LIMIT_TENANT_PER_MIN, RATE_LIMIT_CONSENTS_PER_MIN and the publishable-key and anonymous ones) so the limiter runs on every request but never refuses one session's load`,
  hardening: "graphql-armor limits, token cap, field-duplication rule, no introspection or suggestions, helmet, request log",
  database: "postgres (DATABASE_URL, a fresh database per section, pool max 10 as configured by the API)",
  digilocker: "the sandbox as its own server (in the API's child process), a tenant created as `npm run tenant -- create` does",
  documentsSyncWindowS: 3600,
};

function adminUrl() {
  return process.env.BENCH_PG_ADMIN_URL || process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
}

function pg() {
  return require(require.resolve("pg", { paths: [join(ROOT, "apps", "api")] }));
}

function message(error) {
  return String(error && error.message ? error.message : error).split("\n")[0].slice(0, 200);
}

/** Creates `lk_bench_<pid>_<name>` on the Postgres server; `drop()` removes it. Throws when unreachable. */
async function createDatabase(name) {
  const { Client } = pg();
  const admin = new Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  await admin.connect();
  const database = `lk_bench_${process.pid}_${name}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    name: database,
    async drop() {
      const c = new Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Steady state for the planner: after the setup writes, VACUUM ANALYZE the bench database (what
 * autovacuum does eventually on a live server), so neither the API nor the ceiling runs on empty
 * statistics. Applied equally to both.
 */
async function settleDatabase(url) {
  const { Client } = pg();
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("VACUUM ANALYZE");
  } finally {
    await c.end();
  }
}

function assertBuilt() {
  for (const dir of [API_DIST, join(ROOT, "apps", "sandbox", "dist"), join(ROOT, "packages", "core", "dist")]) {
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
    const env = { ...process.env, NODE_ENV: options.env || "development", BENCH_CHILD_OPTIONS: JSON.stringify(options), ...(options.childEnv || {}) };
    for (const key of ["DATABASE_URL", "DIGILOCKER_BASE_URL", "DEMO_TENANT_KEY", "DEMO_TENANT_SECRET", "LOCKERKIT_ENCRYPTION_KEYS", "PORT", "SANDBOX_PORT"]) delete env[key];
    const child = fork(join(__dirname, script), [], { env, execArgv: options.execArgv || [], stdio: ["ignore", "ignore", "pipe", "ipc"] });
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
      reject(new Error(`${script} exited (${code ?? signal}): ${stderr.trim().split("\n").slice(-3).join(" / ")}`));
    });
  });
}

/** The built API in a child process over `databaseUrl` (PGlite in memory when unset). */
function startApi({ databaseUrl, recordSql = false, childEnv = {} } = {}) {
  assertBuilt();
  return spawnChild("api-child.js", {
    // Production needs a real database; PGlite runs (start-up comparisons) stay in development.
    env: databaseUrl ? "production" : "development",
    databaseUrl,
    recordSql,
    encryptionKeys: ENCRYPTION_KEYS,
    documentsSyncWindowS: API_CONFIGURATION.documentsSyncWindowS,
    ...DEMO_KEYS,
    childEnv: {
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

/** POST /graphql; returns status, the raw text, and the parsed body. */
async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `non-JSON answer (${res.status})` }] };
  }
  return { status: res.status, text, body };
}

function graphqlError(result) {
  if (!result.body.errors) return null;
  const e = result.body.errors[0];
  return `${(e.extensions && e.extensions.code) || "ERROR"}: ${e.message}`.slice(0, 160);
}

const START = `mutation ($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl claimVerifier } }`;
const CLAIM = `mutation ($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken session { id status } } }`;

/** startConsent → sandbox authorize shortcut → callback → claimSession. Returns the session token. */
async function consent(api, persona) {
  const started = await gql(api.url, START, { input: { returnUrl: RETURN_URL } }, api.demoTenant.publishableKey);
  if (graphqlError(started)) throw new Error(`startConsent: ${graphqlError(started)}`);
  const authorize = new URL(started.body.data.startConsent.authorizationUrl);
  authorize.searchParams.set("sandbox_persona", persona);
  authorize.searchParams.set("sandbox_decision", "allow");
  const toCallback = await fetch(authorize, { redirect: "manual" });
  const callback = toCallback.headers.get("location");
  if (!callback) throw new Error(`authorize answered ${toCallback.status} without a redirect`);
  const toReturn = await fetch(callback, { redirect: "manual" });
  const landed = new URL(toReturn.headers.get("location") || "http://invalid/");
  if (landed.searchParams.get("status") !== "active") throw new Error(`consent landed with ${toReturn.status} ${landed.search}`);
  const claimed = await gql(api.url, CLAIM, { code: landed.searchParams.get("code"), claimVerifier: started.body.data.startConsent.claimVerifier });
  if (graphqlError(claimed)) throw new Error(`claimSession: ${graphqlError(claimed)}`);
  return { token: claimed.body.data.claimSession.sessionToken, sessionId: claimed.body.data.claimSession.session.id };
}

async function sandboxPersonas(api) {
  return (await fetch(`${api.sandboxUrl}/__sandbox/personas`)).json();
}

async function sandboxRequests(api) {
  return (await fetch(`${api.sandboxUrl}/__sandbox/requests`)).json();
}

async function clearSandboxRequests(api) {
  await fetch(`${api.sandboxUrl}/__sandbox/requests`, { method: "DELETE" });
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
  clearSandboxRequests,
  consent,
  createDatabase,
  gql,
  graphqlError,
  message,
  pg,
  rssOf,
  sandboxPersonas,
  sandboxRequests,
  settleDatabase,
  spawnChild,
  startApi,
};
