import { ConfigError, loadConfig } from "../config";
import { loadOrCreateDevKeys } from "../crypto/dev-keys";
import { EncryptionService } from "../crypto/encryption.service";
import { openDatabase } from "../db/data-source";
import { rotateKeys } from "../jobs/key-rotation.job";

/**
 * `npm run keys -- rotate`: put the new key first in LOCKERKIT_ENCRYPTION_KEYS (keep the old ones
 * after it), restart the servers, then run this to re-encrypt stored values under the new key.
 */
async function main(argv: string[]): Promise<number> {
  if (argv[0] !== "rotate") {
    console.log("usage: npm run keys -- rotate");
    return 2;
  }
  const config = loadConfig();
  const crypto = EncryptionService.parse(config.encryptionKeys ?? loadOrCreateDevKeys(config.dataDir));
  const dataSource = await openDatabase(config);
  try {
    const count = await rotateKeys(dataSource, crypto);
    console.log(`re-encrypted ${count} values under key ${crypto.currentKeyId}`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error instanceof ConfigError ? `keys: ${error.message}` : `keys: failed: ${error.message}`);
    process.exit(2);
  },
);
