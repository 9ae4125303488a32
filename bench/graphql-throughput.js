// GraphQL read throughput and latency (autocannon at 10/50/200 connections) for `documents(first: 20)`,
// `me` and `aadhaarKyc`, each next to two ceilings measured in the same run (see
// support/ceiling-child.js): a hand-written node:http + pg endpoint doing the same work (the practical
// ceiling) and a node:http server answering the same bytes from memory (Node's own limit). The API, each
// ceiling and Postgres run as separate processes; autocannon runs in this one. Reports req/s, p50/p99
// in the steady state (and the p99 with the connections' ramp-up, support/load.js),
// the ratios to the pg ceiling, and the server's peak RSS during each run. Each number is the best of
// three interleaved 1 s runs (2 s runs at 200 connections); BENCH_BUDGET_MS scales the run length.
"use strict";
const { keepBest, run } = require("./support/load");
const {
  API_CONFIGURATION,
  ENCRYPTION_KEYS,
  OPERATIONS,
  consent,
  createDatabase,
  gql,
  graphqlError,
  message,
  settleDatabase,
  spawnChild,
  startApi,
} = require("./support/stack");

const SECTION = "graphql";
const CONNECTIONS = [10, 50, 200];
const PERSONA = "many-documents";
const ROUNDS = 3;
const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

// Each measurement is the best of ROUNDS short runs (keepBest, support/load.js).

async function runGraphqlBenchmarks({ budgetMs = 1000 } = {}) {
  const durationS = Math.max(1, Math.round(budgetMs / 1000));
  const rows = [];
  const meta = {
    configuration: API_CONFIGURATION,
    persona: PERSONA,
    durationS,
    rounds: `best of ${ROUNDS} interleaved runs of durationS by req/s (of 2 x durationS at 200 connections)`,
    connections: CONNECTIONS,
    sameBytes: {},
    targets: {},
  };
  const cleanups = [];
  try {
    const db = await createDatabase("graphql");
    cleanups.push(() => db.drop());
    const api = await startApi({ databaseUrl: db.url });
    cleanups.push(() => api.stop());
    const { token } = await consent(api, PERSONA);

    // Warm each operation once (the first documents read syncs the list, the first aadhaarKyc fetches
    // it); the second answer is the steady-state body every load request must match.
    const bodies = {};
    for (const [name, op] of Object.entries(OPERATIONS)) {
      await gql(api.url, op.query, op.variables, token);
      const second = await gql(api.url, op.query, op.variables, token);
      const error = graphqlError(second) || (second.status !== 200 ? `HTTP ${second.status}` : null);
      if (error) rows.push({ section: SECTION, format: "-", operation: `${op.label} — LockerKit`, error });
      else bodies[name] = second.text;
    }
    const available = Object.keys(bodies);
    if (!available.length) return { rows, meta };
    await settleDatabase(db.url);
    meta.database = "VACUUM ANALYZE after setup";

    const pgCeiling = await spawnChild("ceiling-child.js", {
      mode: "pg",
      databaseUrl: db.url,
      encryptionKeys: ENCRYPTION_KEYS,
      bodies,
    });
    cleanups.push(() => pgCeiling.stop());
    const memory = await spawnChild("ceiling-child.js", { mode: "memory", bodies });
    cleanups.push(() => memory.stop());

    const targets = [
      { key: "api", label: "LockerKit", server: api },
      { key: "pg", label: "node:http + pg ceiling", server: pgCeiling },
      { key: "memory", label: "node:http from memory", server: memory },
    ];
    // What each target must answer: the API's bytes; the pg ceiling is checked to produce the same.
    const expected = {};
    for (const name of available) {
      const op = OPERATIONS[name];
      expected[name] = { api: bodies[name], memory: bodies[name] };
      const ceilingAnswer = await gql(pgCeiling.url, op.query, op.variables, token).catch((e) => ({
        status: 0,
        text: message(e),
        body: {},
      }));
      if (ceilingAnswer.status !== 200 || graphqlError(ceilingAnswer)) {
        meta.sameBytes[name] = false;
        expected[name].pgError = graphqlError(ceilingAnswer) || `HTTP ${ceilingAnswer.status}`;
      } else {
        meta.sameBytes[name] = ceilingAnswer.text === bodies[name];
        expected[name].pg = ceilingAnswer.text;
      }
    }

    // Warm-up: a short run per target and operation, not reported.
    for (const name of available) {
      for (const t of targets) {
        if (!expected[name][t.key]) continue;
        await run({
          ...OPERATIONS[name],
          url: t.server.url,
          token,
          expectBody: expected[name][t.key],
          connections: 10,
          durationS: 1,
          pid: t.server.pid,
        }).catch(() => {});
      }
    }

    for (const connections of CONNECTIONS) {
      for (const name of available) {
        const op = OPERATIONS[name];
        // Rounds interleave the targets, so a burst of outside load hits all of them alike.
        const results = {};
        const failures = {};
        const live = targets.filter((t) => expected[name][t.key]);
        // At 200 connections a queued request can take longer than a 1 s run: longer rounds.
        const seconds = connections >= 200 ? durationS * 2 : durationS;
        for (let i = 0; i < ROUNDS; i++) {
          for (const t of live) {
            if (failures[t.key]) continue;
            try {
              const r = await run({
                ...op,
                url: t.server.url,
                token,
                expectBody: expected[name][t.key],
                connections,
                durationS: seconds,
                pid: t.server.pid,
              });
              results[t.key] = keepBest(results[t.key], r);
            } catch (error) {
              failures[t.key] = message(error);
            }
          }
        }
        for (const t of targets) {
          const base = {
            section: SECTION,
            format: `${connections} conns`,
            operation: `${op.label} — ${t.label}`,
          };
          const r = results[t.key];
          if (r && !failures[t.key] && r.requests === 0)
            failures[t.key] = "no answer completed within the run";
          if (!r || failures[t.key]) {
            delete results[t.key];
            rows.push({ ...base, error: failures[t.key] || expected[name].pgError || "no answer" });
            continue;
          }
          rows.push({
            ...base,
            rps: r.rps,
            p50Ms: r.p50Ms,
            p99Ms: r.p99Ms,
            rampP99Ms: r.rampP99Ms,
            rssMB: r.peakRssMB || undefined,
            bad: r.bad,
            _key: `${connections}:${name}:${t.key}`,
          });
        }
        // Ratios: LockerKit against the pg ceiling; the pg ceiling against the memory ceiling.
        for (const row of rows) {
          if (!row._key || !row._key.startsWith(`${connections}:${name}:`)) continue;
          const key = row._key.split(":")[2];
          const ceiling = key === "api" ? results.pg : key === "pg" ? results.memory : null;
          if (ceiling && ceiling.rps > 0) {
            row.ratio = round(row.rps / ceiling.rps);
            row.p99Ratio = ceiling.p99Ms > 0 ? round(row.p99Ms / ceiling.p99Ms) : undefined;
            row.vs = key === "api" ? "pg ceiling" : "memory";
          }
          delete row._key;
        }
        if (name === "documents" && connections === 50 && results.api && results.pg) {
          const throughput = results.api.rps / results.pg.rps;
          const p99 = results.api.p99Ms / Math.max(results.pg.p99Ms, 1e-9);
          meta.targets.documents = {
            throughputRatio: round(throughput),
            throughputTarget: ">= 0.5 x the pg ceiling",
            throughputMet: throughput >= 0.5,
            p99Ratio: round(p99),
            p99Target: "<= 2 x the pg ceiling's p99 at 50 connections",
            p99Met: p99 <= 2,
          };
        }
      }
    }
    for (const name of available)
      if (meta.sameBytes[name] === false)
        rows.push({
          section: SECTION,
          format: "-",
          operation: `${OPERATIONS[name].label} — pg ceiling`,
          note: "the pg ceiling's answer differs from LockerKit's bytes",
        });
    return { rows, meta };
  } catch (error) {
    rows.push({ section: SECTION, format: "-", operation: "-", error: message(error) });
    return { rows, meta };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

module.exports = { runGraphqlBenchmarks };
