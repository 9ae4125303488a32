import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "../../..");

// Needs the build (turbo runs `build` before this package's `test`).
test("npm pack lists only dist, README.md and package.json; the types check with bundler and node16 (ESM, CJS)", () => {
  const out = execFileSync(
    process.execPath,
    ["scripts/check-package.mjs", "packages/client", "--consumer", "packages/client/test/consumer/index.tsx"],
    { cwd: root, encoding: "utf8" },
  );
  expect(out).toMatch(/ok consumer bundler/);
  expect(out).toMatch(/ok consumer node16-esm/);
  expect(out).toMatch(/ok consumer node16-cjs/);
  const files = out.split("\n")[0]!.replace("npm pack --dry-run: ", "").split(" ");
  expect(files.filter((f) => !f.startsWith("dist/") && f !== "README.md" && f !== "package.json")).toEqual(
    [],
  );
  expect(files).toEqual(
    expect.arrayContaining([
      "README.md",
      "package.json",
      "dist/esm/index.js",
      "dist/cjs/index.js",
      "dist/esm/index.d.ts",
      "dist/cjs/index.d.ts",
    ]),
  );
});
