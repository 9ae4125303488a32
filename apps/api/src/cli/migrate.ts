import { ConfigError, loadConfig } from "../config";
import { createDataSource, runMigrationsLocked } from "../db/data-source";

/**
 * `npm run migrate` (the image's migration job): applies pending migrations under the same Postgres
 * advisory lock the server takes at boot, so any number of these and of booting replicas never race.
 * Needs only DATABASE_URL (without it: the embedded PGlite under LOCKERKIT_DATA_DIR).
 */
async function main(): Promise<number> {
  // The job migrates; it needs none of the server's DigiLocker settings, so the production check is the server's.
  const config = loadConfig(process.env, { checkProduction: false });
  const dataSource = await createDataSource(config).initialize();
  try {
    const applied = await runMigrationsLocked(dataSource, Boolean(config.databaseUrl));
    console.log(
      applied.length
        ? `applied ${applied.length} migration(s): ${applied.join(", ")}`
        : "database is up to date: no pending migration",
    );
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(
      error instanceof ConfigError ? `migrate: ${error.message}` : `migrate: failed: ${error.message}`,
    );
    process.exit(1);
  },
);
