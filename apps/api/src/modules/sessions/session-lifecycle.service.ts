import type { EntityManager } from "typeorm";
import type { EncryptionService } from "../../crypto/encryption.service";
import { type ConsentSessionEntity, SessionStatus } from "../../db/entities/consent-session.entity";
import { sha256Hex } from "../../crypto/hashing";
import { badInput, notFound } from "../../errors/error-codes";
import type { ConsentSessionRepository } from "./consent-session.repository";
import type { IdempotencyRepository } from "./idempotency.repository";
import type { OutboxRepository } from "./outbox.repository";
import type { SessionAccessService } from "./session-access.service";
import { enqueueRevoke, type RevokeDelivery, revokePayloadFor } from "./session-revoke";

/** Announces a session's end (the webhook emitter; sessions sit below webhooks and only know this much of it). */
export interface SessionEndedEvents {
  emit(
    tenantId: string,
    type: "session.ended",
    data: { sessionId: string; status: SessionStatus },
    manager: Pick<EntityManager, "query">,
  ): Promise<boolean>;
  flush(): void;
}

/** Refreshing a grant on demand, and ending a session for good. */
export class SessionLifecycleService {
  constructor(
    private readonly sessions: ConsentSessionRepository,
    private readonly access: SessionAccessService,
    private readonly outbox: OutboxRepository,
    private readonly revoker: RevokeDelivery,
    private readonly crypto: EncryptionService,
    private readonly idempotency: IdempotencyRepository,
    private readonly webhooks: SessionEndedEvents,
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
  async end(
    session: ConsentSessionEntity,
    idempotencyKey: string | null | undefined,
    scope: string,
  ): Promise<ConsentSessionEntity> {
    if (idempotencyKey !== undefined && idempotencyKey !== null) {
      if (!/^[\x21-\x7e]{1,200}$/.test(idempotencyKey))
        throw badInput("idempotencyKey must be 1–200 printable ASCII characters", "idempotencyKey");
      const fingerprint = sha256Hex(JSON.stringify({ sessionId: session.id }));
      const used = await this.idempotency.remember(
        session.tenantId,
        scope,
        "endSession",
        idempotencyKey,
        fingerprint,
        session.id,
      );
      if (used.fingerprint !== fingerprint)
        throw badInput("idempotencyKey was already used with a different input", "idempotencyKey");
    }
    if (session.status === SessionStatus.ENDED) return session;
    const token = revokePayloadFor(this.crypto, session);
    const outboxId = this.outbox.newId();
    let announced = false;
    const ended = await this.sessions.inTransaction(async (manager) => {
      if (!(await this.sessions.endSession(manager, session.id))) return false;
      if (token) await enqueueRevoke(this.outbox, this.crypto, manager, outboxId, session.id, token);
      announced = await this.webhooks.emit(
        session.tenantId,
        "session.ended",
        { sessionId: session.id, status: SessionStatus.ENDED },
        manager,
      );
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
