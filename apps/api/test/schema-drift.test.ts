import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaSdl } from "../src/scripts/print-schema";

const root = join(__dirname, "..");

describe("committed generated files", () => {
  it("schema.graphql matches the schema the server builds (run `npm run schema`)", () => {
    expect(readFileSync(join(root, "schema.graphql"), "utf8")).toBe(schemaSdl());
  });

  it("test/gql matches GraphQL Code Generator's output (run `npm run codegen -w @lockerkit/api`)", () => {
    const bin = join(root, "..", "..", "node_modules", ".bin", "graphql-codegen");
    // --check exits non-zero when the generated files would change.
    expect(() => execFileSync(bin, ["--config", "codegen.ts", "--check"], { cwd: root, stdio: "pipe" })).not.toThrow();
  });
});
