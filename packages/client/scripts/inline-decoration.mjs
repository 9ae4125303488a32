// The generated TypedDocumentString implements @graphql-typed-document-node/core's
// DocumentTypeDecoration, a one-member interface. Declaring it in place keeps the published .d.ts free
// of that import (and of its `graphql` peer): consumers install nothing but this package.
import { readFileSync, writeFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, "utf8");
  const inlined = text.replace(
    /import type \{ DocumentTypeDecoration \} from '@graphql-typed-document-node\/core';/,
    "/** Structurally @graphql-typed-document-node/core's DocumentTypeDecoration (Apollo Client, urql). */\n" +
      "export interface DocumentTypeDecoration<TResult, TVariables> { __apiType?: (variables: TVariables) => TResult; }",
  );
  writeFileSync(file, inlined);
}
