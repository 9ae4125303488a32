import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the demo app, generated from the API's committed schema (the app knows nothing
// else of the API). `npm run codegen -w @lockerkit/web` rewrites src/gql; the output is committed.
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      config: {
        // Plain strings instead of DocumentNode ASTs: the fetch client posts them as they are, so the
        // bundle needs no `graphql` runtime.
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: "string", JSON: "unknown", SafeInt: "number" },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
