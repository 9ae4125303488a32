import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaSdl } from "../src/scripts/print-schema";
import { ERROR_DOC_TARGETS, errorCodesTypeScript, errorsMarkdown } from "../src/scripts/error-docs";

const root = join(__dirname, "..");

describe("committed generated files", () => {
  it("schema.graphql matches the schema the server builds (run `npm run schema`)", () => {
    expect(readFileSync(join(root, "schema.graphql"), "utf8")).toBe(schemaSdl());
  });

  it("docs/errors.md and the client's ErrorCode union match the catalogue (run `npm run errors:docs` after a build)", () => {
    expect(readFileSync(ERROR_DOC_TARGETS.markdown, "utf8")).toBe(errorsMarkdown());
    expect(readFileSync(ERROR_DOC_TARGETS.typescript, "utf8")).toBe(errorCodesTypeScript());
  });

  it("test/gql matches GraphQL Code Generator's output (run `npm run codegen -w @lockerkit/api`)", () => {
    const bin = join(root, "..", "..", "node_modules", ".bin", "graphql-codegen");
    // --check exits non-zero when the generated files would change.
    expect(() =>
      execFileSync(bin, ["--config", "codegen.ts", "--check"], { cwd: root, stdio: "pipe" }),
    ).not.toThrow();
  });
});
