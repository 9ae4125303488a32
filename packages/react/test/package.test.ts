import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "../../..");

// Needs the builds of both packages (turbo builds them before this package's `test`).
test("npm pack lists only dist, README.md and package.json; the types check with bundler and node16 (ESM, CJS)", () => {
  const out = execFileSync(
    process.execPath,
    [
      "scripts/check-package.mjs",
      "packages/react",
      "--consumer",
      "packages/react/test/consumer/index.tsx",
      "--with",
      "packages/client",
      "--link",
      "react",
      "--link",
      "@types/react",
    ],
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
      "dist/cjs/index.d.ts",
    ]),
  );
});
