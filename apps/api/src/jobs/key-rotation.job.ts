import type { DataSource } from "typeorm";
import type { EncryptionService } from "../crypto/encryption.service";
import type { SealedColumn } from "../db/sealed-column";
import { SealedColumnRepository } from "../db/sealed-column.repository";
import * as aadhaar from "../modules/aadhaar";
import * as documents from "../modules/documents";
import * as sessions from "../modules/sessions";
import * as tenants from "../modules/tenants";
import * as webhooks from "../modules/webhooks";

/** Every sealed column, as the repositories that store them declare it. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  ...sessions.sealedColumns,
  ...documents.sealedColumns,
  ...aadhaar.sealedColumns,
  ...webhooks.sealedColumns,
  ...tenants.sealedColumns,
];

/**
 * `npm run keys -- rotate`: re-encrypts every value not under the current key. Each write is a
 * compare-and-swap on the old ciphertext, so a row changed meanwhile is never overwritten with stale
 * data (it already carries the current key). Old keys keep decrypting throughout.
 */
export async function rotateKeys(
  dataSource: DataSource,
  crypto: EncryptionService,
  batch = 200,
): Promise<number> {
  const sealed = new SealedColumnRepository(dataSource);
  let rewritten = 0;
  for (const c of SEALED_COLUMNS) {
    for (;;) {
      const rows = await sealed.notUnderKey(c, crypto.currentKeyId, batch);
      for (const row of rows)
        rewritten += await sealed.swap(c, row.k, row.v, crypto.reencrypt(row.v, c.aad(row)));
      if (rows.length < batch) break;
    }
  }
  return rewritten;
}
