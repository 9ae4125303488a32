import { createDatabase, type Database } from "@lockerkit/testkit";

/**
 * A database for this run on the shared server (127.0.0.1:5432), dropped at the end; databases left
 * by a run that was killed outright (its pid is gone) are dropped first.
 */
export function createRunDatabase(
  adminUrl = process.env.RELIABILITY_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
): Promise<Database> {
  return createDatabase({ adminUrl, prefix: "lk_rel", reapStale: true });
}
