import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { EncryptionService } from "../crypto/encryption.service";
import { queryRows as rows } from "../db/query-rows";
import { deleteSessionData, ERASE_SESSION_SECRETS, type OutboxRepository, REVOKE_KIND, revokeAad, revokePayloadFor } from "../modules/sessions";
import type { WebhookEmitter } from "../modules/webhooks";

export interface PurgeResult {
  sessions: number;
  photos: number;
  /** KYC records uploaded with the secret key and no session, past the tenant's retention. */
  sessionlessKyc: number;
  pendingExpired: number;
  /** Delivered or failed webhook events (with their attempts) past the tenant's retention. */
  webhookEvents: number;
}

interface Candidate {
  id: string;
  tenant_id: string;
  status: string;
  access_token_enc: string | null;
  refresh_token_enc: string | null;
}

/**
 * Retention: erases what a finished session no longer needs once the tenant's retention period has
 * passed (tokens, documents, KYC records, photos), except under legal hold. Live grants are revoked
 * through the outbox. Work is claimed with SKIP LOCKED, so any number of replicas can run it.
 */
export class PurgeJob {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly crypto: EncryptionService,
    private readonly logger: Logger,
    private readonly webhooks: WebhookEmitter,
    /** Told of every finished run, scheduled or not (metrics). */
    private readonly onResult: (result: PurgeResult) => void = () => undefined,
  ) {}

  start(intervalMs = 10 * 60_000): void {
    this.timer = setInterval(() => void this.run().catch((error: Error) => this.logger.warn({ err: error.message }, "purge failed")), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(batch = 100): Promise<PurgeResult> {
    const result: PurgeResult = { sessions: 0, photos: 0, sessionlessKyc: 0, pendingExpired: 0, webhookEvents: 0 };
    // Each expiry and its consent.expired event commit together.
    result.pendingExpired = await this.dataSource.transaction(async (manager) => {
      const expired = rows<{ id: string; tenant_id: string }>(
        await manager.query(
          `UPDATE consent_sessions SET status = 'EXPIRED', pkce_verifier_enc = NULL, state_enc = NULL, authorize_options_enc = NULL, updated_at = now()
           WHERE status = 'PENDING' AND expires_at < now() RETURNING id, tenant_id`,
        ),
      );
      for (const s of expired) await this.webhooks.emit(s.tenant_id, "consent.expired", { sessionId: s.id, status: "EXPIRED" }, manager);
      return expired.length;
    });
    if (result.pendingExpired) this.webhooks.flush();
    for (;;) {
      const purged = await this.dataSource.transaction(async (manager) => {
        const candidates = rows<Candidate>(
          await manager.query(
            `SELECT s.id, s.tenant_id, s.status, s.access_token_enc, s.refresh_token_enc
             FROM consent_sessions s JOIN tenants t ON t.id = s.tenant_id
             WHERE s.purged_at IS NULL AND NOT s.legal_hold AND (
               (s.status IN ('ENDED', 'DENIED', 'FAILED', 'EXPIRED', 'REAUTH_REQUIRED') AND s.updated_at < now() - make_interval(days => t.retention_days))
               OR (s.status = 'ACTIVE' AND s.consent_valid_till < now() - make_interval(days => t.retention_days))
             )
             ORDER BY s.updated_at LIMIT $1 FOR UPDATE OF s SKIP LOCKED`,
            [batch],
          ),
        );
        for (const c of candidates) {
          const token = revokePayloadFor(this.crypto, {
            id: c.id,
            tenantId: c.tenant_id,
            refreshTokenEnc: c.refresh_token_enc,
            accessTokenEnc: c.access_token_enc,
          });
          if (token) {
            const outboxId = this.outbox.newId();
            await this.outbox.enqueue(manager, outboxId, REVOKE_KIND, c.id, this.crypto.encryptJson(token, revokeAad(outboxId)));
          }
          await deleteSessionData(manager, c.id);
          await manager.query(
            `UPDATE consent_sessions SET status = CASE WHEN status = 'ACTIVE' THEN 'EXPIRED' ELSE status END,
               ${ERASE_SESSION_SECRETS}, purged_at = now(), updated_at = now()
             WHERE id = $1`,
            [c.id],
          );
        }
        return candidates.length;
      });
      result.sessions += purged;
      if (purged < batch) break;
    }
    // The photograph is biometric: even for live sessions it goes when the retention period ends.
    result.photos = rows<unknown>(
      await this.dataSource.query(
        `UPDATE aadhaar_kyc k SET photo_enc = NULL FROM tenants t
         WHERE k.tenant_id = t.id AND k.photo_enc IS NOT NULL AND k.created_at < now() - make_interval(days => t.retention_days)
         RETURNING k.id`,
      ),
    ).length;
    // An upload without a session has no session to end it: the tenant's retention is its only limit.
    result.sessionlessKyc = rows<unknown>(
      await this.dataSource.query(
        `DELETE FROM aadhaar_kyc k USING tenants t
         WHERE k.tenant_id = t.id AND k.session_id IS NULL AND k.created_at < now() - make_interval(days => t.retention_days)
         RETURNING k.id`,
      ),
    ).length;
    // The delivery log is kept as long as the sessions it speaks of; pending events are never dropped.
    result.webhookEvents = rows<unknown>(
      await this.dataSource.query(
        `DELETE FROM webhook_events e USING tenants t
         WHERE e.tenant_id = t.id AND e.status <> 'PENDING' AND e.completed_at < now() - make_interval(days => t.retention_days)
         RETURNING e.id`,
      ),
    ).length;
    if (Object.values(result).some((n) => n > 0)) this.logger.info(result, "purge done");
    this.onResult(result);
    return result;
  }
}
