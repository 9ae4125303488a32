// Child process: the built API (`createServer` from apps/api/dist). In production configuration the
// sandbox runs as its own process (sandbox-child.js), as DigiLocker is another server in production;
// in development the API embeds it, as `npm run dev` does.
// Options arrive in BENCH_CHILD_OPTIONS. With `recordSql`, every statement the API sends through
// `pg` is recorded (text, parameters, rows returned) between `sql-start` and `sql-take` messages;
// this is how the database-cost section counts statements (pg_stat_statements is not preloaded).
"use strict";
const { join } = require("node:path");

const options = JSON.parse(process.env.BENCH_CHILD_OPTIONS || "{}");

// BENCH_TRACE_HANDLES=1: remembers where every timer and socket still alive was created, so the fault
// section can say what is left after a run (async_hooks costs time: diagnosis only).
const traced = new Map();
if (process.env.BENCH_TRACE_HANDLES) {
  const TYPES = new Set(["Timeout", "TCPWRAP", "TLSWRAP", "Immediate"]);
  require("node:async_hooks")
    .createHook({
      init(id, type, _trigger, resource) {
        if (!TYPES.has(type)) return;
        const stack = (new Error().stack || "")
          .split("\n")
          .slice(2)
          .filter((l) => !l.includes("node:internal") && !l.includes("async_hooks"))
          .slice(0, 6)
          .map((l) => l.trim());
        traced.set(id, { type, resource: new WeakRef(resource), stack });
      },
      destroy(id) {
        traced.delete(id);
      },
    })
    .enable();
}

/** Forces a full collection (heap figures then count what is retained, not garbage not yet swept). */
function collect() {
  require("node:v8").setFlagsFromString("--expose-gc");
  const gc = require("node:vm").runInNewContext("gc");
  gc();
  gc();
}

function describeTraced() {
  const out = [];
  for (const { type, resource, stack } of traced.values()) {
    const r = resource.deref();
    if (!r) continue;
    if (type === "Timeout" && (r._destroyed || r._idleTimeout === -1)) continue;
    const extra =
      type === "Timeout"
        ? `${r._idleTimeout} ms${r.hasRef && !r.hasRef() ? " unref" : ""}${r._repeat ? " repeat" : ""}`
        : "";
    out.push(`${type} ${extra} ${stack.join(" < ")}`);
  }
  const counts = {};
  for (const line of out) counts[line] = (counts[line] || 0) + 1;
  return Object.entries(counts).map(([line, n]) => `${n} × ${line}`);
}

function describeSockets() {
  return process
    ._getActiveHandles()
    .filter((h) => h && h.constructor && h.constructor.name === "Socket")
    .map(
      (s) =>
        `${s.localPort ?? "?"} → ${s.remoteAddress ?? "?"}:${s.remotePort ?? "?"}${s.destroyed ? " destroyed" : ""}`,
    );
}
const API = join(__dirname, "..", "..", "apps", "api");
/** The API's own node-postgres, whose prototypes the hooks below wrap. */
const pg = require(require.resolve("pg", { paths: [API] }));
let recording = null;

// The Postgres pools, so the fault section can tell the pool's own handles from the others: a pool keeps
// up to its maximum of connections, each idle one with a timer that closes it after 30 s, and the
// background jobs (webhooks every 5 s, revokes and recovery every 15 s) take and release them at any time.
const pools = new Set();
const poolConnect = pg.Pool.prototype.connect;
pg.Pool.prototype.connect = function trackedConnect() {
  pools.add(this);
  return poolConnect.apply(this, arguments);
};

/** The pools' connections (one socket each) and idle timers (one per idle connection). */
function poolHandles() {
  let connections = 0;
  let idleTimers = 0;
  for (const pool of pools) {
    connections += pool.totalCount;
    idleTimers += pool._idle.filter((item) => item.timeoutId && item.timeoutId.hasRef()).length;
  }
  return { connections, idleTimers };
}

if (options.recordSql) {
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function recordedQuery(config, values, _callback) {
    const text = typeof config === "string" ? config : config && config.text;
    if (!recording || typeof text !== "string") return original.apply(this, arguments);
    const entry = {
      text: text.replace(/\s+/g, " ").trim(),
      values: Array.isArray(values) ? values : config.values || [],
      rows: null,
    };
    recording.push(entry);
    const count = (result) => {
      const one = (r) =>
        r && Array.isArray(r.rows) ? r.rows.length : r && typeof r.rowCount === "number" ? r.rowCount : 0;
      entry.rows = Array.isArray(result) ? result.reduce((n, r) => n + one(r), 0) : one(result);
    };
    const args = Array.from(arguments);
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const cb = args[last];
      args[last] = (error, result) => {
        if (!error) count(result);
        cb(error, result);
      };
      return original.apply(this, args);
    }
    const returned = original.apply(this, args);
    if (returned && typeof returned.then === "function") returned.then(count, () => {});
    return returned;
  };
}

const serialise = (v) =>
  v instanceof Date ? v.toISOString() : Buffer.isBuffer(v) ? `\\x${v.toString("hex")}` : v;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = require("node:net").createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The sandbox in its own child process (see sandbox-child.js); resolves with its URLs, credentials and stop(). */
function startSandbox(redirectUris) {
  return new Promise((resolve, reject) => {
    const child = require("node:child_process").fork(join(__dirname, "sandbox-child.js"), [], {
      env: { ...process.env, BENCH_SANDBOX_OPTIONS: JSON.stringify({ redirectUris }) },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    const exited = new Promise((r) => child.once("exit", r));
    child.once("exit", (code, signal) => reject(new Error(`the sandbox exited (${code ?? signal})`)));
    child.on("message", (msg) => {
      if (msg.type === "failed") reject(new Error(`the sandbox failed to start: ${msg.error}`));
      if (msg.type !== "ready") return;
      resolve({
        ...msg.info,
        async stop() {
          if (child.exitCode === null && !child.signalCode) child.send({ cmd: "stop" });
          await exited;
        },
      });
    });
  });
}

async function main() {
  // `apiDist`: another build of the API (bench/ab.js compares two builds side by side).
  const { createServer, tuneHeap } = require(options.apiDist || join(API, "dist"));
  // What the production entry point (main.ts) does before anything else.
  if (options.env === "production" && tuneHeap) tuneHeap();
  const common = {
    databaseUrl: options.databaseUrl || undefined,
    pgliteDir: null,
    dataDir: require("node:os").tmpdir(),
    encryptionKeys: options.encryptionKeys,
    documentsSyncWindowS: options.documentsSyncWindowS,
  };
  let server;
  let info;
  if (options.env === "production") {
    // The production configuration: DigiLocker (the sandbox) is another server, the tenant is created
    // as `npm run tenant -- create` does, introspection is off, hardening and rate limits are on.
    const port = await freePort();
    const redirectUri = `http://localhost:${port}/digilocker/callback`;
    const sandbox = await startSandbox([redirectUri]);
    server = await createServer({
      ...common,
      env: "production",
      // Production requires receipt signing keys from the configuration.
      receiptKeys: require("@lockerkit/testkit").generateReceiptKeys("bench"),
      port,
      digilockerBaseUrl: sandbox.baseUrl,
      digilockerClientId: sandbox.clientId,
      digilockerClientSecret: sandbox.clientSecret,
      digilockerRedirectUri: redirectUri,
      demoTenantKey: undefined,
      demoTenantSecret: undefined,
    });
    const stopServer = server.stop;
    server.stop = async () => {
      await stopServer();
      await sandbox.stop();
    };
    const { keys } = await server.admin.tenants.create({
      name: "bench",
      returnUrls: ["http://localhost:*"],
      origins: [],
    });
    info = { url: server.url, sandboxUrl: sandbox.url, demoTenant: keys };
  } else {
    server = await createServer({
      ...common,
      env: options.env,
      port: 0,
      sandboxPort: 0,
      demoTenantKey: options.demoTenantKey,
      demoTenantSecret: options.demoTenantSecret,
    });
    info = { url: server.url, sandboxUrl: server.sandboxUrl, demoTenant: server.demoTenant };
  }
  process.on("message", async (msg) => {
    const reply = (value, error) => process.send({ type: "reply", id: msg.id, value, error });
    try {
      if (msg.cmd === "stop") {
        await server.stop().catch(() => {});
        process.exit(0);
      } else if (msg.cmd === "sql-start") {
        recording = [];
        reply(true);
      } else if (msg.cmd === "sql-take") {
        const taken = recording || [];
        recording = null;
        reply(taken.map((e) => ({ ...e, values: e.values.map(serialise) })));
      } else if (msg.cmd === "memory") {
        if (msg.gc) collect();
        reply(process.memoryUsage());
      } else if (msg.cmd === "handles-detail") {
        reply({ sockets: describeSockets(), traced: describeTraced() });
      } else if (msg.cmd === "handles") {
        // Open handles by type (sockets, timers, …), to spot leaks after a run of faulted requests; the
        // database pool's own apart (`pool`), as its size moves with the background jobs.
        const byType = {};
        for (const type of process.getActiveResourcesInfo()) byType[type] = (byType[type] || 0) + 1;
        const pool = poolHandles();
        if (byType.TCPSocketWrap) byType.TCPSocketWrap -= pool.connections;
        if (byType.Timeout) byType.Timeout -= pool.idleTimers;
        for (const type of Object.keys(byType)) if (byType[type] <= 0) delete byType[type];
        reply({ byType, pool });
      } else reply(null, `unknown command ${msg.cmd}`);
    } catch (error) {
      reply(null, String(error && error.message ? error.message : error));
    }
  });
  process.send({ type: "ready", info });
}

main().catch((error) => {
  process.send({
    type: "failed",
    error: `API failed to start: ${String(error && error.message ? error.message : error)}`,
  });
  setTimeout(() => process.exit(1), 50);
});
