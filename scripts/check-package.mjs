// Checks a publishable workspace package as a consumer meets it: `npm pack --dry-run` lists only
// dist/, README.md and package.json, and the packed files type-check in fresh consumer projects with
// `moduleResolution: bundler` and `node16` (ESM and CommonJS). Usage:
//   node scripts/check-package.mjs packages/client [consumer source, ESM] [dependency dirs…]
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const tsc = require.resolve("typescript/bin/tsc");

const packed = new Map();

/** The files `npm pack` would publish, relative to the package (asked once per package: npm is slow to start). */
export function packedFiles(pkgDir) {
  if (!packed.has(pkgDir)) packed.set(pkgDir, npmPackDryRun(pkgDir));
  return packed.get(pkgDir);
}

function npmPackDryRun(pkgDir) {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: pkgDir,
    encoding: "utf8",
  });
  return JSON.parse(out)[0]
    .files.map((f) => f.path)
    .sort();
}

/** Files outside dist/, README.md and package.json (should be none). */
export function unexpectedFiles(files) {
  return files.filter((f) => !f.startsWith("dist/") && f !== "README.md" && f !== "package.json");
}

function install(pkgDir, nodeModules) {
  const manifest = require(join(pkgDir, "package.json"));
  const target = join(nodeModules, ...manifest.name.split("/"));
  mkdirSync(target, { recursive: true });
  for (const file of packedFiles(pkgDir)) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(pkgDir, file), join(target, file));
  }
}

/**
 * Type-checks `source` (an ESM consumer) in four fresh projects: bundler, node16 ESM, node16 CommonJS
 * (the same source, compiled as CJS), each with only the packed files installed (plus `links`:
 * node_modules packages symlinked from the repo, e.g. react's types). Returns tsc's output per mode.
 * The three tsc runs are independent and run side by side.
 */
export async function typecheckConsumers(pkgDirs, source, links = []) {
  const dir = mkdtempSync(join(tmpdir(), "lk-consumer-"));
  const results = {};
  try {
    const nodeModules = join(dir, "node_modules");
    for (const pkgDir of pkgDirs) install(resolve(root, pkgDir), nodeModules);
    for (const link of links) {
      mkdirSync(dirname(join(nodeModules, link)), { recursive: true });
      symlinkSync(join(root, "node_modules", link), join(nodeModules, link), "dir");
    }
    const modes = {
      bundler: { type: "module", compilerOptions: { module: "ESNext", moduleResolution: "bundler" } },
      "node16-esm": { type: "module", compilerOptions: { module: "node16", moduleResolution: "node16" } },
      "node16-cjs": { type: "commonjs", compilerOptions: { module: "node16", moduleResolution: "node16" } },
    };
    const checks = Object.entries(modes).map(async ([mode, { type, compilerOptions }]) => {
      const project = join(dir, mode);
      mkdirSync(project);
      symlinkSync(nodeModules, join(project, "node_modules"), "dir");
      writeFileSync(
        join(project, "package.json"),
        JSON.stringify({ name: `consumer-${mode}`, private: true, type }),
      );
      writeFileSync(
        join(project, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            ...compilerOptions,
            target: "ES2022",
            lib: ["ES2023", "DOM"],
            jsx: "react-jsx",
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ["index.tsx"],
        }),
      );
      // CommonJS consumers can only `import` the package through the require condition.
      writeFileSync(join(project, "index.tsx"), source);
      try {
        await promisify(execFile)(process.execPath, [tsc, "-p", project], { encoding: "utf8" });
        results[mode] = "";
      } catch (error) {
        results[mode] = `${error.stdout ?? ""}${error.stderr ?? ""}` || String(error);
      }
    });
    await Promise.all(checks);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // node scripts/check-package.mjs <pkgDir> [--consumer file.tsx] [--with <pkgDir>]… [--link <node_modules name>]…
  const [pkgArg, ...rest] = process.argv.slice(2);
  const option = (name) => rest.flatMap((arg, i) => (arg === name ? [rest[i + 1]] : []));
  const pkgDir = resolve(root, pkgArg);
  const files = packedFiles(pkgDir);
  console.log(`npm pack --dry-run: ${files.join(" ")}`);
  let failed = false;
  const extra = unexpectedFiles(files);
  if (extra.length || !files.includes("README.md") || !files.some((f) => f.startsWith("dist/"))) {
    console.error(`FAIL pack: unexpected ${extra.join(", ") || "-"}; README.md and dist/ are required`);
    failed = true;
  }
  for (const consumer of option("--consumer")) {
    const source = readFileSync(resolve(consumer), "utf8");
    const results = await typecheckConsumers([pkgArg, ...option("--with")], source, option("--link"));
    for (const [mode, output] of Object.entries(results)) {
      console.log(`${output ? "FAIL" : "ok"} consumer ${mode}${output ? `\n${output}` : ""}`);
      if (output) failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}
