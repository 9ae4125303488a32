import { DigiLockerError } from "@lockerkit/core";
import type { Logger } from "pino";
import type { EncryptionService } from "../crypto/encryption.service";
import {
  type OutboxRepository,
  type OutboxRow,
  REVOKE_KIND,
  revokeAad,
  type RevokeDelivery,
  type RevokePayload,
} from "../modules/sessions";
import type { DigiLockerClients } from "../modules/tenants";

/** Attempts per queued job before it is given up (about 15 h with the outbox's backoff). */
export const DEFAULT_OUTBOX_MAX_ATTEMPTS = 20;

/**
 * Delivers queued DigiLocker revokes until they succeed or `maxAttempts` is reached (then the job is
 * given up: logged, counted, its row kept); safe to run on every replica.
 */
export class RevokeWorker implements RevokeDelivery {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clients: DigiLockerClients,
    private readonly crypto: EncryptionService,
    private readonly logger: Logger,
    private readonly maxAttempts = DEFAULT_OUTBOX_MAX_ATTEMPTS,
    /** Told of every job given up (metrics). */
    private readonly onGiveUp: (kind: string) => void = () => undefined,
  ) {}

  start(intervalMs = 15_000): void {
    this.timer = setInterval(
      () =>
        void this.drain().catch((error: Error) =>
          this.logger.warn({ err: error.message }, "outbox drain failed"),
        ),
      intervalMs,
    );
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async drain(): Promise<void> {
    for (const row of await this.outbox.claimDue(20)) await this.deliver(row);
  }

  /** Tries one queued revoke now (right after it was queued); returns whether it is done. */
  async deliverNow(id: string): Promise<boolean> {
    const row = await this.outbox.claimOne(id);
    return row ? this.deliver(row) : false;
  }

  private async deliver(row: OutboxRow): Promise<boolean> {
    if (row.kind !== REVOKE_KIND) return false;
    const { token, hint, tenantId } = this.crypto.decryptJson<RevokePayload>(
      row.payload_enc,
      revokeAad(row.id),
    );
    try {
      // A token DigiLocker no longer knows (200, or 400 "The token is invalid") resolves: it is as revoked as it gets.
      await (await this.clients.forTenantId(tenantId)).revoke(token, hint);
    } catch (error) {
      const code = error instanceof DigiLockerError ? error.code : "unknown";
      if (row.attempts >= this.maxAttempts) {
        await this.outbox.giveUp(row.id, code);
        this.onGiveUp(row.kind);
        this.logger.error(
          { outboxId: row.id, attempts: row.attempts, upstream: code },
          "revoke given up after the maximum number of attempts",
        );
        return false;
      }
      await this.outbox.retryLater(row.id, row.attempts, code);
      this.logger.warn(
        { outboxId: row.id, attempts: row.attempts, upstream: code },
        "revoke failed; will retry",
      );
      return false;
    }
    await this.outbox.complete(row.id);
    return true;
  }
}
