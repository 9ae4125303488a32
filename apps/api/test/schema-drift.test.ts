import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaSdl } from "../src/scripts/print-schema";

describe("committed schema.graphql", () => {
  it("matches the schema the server builds (run `npm run schema` after changing types)", () => {
    const committed = readFileSync(join(__dirname, "..", "schema.graphql"), "utf8");
    expect(committed).toBe(schemaSdl());
  });
});
