import type { DataSource } from "typeorm";
import type { EncryptionService } from "../crypto/encryption.service";
import type { SealedColumn } from "../db/sealed-column";
import { SealedColumnRepository } from "../db/sealed-column.repository";
import { sealedColumns as kycColumns } from "../modules/aadhaar/aadhaar-kyc.repository";
import { sealedColumns as contentColumns } from "../modules/documents/document-content.repository";
import { sealedColumns as documentColumns } from "../modules/documents/issued-document.repository";
import { sealedColumns as sessionColumns } from "../modules/sessions/consent-session.repository";
import { sealedColumns as outboxColumns } from "../modules/sessions/outbox.repository";
import { sealedColumns as tenantColumns } from "../modules/tenants/tenant.repository";
import { sealedColumns as webhookColumns } from "../modules/webhooks/webhook-endpoint.repository";

/** Every sealed column, as the repositories that store them declare it. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  ...sessionColumns,
  ...documentColumns,
  ...contentColumns,
  ...kycColumns,
  ...outboxColumns,
  ...webhookColumns,
  ...tenantColumns,
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
