import pino from "pino";
import { ConfigError, loadConfig } from "../config";
import { loadOrCreateDevKeys } from "../crypto/dev-keys";
import { EncryptionService } from "../crypto/encryption.service";
import { openDatabase } from "../db/data-source";
import { OutboxRepository } from "../modules/sessions";
import { PurgeJob } from "../jobs/purge.job";
import { WebhookEmitter, WebhookEventRepository } from "../modules/webhooks";

/** `npm run purge`: one retention pass now (the server also runs it on a timer). */
async function main(): Promise<void> {
  const config = loadConfig();
  const crypto = EncryptionService.parse(config.encryptionKeys ?? loadOrCreateDevKeys(config.dataDir));
  const dataSource = await openDatabase(config);
  try {
    // consent.expired events are queued here and delivered by the running servers' workers.
    const webhooks = new WebhookEmitter(new WebhookEventRepository(dataSource), () => undefined);
    const result = await new PurgeJob(
      dataSource,
      new OutboxRepository(dataSource),
      crypto,
      pino({ level: "warn" }),
      webhooks,
    ).run();
    console.log(
      `purged ${result.sessions} sessions, ${result.photos} photos, ${result.sessionlessKyc} session-less KYC records, ${result.webhookEvents} webhook events; expired ${result.pendingExpired} unanswered consents`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? `purge: ${error.message}` : `purge: failed: ${error.message}`);
  process.exit(2);
});
