import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPGliteInstance } from "typeorm-pglite";
import { openDatabase } from "../../src/db/data-source";

/** Where the seed lives for this run; set before jest starts its workers, so they inherit it. */
export const PGLITE_SEED_VARIABLE = "LOCKERKIT_TEST_PGLITE_SEED";

/**
 * Jest global setup. On PGlite (no DATABASE_URL) every test stack would run initdb and every
 * migration in a new in-memory cluster (≈ 3 s each, most of the suite's time): instead, one
 * migrated cluster is dumped once per run, and each stack starts from that dump (`pgliteSeed`).
 */
export default async function createPGliteSeed(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const dataSource = await openDatabase({ databaseUrl: undefined, pgliteDir: null });
  try {
    const dump = await (await getPGliteInstance()).dumpDataDir("none");
    const dir = mkdtempSync(join(tmpdir(), "lockerkit-pglite-seed-"));
    const file = join(dir, "migrated.tar");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    process.env[PGLITE_SEED_VARIABLE] = file;
  } finally {
    await dataSource.destroy();
  }
}

/** The seed for a server on in-memory PGlite, when the run made one. */
export function pgliteSeed(): string | undefined {
  return process.env[PGLITE_SEED_VARIABLE];
}

export function removePGliteSeed(): void {
  const file = pgliteSeed();
  if (file) rmSync(join(file, ".."), { recursive: true, force: true });
}
