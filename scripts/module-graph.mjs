#!/usr/bin/env node
// `npm run graph:check`: prints the import graph of apps/api/src between its units (a top-level folder,
// one unit per module in modules/, graphql/ split into plumbing and the schema assembly) and checks it
// against the declared layer order (docs/architecture.md explains it). Reads import lines as text; no build.
// Fails (exit 1) on an arrow from a lower layer to a higher one, on a cycle between units, on a file
// outside modules/ that reaches past a module's index.ts, or on a unit no layer declares.
// `--files` also lists, under each arrow, the files that make it.
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(root, "apps/api/src");
const showFiles = process.argv.includes("--files");

/** Low → high. A unit may import units of its own layer or below; cycles are reported separately. */
const LAYERS = [
  ["config", "logger", "trust", "util", "errors", "crypto", "db"],
  // Resolver plumbing: principal, context (open Services/Loaders registries), relay, audited, session scope, limits.
  ["graphql"],
  ["observability"],
  ["modules/tenants", "modules/webhooks", "modules/audit"],
  ["modules/sessions"],
  ["modules/aadhaar"],
  ["modules/documents"],
  ["modules/profile", "modules/pull", "modules/uploaded-documents"],
  ["modules/receipts", "modules/health"],
  ["modules/consent"],
  ["modules/consent-status"],
  // Assembly and transports: the schema and loaders from the modules' indexes, HTTP, background jobs.
  ["graphql/assembly", "http", "jobs"],
  ["cli", "scripts"],
  ["server"],
  ["main"],
];
const ASSEMBLY = new Set(["graphql/schema.ts", "graphql/apollo-server.ts", "graphql/subscriptions.ts"]);
const TOP_LEVEL = {
  "server.ts": "server",
  "main.ts": "main",
  "index.ts": "main",
  "config.ts": "config",
  "logger.ts": "logger",
  "trust.ts": "trust",
};

const rank = new Map(LAYERS.flatMap((units, i) => units.map((unit) => [unit, i])));

function unitOf(file) {
  const parts = file.split("/");
  if (parts.length === 1) return TOP_LEVEL[file] ?? file.replace(/\.ts$/, "");
  if (parts[0] === "modules") return `modules/${parts[1]}`;
  if (parts[0] === "graphql" && ASSEMBLY.has(file)) return "graphql/assembly";
  return parts[0];
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveSpecifier(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const STATIC = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']/gm;
const SIDE_EFFECT = /^\s*import\s*["']([^"']+)["']/gm;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;

/** Every relative import of a file: its target and whether only types cross it. */
function importsOf(text) {
  const found = [];
  for (const m of text.matchAll(STATIC)) {
    const names = /\{([^}]*)\}/.exec(m[3]);
    const typeOnly =
      Boolean(m[2]) ||
      Boolean(
        names &&
        !/^\s*\*/.test(m[3]) &&
        names[1]
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean)
          .every((n) => n.startsWith("type ")),
      );
    found.push({ specifier: m[4], typeOnly });
  }
  for (const m of text.matchAll(SIDE_EFFECT)) found.push({ specifier: m[1], typeOnly: false });
  for (const m of text.matchAll(DYNAMIC)) found.push({ specifier: m[1], typeOnly: false });
  return found.filter((i) => i.specifier.startsWith("."));
}

// edges: from unit → to unit → { typeOnly, files: Set }
const edges = new Map();
const deepImports = [];
const files = walk(SRC);
for (const path of files) {
  const file = relative(SRC, path);
  const from = unitOf(file);
  for (const { specifier, typeOnly } of importsOf(readFileSync(path, "utf8"))) {
    const target = resolveSpecifier(path, specifier);
    if (!target || !target.startsWith(SRC)) continue;
    const targetFile = relative(SRC, target);
    const to = unitOf(targetFile);
    if (to === from) continue;
    // Outside modules/, a module is reached through its index.ts only.
    if (to.startsWith("modules/") && !from.startsWith("modules/") && targetFile !== `${to}/index.ts`) {
      deepImports.push(`${file} → ${targetFile}`);
    }
    const byTarget = edges.get(from) ?? new Map();
    edges.set(from, byTarget);
    const edge = byTarget.get(to) ?? { typeOnly: true, files: new Set() };
    edge.typeOnly &&= typeOnly;
    edge.files.add(`${file} → ${targetFile}`);
    byTarget.set(to, edge);
  }
}

const units = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])])];
const undeclared = units.filter((unit) => !rank.has(unit));
const upward = [];
for (const [from, byTarget] of edges) {
  for (const [to, edge] of byTarget) {
    if (rank.has(from) && rank.has(to) && rank.get(to) > rank.get(from)) upward.push({ from, to, edge });
  }
}

/** Strongly connected components with more than one unit (Tarjan). */
function cycles() {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  const visit = (unit) => {
    state.set(unit, { index, low: index, onStack: true });
    index += 1;
    stack.push(unit);
    for (const next of edges.get(unit)?.keys() ?? []) {
      if (!state.has(next)) {
        visit(next);
        state.get(unit).low = Math.min(state.get(unit).low, state.get(next).low);
      } else if (state.get(next).onStack) {
        state.get(unit).low = Math.min(state.get(unit).low, state.get(next).index);
      }
    }
    if (state.get(unit).low === state.get(unit).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const unit of units.sort()) if (!state.has(unit)) visit(unit);
  return found;
}
const loops = cycles();

const label = (to, edge) => (edge.typeOnly ? `${to} (types)` : to);
console.log(
  `apps/api/src import graph: ${files.length} files; layers low → high, arrows to the units each imports\n`,
);
LAYERS.forEach((layer, i) => {
  for (const unit of layer) {
    const byTarget = edges.get(unit);
    if (!byTarget && !units.includes(unit)) continue;
    const targets = [...(byTarget ?? new Map())].sort(
      ([a], [b]) => (rank.get(b) ?? 99) - (rank.get(a) ?? 99) || a.localeCompare(b),
    );
    console.log(
      `${String(i + 1).padStart(2)} ${unit.padEnd(26)} → ${targets.map(([to, edge]) => label(to, edge)).join(", ") || "(nothing)"}`,
    );
    if (showFiles) for (const [, edge] of targets) for (const f of edge.files) console.log(`      ${f}`);
  }
});

const problems = [];
for (const unit of undeclared)
  problems.push(`undeclared unit ${unit} (add it to LAYERS in scripts/module-graph.mjs)`);
for (const { from, to, edge } of upward) {
  problems.push(`upward arrow ${from} → ${label(to, edge)}:\n      ${[...edge.files].join("\n      ")}`);
}
for (const loop of loops) problems.push(`cycle between ${loop.join(", ")}`);
for (const deep of deepImports) problems.push(`past a module's index: ${deep}`);
if (problems.length === 0) {
  console.log("\nno upward arrow, no cycle, every module reached through its index");
} else {
  console.log(`\n${problems.length} violation(s):`);
  for (const problem of problems) console.log(`  - ${problem}`);
  process.exitCode = 1;
}
