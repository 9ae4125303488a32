// `npm run bench`: runs every benchmark section in one process, prints a Markdown table and writes
// bench/results/latest.json. Benchmarks report; they never fail the run. Add a section by exporting an
// async function returning rows ({ section, format, operation, opsPerSec, meanMicros } or { error }).
"use strict";
const { mkdirSync, writeFileSync } = require("node:fs");
const { cpus } = require("node:os");
const { join } = require("node:path");
const { runParsingBenchmarks } = require("./parsing");

const SECTIONS = [
  ["parsing", runParsingBenchmarks],
  ["sandbox", (options) => require("../apps/sandbox/bench").runSandboxBenchmarks(options)],
];

function table(rows) {
  const lines = ["| section | format | operation | ops/s | µs/op |", "|---|---|---|---:|---:|"];
  for (const row of rows) {
    const ops = row.error ? `error: ${row.error}` : Math.round(row.opsPerSec).toLocaleString("en-US");
    const micros = row.error ? "" : row.meanMicros.toFixed(1);
    lines.push(`| ${row.section} | ${row.format} | ${row.operation} | ${ops} | ${micros} |`);
  }
  return lines.join("\n");
}

async function main() {
  const budgetMs = Number(process.env.BENCH_BUDGET_MS) || 1000;
  const rows = [];
  for (const [name, run] of SECTIONS) {
    try {
      rows.push(...(await run({ budgetMs })));
    } catch (error) {
      rows.push({ section: name, format: "-", operation: "-", error: String(error && error.message ? error.message : error) });
    }
  }
  const result = {
    at: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    budgetMs,
    rows,
  };
  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(join(__dirname, "results", "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${table(rows)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error && error.message ? error.message : error}\n`);
}).finally(() => {
  process.exitCode = 0;
});
