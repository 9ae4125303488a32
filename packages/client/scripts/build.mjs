// ESM and CJS builds with plain tsc (no bundler: the package has no dependencies to bundle), each
// with its own .d.ts; dist/cjs/package.json marks that half CommonJS for Node and TypeScript (node16).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// Run from the package being built (this script also builds @lockerkit/react).
const root = process.cwd();
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const run = (...args) =>
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", ...args], {
    cwd: root,
    stdio: "inherit",
  });

rmSync(join(root, "dist"), { recursive: true, force: true });
run();
run("--module", "CommonJS", "--moduleResolution", "node10", "--outDir", "dist/cjs");
mkdirSync(join(root, "dist/esm"), { recursive: true });
writeFileSync(join(root, "dist/esm/package.json"), JSON.stringify({ type: "module" }) + "\n");
writeFileSync(join(root, "dist/cjs/package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
