import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { EncryptionService } from "../crypto/encryption.service";
import { SessionStatus } from "../db/entities/consent-session.entity";
import { AadhaarKycRepository } from "../modules/aadhaar";
import {
  ConsentSessionRepository,
  type OutboxRepository,
  enqueueRevoke,
  revokePayloadFor,
} from "../modules/sessions";
import { type WebhookEmitter, WebhookEventRepository } from "../modules/webhooks";

export interface PurgeResult {
  sessions: number;
  photos: number;
  /** KYC records uploaded with the secret key and no session, past the tenant's retention. */
  sessionlessKyc: number;
  pendingExpired: number;
  /** Delivered or failed webhook events (with their attempts) past the tenant's retention. */
  webhookEvents: number;
}

/**
 * Retention: erases what a finished session no longer needs once the tenant's retention period has
 * passed (tokens, documents, KYC records, photos), except under legal hold. Live grants are revoked
 * through the outbox. Work is claimed with SKIP LOCKED, so any number of replicas can run it.
 */
export class PurgeJob {
  private timer: NodeJS.Timeout | null = null;
  private readonly sessions: ConsentSessionRepository;
  private readonly kyc: AadhaarKycRepository;
  private readonly events: WebhookEventRepository;

  constructor(
    dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly crypto: EncryptionService,
    private readonly logger: Logger,
    private readonly webhooks: WebhookEmitter,
    /** Told of every finished run, scheduled or not (metrics). */
    private readonly onResult: (result: PurgeResult) => void = () => undefined,
  ) {
    this.sessions = new ConsentSessionRepository(dataSource);
    this.kyc = new AadhaarKycRepository(dataSource);
    this.events = new WebhookEventRepository(dataSource);
  }

  start(intervalMs = 10 * 60_000): void {
    this.timer = setInterval(
      () => void this.run().catch((error: Error) => this.logger.warn({ err: error.message }, "purge failed")),
      intervalMs,
    );
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(batch = 100): Promise<PurgeResult> {
    const result: PurgeResult = {
      sessions: 0,
      photos: 0,
      sessionlessKyc: 0,
      pendingExpired: 0,
      webhookEvents: 0,
    };
    // Each expiry and its consent.expired event commit together.
    result.pendingExpired = await this.sessions.inTransaction(async (manager) => {
      const expired = await this.sessions.expirePending(manager);
      for (const s of expired)
        await this.webhooks.emit(
          s.tenantId,
          "consent.expired",
          { sessionId: s.id, status: SessionStatus.EXPIRED },
          manager,
        );
      return expired.length;
    });
    if (result.pendingExpired) this.webhooks.flush();
    for (;;) {
      // A purged session's revoke is queued in the transaction that erased its tokens.
      const purged = await this.sessions.inTransaction(async (manager) => {
        const lapsed = await this.sessions.purgeLapsed(manager, batch);
        for (const session of lapsed) {
          const token = revokePayloadFor(this.crypto, session);
          if (token)
            await enqueueRevoke(this.outbox, this.crypto, manager, this.outbox.newId(), session.id, token);
        }
        return lapsed.length;
      });
      result.sessions += purged;
      if (purged < batch) break;
    }
    result.photos = await this.kyc.dropLapsedPhotos();
    result.sessionlessKyc = await this.kyc.deleteLapsedSessionless();
    // The delivery log is kept as long as the sessions it speaks of.
    result.webhookEvents = await this.events.deleteLapsed();
    if (Object.values(result).some((n) => n > 0)) this.logger.info(result, "purge done");
    this.onResult(result);
    return result;
  }
}
