import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

// Boundaries (issue 17). scripts/lint-guards.test.mjs plants a violation of each and expects an error.
// `no-restricted-imports` blocks replace each other's options for a file, so every block states all the
// patterns that apply to its files.
const NO_JOBS = {
  regex: "^(\\.\\./)+jobs(/|$)",
  message: "modules/ never import jobs/: a job calls into modules, not the other way (docs/architecture.md).",
};
const NO_AAD_FROM_CONSENT = {
  regex: "(^|/)consent\\.service$",
  importNames: ["aad"],
  message: "AAD strings come from the owning module's session secrets, not from consent.service.",
};
const NO_APPS = {
  regex: "^(@lockerkit/(api|sandbox|web)(/|$)|(\\.\\./)+apps/)",
  message: "packages/core is the bottom layer: it never imports an app.",
};
const WEB_PACKAGES = {
  // core/receipts is the browser-safe receipt verifier: the demo plays the verifier on screen.
  regex: "^@lockerkit/(?!(client|react|core/receipts)(/|$))",
  message:
    "apps/web talks to the API through its generated client, @lockerkit/client and @lockerkit/react only (and verifies receipts with @lockerkit/core/receipts).",
};
/** A relative import that climbs out of apps/web/src from a file `depth` folders below it. */
const webEscape = (depth) => ({
  regex: `^(\\.\\./){${depth + 1},}`,
  message: "apps/web/src imports nothing outside itself by path (no apps/api, no packages/*/src).",
});
const restrict = (...patterns) => ["error", { patterns }];

// SQL only in repositories and db/.
const QUERY_CALL = {
  selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='query']",
  message: "SQL belongs in a repository (*repository.ts) or db/: call a repository method instead.",
};

const TYPED_SOURCES = ["apps/*/src/**/*.{ts,tsx}", "packages/*/src/**/*.{ts,tsx}"];

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "**/.data/**",
      "**/.turbo/**",
      "apps/api/test/gql/**",
      "apps/web/src/gql/**",
      "packages/client/src/generated/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "apps/web/src/**/*.{ts,tsx}",
      "packages/react/src/**/*.{ts,tsx}",
      "packages/react/test/consumer/**",
      "examples/*/src/**",
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  // Type-aware rules on shipped sources: the promise rules, where the bugs are. The rest of
  // recommendedTypeChecked reports style (unneeded assertions, async Apollo hooks without await).
  // React handlers passed as attributes are exempt: each catches its own failure.
  {
    files: TYPED_SOURCES,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },

  { files: ["apps/api/src/**/*.ts"], rules: { "no-restricted-imports": restrict(NO_AAD_FROM_CONSENT) } },
  {
    files: ["apps/api/src/modules/**/*.ts"],
    rules: { "no-restricted-imports": restrict(NO_AAD_FROM_CONSENT, NO_JOBS) },
  },
  { files: ["packages/core/src/**/*.ts"], rules: { "no-restricted-imports": restrict(NO_APPS) } },
  ...[0, 1, 2, 3, 4].map((depth) => ({
    files: [`apps/web/src/${"*/".repeat(depth)}*.{ts,tsx}`],
    rules: { "no-restricted-imports": restrict(WEB_PACKAGES, webEscape(depth)) },
  })),
  {
    files: ["apps/api/src/**/*.ts"],
    ignores: ["**/*repository.ts", "apps/api/src/db/**"],
    rules: { "no-restricted-syntax": ["error", QUERY_CALL] },
  },
);
