import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { printSchema } from "graphql";
import { buildAppSchema } from "../graphql/schema";

/** `npm run schema`: writes the sorted SDL that the web app and client generators build on. */
export function schemaSdl(): string {
  return `${printSchema(buildAppSchema())}\n`;
}

if (require.main === module) {
  const target = join(__dirname, "..", "..", "schema.graphql");
  writeFileSync(target, schemaSdl());
  console.log(`wrote ${target}`);
}
