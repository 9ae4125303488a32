// Database cost per read: SQL statements (and round trips), rows read and rows returned for each
// GraphQL read, documents at page sizes 5/50/100. How: the API runs with its `pg` client wrapped
// (support/api-child.js records every statement it sends, with parameters and rows returned);
// each recorded SELECT is then replayed under EXPLAIN (ANALYZE, BUFFERS) on the same database to
// count the rows its scans read (rows emitted + rows removed by filters, × loops) and the buffers
// touched. pg_stat_statements would be the natural source, but it needs shared_preload_libraries
// (a server restart); pg_stat_database counters are flushed lazily per backend and are too coarse.
"use strict";
const { PAGE_SQL, SESSION_SQL } = require("./support/ceiling-sql");
const {
  OPERATIONS,
  consent,
  createDatabase,
  gql,
  graphqlError,
  message,
  pg,
  settleDatabase,
  startApi,
} = require("./support/stack");

const SECTION = "db-cost";
const PERSONA = "many-documents";
const REPEAT = 3;
const SCAN = /Scan$/;
// A Bitmap Index Scan only feeds TIDs to its Bitmap Heap Scan, which counts the rows.
const NOT_TABLE_SCANS = new Set([
  "Bitmap Index Scan",
  "CTE Scan",
  "Function Scan",
  "Subquery Scan",
  "Values Scan",
  "WorkTable Scan",
  "Result",
]);

function scanRows(plan) {
  let rows = 0;
  const visit = (node) => {
    if (SCAN.test(node["Node Type"]) && !NOT_TABLE_SCANS.has(node["Node Type"])) {
      const loops = node["Actual Loops"] || 1;
      rows +=
        ((node["Actual Rows"] || 0) +
          (node["Rows Removed by Filter"] || 0) +
          (node["Rows Removed by Index Recheck"] || 0)) *
        loops;
    }
    for (const child of node.Plans || []) visit(child);
  };
  visit(plan);
  return rows;
}

const isRead = (text) => /^(SELECT|WITH)\b/i.test(text) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(text);
const isWrite = (text) =>
  /^(INSERT|UPDATE|DELETE)\b/i.test(text) ||
  (/^WITH\b/i.test(text) && /\b(INSERT|UPDATE|DELETE)\b/i.test(text));
const isTransactionControl = (text) =>
  /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(text);

async function runDbCostBenchmarks() {
  const rows = [];
  const meta = {
    method:
      "pg client wrapper in the API process + EXPLAIN (ANALYZE, BUFFERS) replay; rows read = rows scanned from tables and indexes (emitted + removed by filters, x loops; bitmap index scans not double-counted); database VACUUM ANALYZEd after setup",
    persona: PERSONA,
    repeat: REPEAT,
    statements: {},
  };
  const cleanups = [];
  try {
    const db = await createDatabase("dbcost");
    cleanups.push(() => db.drop());
    const explain = new (pg().Client)({ connectionString: db.url });
    await explain.connect();
    cleanups.push(() => explain.end());
    meta.sharedPreloadLibraries =
      (await explain.query("SHOW shared_preload_libraries")).rows[0].shared_preload_libraries || "(none)";

    const api = await startApi({ databaseUrl: db.url, recordSql: true });
    cleanups.push(() => api.stop());
    const { token, sessionId } = await consent(api, PERSONA);
    // Sync the list and fetch the e-Aadhaar once, then settle the planner statistics.
    for (const name of ["documents", "aadhaarKyc"])
      await gql(api.url, OPERATIONS[name].query, OPERATIONS[name].variables, token);
    await settleDatabase(db.url);

    const cases = [
      ...[5, 50, 100].map((first) => ({
        name: "documents",
        label: `documents(first: ${first})`,
        format: `page ${first}`,
        variables: { first },
      })),
      { name: "me", label: "me", format: "-", variables: {} },
      { name: "aadhaarKyc", label: "aadhaarKyc (stored)", format: "-", variables: {} },
    ];
    for (const c of cases) {
      const op = OPERATIONS[c.name];
      const base = { section: SECTION, format: c.format, operation: c.label };
      try {
        // Warm: the first read may sync from DigiLocker and write; the cost reported is a steady-state read.
        const warm = await gql(api.url, op.query, c.variables, token);
        if (graphqlError(warm)) throw new Error(graphqlError(warm));
        await api.rpc("sql-start");
        for (let i = 0; i < REPEAT; i++) {
          const r = await gql(api.url, op.query, c.variables, token);
          if (graphqlError(r)) throw new Error(graphqlError(r));
        }
        const recorded = await api.rpc("sql-take");
        const perRequest = recorded.slice(0, recorded.length / REPEAT);
        let rowsRead = 0;
        let buffers = 0;
        for (const s of perRequest) {
          if (!isRead(s.text)) continue;
          const plan = (await explain.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.text}`, s.values))
            .rows[0]["QUERY PLAN"][0];
          rowsRead += scanRows(plan.Plan);
          buffers += (plan.Plan["Shared Hit Blocks"] || 0) + (plan.Plan["Shared Read Blocks"] || 0);
        }
        const statements = perRequest.filter((s) => !isTransactionControl(s.text)).length;
        meta.statements[c.label] = perRequest.map(
          (s) => `${s.text.slice(0, 160)}${s.text.length > 160 ? "…" : ""} → ${s.rows} rows`,
        );
        rows.push({
          ...base,
          statements,
          roundTrips: recorded.length / REPEAT,
          rowsRead,
          rowsReturned: recorded.reduce((n, s) => n + (isRead(s.text) ? s.rows || 0 : 0), 0) / REPEAT,
          writes: perRequest.filter((s) => isWrite(s.text)).length,
          note: `${buffers} buffers`,
        });
      } catch (error) {
        rows.push({ ...base, error: message(error) });
      }
    }
    // The same reads as the hand-written ceiling does them (support/ceiling-sql.js), for comparison.
    const tokenHash = require("node:crypto").createHash("sha256").update(token).digest("hex");
    for (const first of [5, 50, 100]) {
      const base = {
        section: SECTION,
        format: `page ${first}`,
        operation: `node:http + pg ceiling: documents(first: ${first})`,
      };
      try {
        let rowsRead = 0;
        let rowsReturned = 0;
        let buffers = 0;
        for (const [sql, values] of [
          [SESSION_SQL, [tokenHash]],
          [PAGE_SQL, [sessionId, null, first + 1]],
        ]) {
          const plan = (await explain.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, values))
            .rows[0]["QUERY PLAN"][0];
          rowsRead += scanRows(plan.Plan);
          rowsReturned += plan.Plan["Actual Rows"];
          buffers += (plan.Plan["Shared Hit Blocks"] || 0) + (plan.Plan["Shared Read Blocks"] || 0);
        }
        rows.push({
          ...base,
          statements: 2,
          roundTrips: 2,
          rowsRead,
          rowsReturned,
          writes: 0,
          note: `${buffers} buffers`,
        });
      } catch (error) {
        rows.push({ ...base, error: message(error) });
      }
    }
    const docs = rows.filter((r) => r.operation.startsWith("documents(") && !r.error);
    if (docs.length) {
      meta.targets = {
        statementsIndependentOfPageSize: new Set(docs.map((r) => r.statements)).size === 1,
        statementsAtMost4: docs.every((r) => r.statements <= 4),
      };
    }
    return { rows, meta };
  } catch (error) {
    rows.push({ section: SECTION, format: "-", operation: "-", error: message(error) });
    return { rows, meta };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

module.exports = { runDbCostBenchmarks };
