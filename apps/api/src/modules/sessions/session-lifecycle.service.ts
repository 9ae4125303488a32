import type { DataSource } from "typeorm";
import type { EncryptionService } from "../../crypto/encryption.service";
import { type ConsentSessionEntity, SessionStatus } from "../../db/entities/consent-session.entity";
import { sha256Hex } from "../../crypto/hashing";
import { badInput, notFound } from "../../errors/error-codes";
import type { OutboxRepository } from "./outbox.repository";
import { REVOKE_KIND, revokeAad, revokePayloadFor } from "./revoke-payload";
import type { ConsentSessionRepository } from "../consent/consent-session.repository";
import type { WebhookEmitter } from "../webhooks/webhook-emitter";
import type { IdempotencyRepository } from "./idempotency.repository";
import type { SessionAccessService } from "./session-access.service";
import { deleteSessionData, ERASE_SESSION_SECRETS } from "./session-erasure";
import { queryRows } from "../../db/query-rows";

/** Delivers a queued revoke now (jobs/revoke.worker.ts); a failure leaves it to the worker's timer. */
export interface RevokeDelivery {
  deliverNow(outboxId: string): Promise<boolean>;
}

/** Refreshing a grant on demand, and ending a session for good. */
export class SessionLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: ConsentSessionRepository,
    private readonly access: SessionAccessService,
    private readonly outbox: OutboxRepository,
    private readonly revoker: RevokeDelivery,
    private readonly crypto: EncryptionService,
    private readonly idempotency: IdempotencyRepository,
    private readonly webhooks: WebhookEmitter,
  ) {}

  async refresh(session: ConsentSessionEntity): Promise<ConsentSessionEntity> {
    this.access.assertReadable(session);
    return this.access.refreshNow(session.id);
  }

  /**
   * Erases the session's personal data and tokens in one transaction that also queues the upstream
   * revoke (outbox), then tries the revoke at once. Ending twice is harmless: the conditional UPDATE
   * lets one caller win, so there is one outbox row and one revoke whatever the concurrency. With an
   * `idempotencyKey`, the same key answers the same session again; the key used for another session
   * is BAD_USER_INPUT. Keys are the caller's own (`scope`, see `idempotencyScope`).
   */
  async end(session: ConsentSessionEntity, idempotencyKey: string | null | undefined, scope: string): Promise<ConsentSessionEntity> {
    if (idempotencyKey !== undefined && idempotencyKey !== null) {
      if (!/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) throw badInput("idempotencyKey must be 1–200 printable ASCII characters", "idempotencyKey");
      const fingerprint = sha256Hex(JSON.stringify({ sessionId: session.id }));
      const used = await this.idempotency.remember(session.tenantId, scope, "endSession", idempotencyKey, fingerprint, session.id);
      if (used.fingerprint !== fingerprint) throw badInput("idempotencyKey was already used with a different input", "idempotencyKey");
    }
    if (session.status === SessionStatus.ENDED) return session;
    const token = revokePayloadFor(this.crypto, session);
    const outboxId = this.outbox.newId();
    let announced = false;
    const ended = await this.dataSource.transaction(async (manager) => {
      const rows: unknown = await manager.query(
        `UPDATE consent_sessions SET status = 'ENDED', ${ERASE_SESSION_SECRETS}, withdrawn_at = now(),
           token_version = token_version + 1, updated_at = now()
         WHERE id = $1 AND status <> 'ENDED' RETURNING id`,
        [session.id],
      );
      if (queryRows(rows).length === 0) return false;
      await deleteSessionData(manager, session.id);
      if (token) await this.outbox.enqueue(manager, outboxId, REVOKE_KIND, session.id, this.crypto.encryptJson(token, revokeAad(outboxId)));
      announced = await this.webhooks.emit(session.tenantId, "session.ended", { sessionId: session.id, status: SessionStatus.ENDED }, manager);
      return true;
    });
    // Deliver now only when the tenant subscribes (an event was queued).
    if (announced) this.webhooks.flush();
    if (ended && token) await this.revoker.deliverNow(outboxId);
    const current = await this.sessions.findById(session.id);
    if (!current) throw notFound("consent session");
    return current;
  }
}
