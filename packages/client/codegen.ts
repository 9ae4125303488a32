import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents from the API's committed schema (the client knows nothing else of the API).
// `npm run codegen -w @lockerkit/client` rewrites src/generated; the output is committed.
const config: CodegenConfig = {
  schema: "../../apps/api/schema.graphql",
  documents: ["src/operations/*.graphql"],
  generates: {
    "src/generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        // Plain strings instead of DocumentNode ASTs: posted as they are, so no `graphql` runtime.
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTimeISO: "string", JSON: "unknown", SafeInt: "number" },
      },
    },
  },
  hooks: { afterOneFileWrite: ["node scripts/inline-decoration.mjs"] },
};

export default config;
