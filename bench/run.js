// `npm run bench`: runs every benchmark section in one process, prints one Markdown table per section
// and issue 20's targets (met / not met / not measured, bench/targets.js), and writes
// bench/results/latest.json. Benchmarks report; they never fail the run. A section is an
// async function ({ budgetMs }) returning rows, or { rows, meta }. A row is
// { section, format, operation, …metrics } or { section, format, operation, error }; the metric keys
// are listed in COLUMNS. BENCH_BUDGET_MS (default 1000) scales every measured duration;
// BENCH_SECTIONS=graphql,db-cost runs only those sections.
"use strict";
const { existsSync, mkdirSync, writeFileSync } = require("node:fs");
const { cpus, loadavg, totalmem } = require("node:os");
const { join } = require("node:path");
const { evaluateTargets, targetsTable } = require("./targets");

const SECTIONS = [
  ["parsing", (options) => require("./parsing").runParsingBenchmarks(options)],
  ["sandbox", (options) => require("../apps/sandbox/bench").runSandboxBenchmarks(options)],
  ["graphql", (options) => require("./graphql-throughput").runGraphqlBenchmarks(options)],
  ["db-cost", (options) => require("./db-cost").runDbCostBenchmarks(options)],
  ["upstream", (options) => require("./upstream-economy").runUpstreamBenchmarks(options)],
  ["scale", (options) => require("./scale").runScaleBenchmarks(options)],
  ["startup", (options) => require("./startup").runStartupBenchmarks(options)],
  ["faults", (options) => require("./faults").runFaultBenchmarks(options)],
  ["photo-limits", (options) => require("./photo-limits").runPhotoLimitsBenchmarks(options)],
];

/** Metric columns, in display order: [key, header, formatter]. */
const COLUMNS = [
  ["opsPerSec", "ops/s", (v) => Math.round(v).toLocaleString("en-US")],
  ["meanMicros", "µs/op", (v) => v.toFixed(1)],
  ["rps", "req/s", (v) => Math.round(v).toLocaleString("en-US")],
  ["p50Ms", "p50 ms", (v) => String(v)],
  ["p99Ms", "p99 ms", (v) => String(v)],
  ["rampP99Ms", "p99 ms, ramp-up too", (v) => String(v)],
  ["ratio", "× ceiling", (v) => v.toFixed(2)],
  ["p99Ratio", "p99 × ceiling", (v) => v.toFixed(2)],
  ["vs", "ceiling", String],
  ["rssMB", "peak RSS MB", (v) => v.toFixed(0)],
  ["bad", "bad answers", String],
  ["statements", "statements", (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1))],
  ["roundTrips", "round trips", (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1))],
  ["rowsRead", "rows read", (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1))],
  ["rowsReturned", "rows returned", (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1))],
  ["writes", "writes", String],
  ["upstream", "upstream requests", String],
  ["ms", "ms", (v) => v.toFixed(0)],
  ["note", "note", String],
];

const cell = (v) => String(v).replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(rows) {
  const out = [];
  const sections = [...new Set(rows.map((r) => r.section))];
  for (const section of sections) {
    const mine = rows.filter((r) => r.section === section);
    const cols = COLUMNS.filter(([key]) => mine.some((r) => r[key] !== undefined && r[key] !== null));
    const hasError = mine.some((r) => r.error);
    out.push(`### ${section}`, "");
    const headers = ["format", "operation", ...cols.map((c) => c[1]), ...(hasError ? ["error"] : [])];
    const aligns = [
      "---",
      "---",
      ...cols.map(([key]) => (key === "note" || key === "vs" ? "---" : "---:")),
      ...(hasError ? ["---"] : []),
    ];
    out.push(`| ${headers.join(" | ")} |`, `|${aligns.join("|")}|`);
    for (const r of mine) {
      const values = cols.map(([key, , fmt]) =>
        r[key] === undefined || r[key] === null ? "" : cell(fmt(r[key])),
      );
      const line = [
        cell(r.format),
        cell(r.operation),
        ...values,
        ...(hasError ? [r.error ? cell(r.error) : ""] : []),
      ];
      out.push(`| ${line.join(" | ")} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

async function main() {
  const budgetMs = Number(process.env.BENCH_BUDGET_MS) || 1000;
  const only = (process.env.BENCH_SECTIONS || "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const root = join(__dirname, "..");
  const missing = ["packages/core/dist", "apps/sandbox/dist", "apps/api/dist"].filter(
    (d) => !existsSync(join(root, d)),
  );
  if (missing.length)
    process.stderr.write(
      `bench: ${missing.join(", ")} missing: run \`npm run build\` first (those sections will report errors)\n`,
    );
  const rows = [];
  const sections = {};
  const began = Date.now();
  const loadBefore = loadavg().map((n) => Math.round(n * 100) / 100);
  for (const [name, run] of SECTIONS) {
    if (only.length && !only.includes(name)) continue;
    const sectionBegan = Date.now();
    process.stderr.write(`bench: ${name}…\n`);
    try {
      const result = await run({ budgetMs });
      const sectionRows = Array.isArray(result) ? result : result.rows;
      rows.push(...sectionRows.map((r) => ({ ...r, section: r.section || name })));
      sections[name] = {
        ms: Date.now() - sectionBegan,
        ...(Array.isArray(result) ? {} : { meta: result.meta }),
      };
    } catch (error) {
      rows.push({
        section: name,
        format: "-",
        operation: "-",
        error: String(error && error.message ? error.message : error),
      });
      sections[name] = {
        ms: Date.now() - sectionBegan,
        error: String(error && error.message ? error.message : error),
      };
    }
  }
  const result = {
    at: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    cpus: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    budgetMs,
    totalMs: Date.now() - began,
    // The 1/5/15-minute load averages before and after: a busy machine lowers every number.
    loadAverage: { before: loadBefore, after: loadavg().map((n) => Math.round(n * 100) / 100) },
    sections,
    rows,
  };
  result.targets = evaluateTargets(result);
  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(join(__dirname, "results", "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${table(rows)}\n${targetsTable(result.targets)}\n`);
}

if (require.main === module)
  main()
    .catch((error) => {
      process.stderr.write(`bench: ${error && error.message ? error.message : error}\n`);
    })
    .finally(() => {
      process.exitCode = 0;
    });

module.exports = { table };
