// Issue 20's targets, each judged from one run's result (latest.json): met, not met, or not measured
// (its section did not run or failed). `npm run bench` prints them after the tables; the README block
// shows them.
"use strict";

const round = (v) => Math.round(v * 100) / 100;

/** The LockerKit row of a GraphQL operation at a connection count. */
function graphqlRow(rows, label, connections) {
  return rows.find(
    (r) =>
      r.section === "graphql" &&
      r.format === `${connections} conns` &&
      r.operation === `${label} — LockerKit`,
  );
}

/** [figure, target, value or undefined, met] for every target of the table. */
function evaluateTargets(result) {
  const rows = result.rows || [];
  const sections = result.sections || {};
  const out = [];
  const add = (figure, target, value, met) =>
    out.push({
      figure,
      target,
      value: value === undefined ? "not measured" : value,
      met: value === undefined ? null : met,
    });

  const docs = [10, 50, 200].map((c) => graphqlRow(rows, "documents(first: 20)", c));
  const docRatios = docs.map((r) => r && r.ratio);
  add(
    "`documents(first: 20)` throughput / ceiling at 10, 50, 200 connections",
    "≥ 0.50 at each",
    docRatios.every((v) => v !== undefined) ? docRatios.join(", ") : undefined,
    docRatios.every((v) => v >= 0.5),
  );
  const p99 = (label) => graphqlRow(rows, label, 50) && graphqlRow(rows, label, 50).p99Ratio;
  const ratio = (label) => graphqlRow(rows, label, 50) && graphqlRow(rows, label, 50).ratio;
  add(
    "`documents(first: 20)` p99 / ceiling p99 (50 connections)",
    "≤ 2 ×",
    p99("documents(first: 20)"),
    p99("documents(first: 20)") <= 2,
  );
  add("`me` throughput / ceiling (50 connections)", "≥ 0.35", ratio("me"), ratio("me") >= 0.35);
  add("`me` p99 / ceiling p99 (50 connections)", "≤ 3 ×", p99("me"), p99("me") <= 3);
  add(
    "`aadhaarKyc` throughput / ceiling (50 connections)",
    "≥ 0.35",
    ratio("aadhaarKyc"),
    ratio("aadhaarKyc") >= 0.35,
  );

  const oneConn = rows.filter(
    (r) =>
      r.section === "scale" && /documents\(first: 20\), 1 conn/.test(r.operation) && r.p50Ms !== undefined,
  );
  const worstP50 = oneConn.length ? Math.max(...oneConn.map((r) => r.p50Ms)) : undefined;
  add(
    "`documents(first: 20)` p50 at 1 connection (every locker size)",
    "≤ 2 ms",
    worstP50 === undefined ? undefined : `${worstP50} ms`,
    worstP50 <= 2,
  );

  const parsing =
    sections.parsing &&
    sections.parsing.meta &&
    sections.parsing.meta.targets &&
    sections.parsing.meta.targets.eaadhaar;
  add(
    "e-Aadhaar parse + verify / (bare fast-xml-parser parse + bare xml-crypto verify)",
    "≤ 1.3 ×",
    parsing ? parsing.ratio : undefined,
    parsing && parsing.met,
  );

  // Both fault targets are listed either way: unmeasured (no faults section) as well as judged.
  const faults =
    sections.faults && sections.faults.meta && sections.faults.meta.targets ? sections.faults.meta : null;
  const mb = (bytes) => Math.round(bytes / 1048576);
  const handles = (h) =>
    Object.entries(h)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  add(
    "after 1 000 faulted reads, settled: retained heap (after a full GC)",
    "within 15 % of before",
    faults
      ? `${mb(faults.before.retained.heapUsed)} → ${mb(faults.after.retained.heapUsed)} MB (× ${faults.targets.heapRatio})`
      : undefined,
    faults ? faults.targets.heapMet : null,
  );
  add(
    "after 1 000 faulted reads, settled: open handles (the database pool's apart)",
    "back to before",
    faults
      ? `${handles(faults.before.handles)} → ${handles(faults.after.handles)} (settled ${round(faults.targets.settledMs / 1000)} s; pool ${faults.before.pool.connections} → ${faults.after.pool.connections} connections)`
      : undefined,
    faults ? faults.targets.handlesMet : null,
  );

  const peak = rows.find(
    (r) => r.section === "scale" && /peak RSS, 200 conns/.test(r.operation) && r.rssMB !== undefined,
  );
  add(
    "API peak RSS, 200 connections, 5 000-document locker",
    "≤ 180 MB",
    peak ? `${Math.round(peak.rssMB)} MB` : undefined,
    peak && peak.rssMB <= 180,
  );
  return out;
}

/** The targets as a Markdown table. */
function targetsTable(targets) {
  const verdict = (t) => (t.met === null ? "not measured" : t.met ? "met" : "**not met**");
  const cell = (v) => String(v).replace(/\|/g, "\\|");
  return [
    "### targets (issue 20)",
    "",
    "| figure | target | this run | verdict |",
    "|---|---|---|---|",
    ...targets.map((t) => `| ${cell(t.figure)} | ${cell(t.target)} | ${cell(t.value)} | ${verdict(t)} |`),
    "",
  ].join("\n");
}

module.exports = { evaluateTargets, targetsTable };
