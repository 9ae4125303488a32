import { ConfigError, loadConfig } from "../config";
import { SchemaStatusRepository } from "../db/schema-status.repository";
import {
  type CheckResult,
  credentialsAccepted,
  databaseMigrated,
  encryptionKeys,
  hostReachable,
  keysCoverStoredData,
  openDatabaseReadOnly,
  productionSettings,
  tenantCredentials,
  trustStoreLoaded,
} from "./doctor-checks";

/**
 * `npm run doctor`: checks a live configuration without a user — DigiLocker reachable, the partner
 * credentials accepted, the trust store, the database migrated, the encryption keys. One PASS/FAIL
 * line per check; exit 1 when any check fails, 2 when the configuration cannot even be read.
 */
export async function runDoctor(
  env: NodeJS.ProcessEnv = process.env,
  out: (line: string) => void = console.log,
): Promise<number> {
  const results: CheckResult[] = [];
  const report = (result: CheckResult) => {
    results.push(result);
    out(`${result.ok ? "PASS" : "FAIL"}  ${result.name}: ${result.detail}`);
    for (const line of result.lines ?? []) out(`        ${line}`);
  };

  let config;
  try {
    // Production's refusals are reported as a check of their own, not as a crash.
    config = loadConfig(env, { checkProduction: false });
  } catch (error) {
    out(`FAIL  configuration: ${error instanceof ConfigError ? error.message : String(error)}`);
    return 2;
  }
  report({ name: "configuration", ok: true, detail: `NODE_ENV=${config.env}` });
  if (config.env === "production") report(productionSettings(config));

  report(await hostReachable(config));
  report(
    await credentialsAccepted("client credentials", config, {
      clientId: config.digilockerClientId,
      clientSecret: config.digilockerClientSecret,
    }),
  );
  report(trustStoreLoaded(config));
  const keys = encryptionKeys(config);
  report(keys.result);

  const { result: dbFailure, dataSource } = await openDatabaseReadOnly(config);
  if (dbFailure) report(dbFailure);
  if (dataSource) {
    try {
      const status = new SchemaStatusRepository(dataSource);
      const migrated = await databaseMigrated(config, status);
      report(migrated);
      if (migrated.ok) {
        if (keys.crypto) report(await keysCoverStoredData(status, keys.keyIds));
        for (const result of await tenantCredentials(config, status, keys.crypto)) report(result);
      }
    } catch (error) {
      report({ name: "database", ok: false, detail: `query failed: ${(error as Error).message}` });
    } finally {
      await dataSource.destroy().catch(() => undefined);
    }
  }

  const failed = results.filter((r) => !r.ok).length;
  out(failed ? `\n${failed} of ${results.length} checks failed.` : `\nAll ${results.length} checks passed.`);
  return failed ? 1 : 0;
}

if (require.main === module) {
  runDoctor().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`doctor: failed: ${error.message}`);
      process.exit(2);
    },
  );
}
