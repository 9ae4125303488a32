import { ConfigError } from "../config";
import type { SchemaStatusRepository } from "../db/schema-status.repository";
import type { EncryptionService } from "./encryption.service";

/**
 * Boot check: a few stored values (live tokens, profiles, KYC records, tenant and webhook secrets)
 * must decrypt with the configured keys. A database restored without its keys, or a key replaced
 * under the same id, would otherwise serve errors or garbage for every session; this refuses to start
 * instead. Cheap: at most a handful of rows per column, one statement, decrypted in memory.
 */
export async function assertKeysReadStoredData(
  status: SchemaStatusRepository,
  crypto: EncryptionService,
): Promise<void> {
  const sample = await status.sampleEncryptedValues();
  const failed = sample.filter(({ value, aad }) => {
    try {
      crypto.decryptBytes(value, aad);
      return false;
    } catch {
      return true;
    }
  });
  if (!failed.length) return;
  const idsInData = [...new Set(failed.map(({ value }) => value.split(".")[1] ?? "?"))];
  const unknown = idsInData.filter((id) => !crypto.keyIds.includes(id));
  const why = unknown.length
    ? `they are encrypted under key id(s) ${unknown.join(", ")}, which LOCKERKIT_ENCRYPTION_KEYS does not hold`
    : `LOCKERKIT_ENCRYPTION_KEYS holds other key material under key id(s) ${idsInData.join(", ")}`;
  throw new ConfigError(
    `refusing to start: ${failed.length} of ${sample.length} sampled stored values do not decrypt with LOCKERKIT_ENCRYPTION_KEYS (${why}). ` +
      "Start with the keys this database was written with (a restored backup needs the keys of its time; keep old keys after a new one until `npm run keys -- rotate`).",
  );
}
