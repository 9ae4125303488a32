// The architecture guards in eslint.config.mjs fail on planted violations (and stay quiet on the allowed
// form of each). Planted files do not exist on disk, so type-aware parsing is switched off here; the
// boundaries are syntactic and need no types.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: path.join(root, "eslint.config.mjs"),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/no-misused-promises": "off",
      "@typescript-eslint/await-thenable": "off",
    },
  },
});

/** Rule ids reported for `code` as if it were the file at `file` (relative to the repository root). */
async function ruleIds(file, code) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  assert.equal(result.fatalErrorCount, 0, JSON.stringify(result.messages));
  return result.messages.map((m) => m.ruleId);
}

const cases = [
  {
    name: "a module importing jobs/",
    file: "apps/api/src/modules/planted/planted.service.ts",
    code: 'import { purge } from "../../jobs/purge.job";\nexport const p = purge;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "a module in a subfolder importing jobs/",
    file: "apps/api/src/modules/planted/deep/planted.ts",
    code: 'export { REVOKE_KIND } from "../../../jobs/revoke.worker";\n',
    rule: "no-restricted-imports",
  },
  {
    name: "aad imported from consent.service",
    file: "apps/api/src/jobs/planted.job.ts",
    code: 'import { aad } from "../modules/consent/consent.service";\nexport const a = aad;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "SQL in a service",
    file: "apps/api/src/modules/planted/planted.service.ts",
    code: "export const rows = (db: { query(sql: string): unknown }) => db.query('SELECT 1');\n",
    rule: "no-restricted-syntax",
  },
  {
    name: "SQL in a job",
    file: "apps/api/src/jobs/planted.job.ts",
    code: "export async function run(m: { query(sql: string): Promise<unknown> }) { await m.query('DELETE FROM x'); }\n",
    rule: "no-restricted-syntax",
  },
  {
    name: "core importing an app by package name",
    file: "packages/core/src/planted.ts",
    code: 'import { createSandbox } from "@lockerkit/sandbox";\nexport const s = createSandbox;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "core importing an app by path",
    file: "packages/core/src/planted/planted.ts",
    code: 'export * from "../../../../apps/api/src/errors/error-codes";\n',
    rule: "no-restricted-imports",
  },
  {
    name: "web importing core's sources by path",
    file: "apps/web/src/components/Planted.tsx",
    code: 'import { verifyKycReceipt } from "../../../../packages/core/src/receipts/index.ts";\nexport const v = verifyKycReceipt;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "web importing the API's sources by path",
    file: "apps/web/src/Planted.tsx",
    code: 'import { ERROR_CODES } from "../../api/src/errors/error-codes";\nexport const e = ERROR_CODES;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "web importing @lockerkit/core",
    file: "apps/web/src/lib/planted.ts",
    code: 'import { parseAadhaarXml } from "@lockerkit/core";\nexport const p = parseAadhaarXml;\n',
    rule: "no-restricted-imports",
  },
];

for (const c of cases) {
  test(`fails on ${c.name}`, async () => {
    assert.ok((await ruleIds(c.file, c.code)).includes(c.rule), `${c.rule} should report ${c.file}`);
  });
}

const allowed = [
  {
    name: "SQL in a repository",
    file: "apps/api/src/modules/planted/planted.repository.ts",
    code: "export const rows = (db: { query(sql: string): unknown }) => db.query('SELECT 1');\n",
  },
  {
    name: "SQL in db/",
    file: "apps/api/src/db/planted.ts",
    code: "export const rows = (db: { query(sql: string): unknown }) => db.query('SELECT 1');\n",
  },
  {
    name: "a module importing plumbing",
    file: "apps/api/src/modules/planted/planted.service.ts",
    code: 'import { ERROR_CODES } from "../../errors/error-codes";\nimport { ConsentService } from "../consent/consent.service";\nexport const e = [ERROR_CODES, ConsentService];\n',
  },
  {
    name: "a job importing a module",
    file: "apps/api/src/jobs/planted.job.ts",
    code: 'import { PurgeService } from "../modules/purge/purge.service";\nexport const p = PurgeService;\n',
  },
  {
    name: "web importing its client packages and its own folders",
    file: "apps/web/src/components/Planted.tsx",
    code: 'import { LockerKit } from "@lockerkit/client";\nimport { useLockerKit } from "@lockerkit/react";\nimport { graphql } from "../gql";\nimport { config } from "../api/config";\nexport const x = [LockerKit, useLockerKit, graphql, config];\n',
  },
];

for (const c of allowed) {
  test(`allows ${c.name}`, async () => {
    assert.deepEqual(await ruleIds(c.file, c.code), []);
  });
}
