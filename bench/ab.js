// Interleaved A/B of two API builds next to the pg ceiling, for bench/PROFILE.md: each build runs in
// its own process on its own database (the `many-documents` locker), and every round runs autocannon
// against A, B and the ceiling in turn, so outside load hits all three alike. Besides req/s and p99 it
// reads each server's CPU time from /proc before and after a run: CPU µs per request depends far less
// on the machine's load than req/s does.
//
//   node bench/ab.js <dist A> [<dist B>]     (B defaults to apps/api/dist)
//   AB_OPS=me,documents AB_CONNS=50,200 AB_ROUNDS=5 AB_SECONDS=2 AB_EXEC_ARGV_A="--max-old-space-size=128"
//   AB_ENV_A="MALLOC_ARENA_MAX=2" (environment variables of A's process, comma-separated; AB_ENV_B alike)
//
// A dist copied under apps/api/node_modules (e.g. `cp -a apps/api/dist apps/api/node_modules/.ab-a`)
// resolves the same packages and stays out of git, lint and prettier.
"use strict";
const { readFileSync } = require("node:fs");
const { loadavg } = require("node:os");
const { resolve } = require("node:path");
const { run } = require("./support/load");
const {
  API_DIST,
  ENCRYPTION_KEYS,
  OPERATIONS,
  consent,
  createDatabase,
  gql,
  settleDatabase,
  spawnChild,
  startApi,
} = require("./support/stack");

const list = (v, d) => (v || d).split(",").filter(Boolean);
const OPS = list(process.env.AB_OPS, "me,documents,aadhaarKyc");
const CONNS = list(process.env.AB_CONNS, "50").map(Number);
const ROUNDS = Number(process.env.AB_ROUNDS || 5);
const SECONDS = Number(process.env.AB_SECONDS || 2);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const fixed = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : "-");

/** utime + stime of a process, in µs (from /proc/<pid>/stat; clock ticks of 10 ms). */
function cpuMicros(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

async function build(label, dist, execArgv, env) {
  const db = await createDatabase(`ab_${label}`);
  const childEnv = Object.fromEntries(env.map((pair) => pair.split("=")));
  const api = await startApi({ databaseUrl: db.url, apiDist: dist, execArgv, childEnv });
  const { token } = await consent(api, "many-documents");
  const bodies = {};
  for (const name of OPS) {
    const op = OPERATIONS[name];
    await gql(api.url, op.query, op.variables, token);
    bodies[name] = (await gql(api.url, op.query, op.variables, token)).text;
  }
  await settleDatabase(db.url);
  return { label, api, db, token, bodies, pid: api.pid, url: api.url };
}

async function main() {
  const distA = resolve(process.argv[2] || API_DIST);
  const distB = resolve(process.argv[3] || API_DIST);
  const a = await build("a", distA, list(process.env.AB_EXEC_ARGV_A, ""), list(process.env.AB_ENV_A, ""));
  const b = await build("b", distB, list(process.env.AB_EXEC_ARGV_B, ""), list(process.env.AB_ENV_B, ""));
  const ceiling = await spawnChild("ceiling-child.js", {
    mode: "pg",
    databaseUrl: b.db.url,
    encryptionKeys: ENCRYPTION_KEYS,
    bodies: b.bodies,
  });
  const targets = [
    a,
    b,
    { label: "ceiling", pid: ceiling.pid, url: ceiling.url, token: b.token, bodies: b.bodies },
  ];
  console.log(
    `A = ${distA}\nB = ${distB}\nload ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  try {
    for (const connections of CONNS) {
      for (const name of OPS) {
        const op = OPERATIONS[name];
        const samples = { a: [], b: [], ceiling: [] };
        const loads = [];
        for (let i = 0; i < ROUNDS + 1; i++) {
          loads.push(loadavg()[0]);
          for (const t of targets) {
            const before = cpuMicros(t.pid);
            const r = await run({
              ...op,
              url: t.url,
              token: t.token,
              expectBody: t.bodies[name],
              connections,
              durationS: SECONDS,
              pid: t.pid,
            });
            const cpu = (cpuMicros(t.pid) - before) / Math.max(1, r.requests);
            if (r.bad) console.log(`  ${t.label}: ${r.bad} bad answers`);
            // Round 0 warms every target up and is not counted.
            if (i > 0) samples[t.label].push({ ...r, cpu });
          }
        }
        const m = (label, key) => median(samples[label].map((s) => s[key]));
        const perRound = (label, key, ceil) =>
          median(samples[label].map((s, i) => s[key] / (ceil ? samples.ceiling[i][key] : samples.a[i][key])));
        console.log(
          `${name} @${connections} (load ${fixed(Math.min(...loads), 1)}–${fixed(Math.max(...loads), 1)}): ` +
            `req/s A ${m("a", "rps").toFixed(0)} B ${m("b", "rps").toFixed(0)} ceiling ${m("ceiling", "rps").toFixed(0)} | ` +
            `ratio A ${fixed(perRound("a", "rps", true))} B ${fixed(perRound("b", "rps", true))} | ` +
            `p99 ratio A ${fixed(perRound("a", "p99Ms", true))} B ${fixed(perRound("b", "p99Ms", true))} | ` +
            `p50 A ${m("a", "p50Ms")} B ${m("b", "p50Ms")} ceiling ${m("ceiling", "p50Ms")} ms | ` +
            `CPU µs/req A ${m("a", "cpu").toFixed(0)} B ${m("b", "cpu").toFixed(0)} ceiling ${m("ceiling", "cpu").toFixed(0)} (B/A ${fixed(perRound("b", "cpu", false))}) | ` +
            `peak RSS A ${Math.max(...samples.a.map((s) => s.peakRssMB)).toFixed(0)} B ${Math.max(...samples.b.map((s) => s.peakRssMB)).toFixed(0)} MB`,
        );
      }
    }
  } finally {
    await ceiling.stop();
    for (const t of [a, b]) {
      await t.api.stop();
      await t.db.drop();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
