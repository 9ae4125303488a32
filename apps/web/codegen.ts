import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the operator console's own operations (secret key), generated from the API's
// committed schema and run through @lockerkit/client's `request()` (one transport, one error type). The
// demo's operations live in @lockerkit/client. `npm run codegen -w @lockerkit/web` rewrites src/gql; the
// output is committed.
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  // The typed-document fragment is the client package's, so the console renders what the demo renders.
  documents: [
    "src/**/*.{ts,tsx}",
    "!src/gql/**",
    "../../packages/client/src/operations/typed-document.graphql",
  ],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      config: {
        // Plain strings instead of DocumentNode ASTs: @lockerkit/client posts them as they are, so the
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
