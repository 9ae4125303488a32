// `node bench/readme.js`: rewrites the README's generated benchmark block (between the
// `<!-- bench:results:start -->` and `<!-- bench:results:end -->` markers) from bench/results/latest.json.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { table } = require("./run");
const { evaluateTargets, targetsTable } = require("./targets");

const README = join(__dirname, "..", "README.md");
const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

function targets(result) {
  const lines = [];
  const s = result.sections || {};
  const yes = (b) => (b ? "met" : "**not met**");
  const g = s.graphql && s.graphql.meta && s.graphql.meta.targets && s.graphql.meta.targets.documents;
  if (g) {
    lines.push(
      `- \`documents(first: 20)\` at 50 connections: ${g.throughputRatio} × the node:http + pg ceiling's throughput (target ≥ 0.5: ${yes(g.throughputMet)}); p99 ${g.p99Ratio} × the ceiling's (target ≤ 2: ${yes(g.p99Met)}).`,
    );
  }
  const d = s["db-cost"] && s["db-cost"].meta && s["db-cost"].meta.targets;
  if (d)
    lines.push(
      `- Statements per \`documents\` read independent of page size: ${yes(d.statementsIndependentOfPageSize)}; ≤ 4: ${yes(d.statementsAtMost4)}.`,
    );
  const up = result.rows.filter((r) => r.section === "upstream");
  const journey = up.find((r) => /total after the token exchange/.test(r.operation));
  if (journey && journey.upstream !== undefined)
    lines.push(
      `- KYC journey: ${journey.upstream} upstream requests after the token exchange (target ≤ 5: ${yes(journey.upstream <= 5)}).`,
    );
  const repeated = up.filter((r) => r.format === `100 reads` && r.upstream !== undefined);
  if (repeated.length)
    lines.push(
      `- 100 repeated reads: ${repeated.map((r) => `${r.operation} ${r.upstream}`).join(", ")} upstream requests (target 0: ${yes(repeated.every((r) => r.upstream === 0))}).`,
    );
  return lines;
}

function block(result) {
  const cfg =
    result.sections &&
    result.sections.graphql &&
    result.sections.graphql.meta &&
    result.sections.graphql.meta.configuration;
  return [
    START,
    `Latest run: ${result.at.slice(0, 10)}, Node ${result.node}, ${result.cpus} × ${result.cpu}, ${result.memoryGB} GB, BENCH_BUDGET_MS=${result.budgetMs}, ${Math.round(result.totalMs / 1000)} s in all; load average before/after ${result.loadAverage ? `${result.loadAverage.before[0]} / ${result.loadAverage.after[0]}` : "n/a"}.`,
    cfg
      ? `API configuration: NODE_ENV=${cfg.env}; rate limiter ${cfg.rateLimits ? "on (limits raised so it never refuses the load)" : "absent"}; Postgres 15; heap ${cfg.heap}.`
      : "",
    "",
    ...targets(result),
    "",
    targetsTable(evaluateTargets(result)),
    table(result.rows),
    END,
  ].join("\n");
}

const result = JSON.parse(readFileSync(join(__dirname, "results", "latest.json"), "utf8"));
const readme = readFileSync(README, "utf8");
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a < 0 || b < a) {
  process.stderr.write(`bench/readme.js: markers ${START} … ${END} not found in README.md\n`);
  process.exitCode = 1;
} else {
  writeFileSync(README, readme.slice(0, a) + block(result) + readme.slice(b + END.length));
  process.stdout.write("README.md benchmark block updated\n");
}
