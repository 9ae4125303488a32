import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the API's own integration tests, generated from the committed schema.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["test/**/*.ts", "!test/gql/**"],
  generates: {
    "test/gql/": {
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
