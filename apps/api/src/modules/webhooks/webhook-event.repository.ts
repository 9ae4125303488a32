import type { DataSource, EntityManager } from "typeorm";
import { queryRows } from "../../db/query-rows";
import { WebhookDeliveryStatus } from "./webhook-delivery.type";

export type WebhookEventStatus = "PENDING" | "DELIVERED" | "FAILED";

export interface WebhookEventRow {
  id: string;
  seq: string;
  tenant_id: string;
  session_id: string | null;
  type: string;
  body: string;
  status: WebhookEventStatus;
  attempts: number;
  next_attempt_at: Date;
  created_at: Date;
  completed_at: Date | null;
}

export type ClaimedEvent = Pick<
  WebhookEventRow,
  "id" | "tenant_id" | "session_id" | "type" | "body" | "attempts"
>;

export interface WebhookAttemptRow {
  event_id: string;
  attempt: number;
  at: Date;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface NewWebhookEvent {
  id: string;
  tenantId: string;
  sessionId: string | null;
  type: string;
  body: string;
  createdAt: Date;
}

/** What became of one attempt: the event is delivered, retried at `retryInMs`, or given up. */
export type AttemptOutcome =
  { kind: "delivered" } | { kind: "retry"; retryInMs: number } | { kind: "failed" };

export class WebhookEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Retention: drops delivered or failed events (with their attempts) past the tenant's retention; pending ones are never dropped. */
  async deleteLapsed(): Promise<number> {
    return queryRows(
      await this.dataSource.query(
        `DELETE FROM webhook_events e USING tenants t
         WHERE e.tenant_id = t.id AND e.status <> '${WebhookDeliveryStatus.PENDING}' AND e.completed_at < now() - make_interval(days => t.retention_days)
         RETURNING e.id`,
      ),
    ).length;
  }

  /** Queues the event only if the tenant's endpoint subscribes to its type (one statement, no read first). */
  async enqueue(
    event: NewWebhookEvent,
    manager: Pick<EntityManager, "query"> = this.dataSource,
  ): Promise<boolean> {
    const rows = queryRows(
      await manager.query(
        `INSERT INTO webhook_events (id, tenant_id, session_id, type, body, created_at)
         SELECT $1, $2, $3, $4, $5, $6 FROM webhook_endpoints WHERE tenant_id = $2 AND $4 = ANY(events)
         RETURNING id`,
        [event.id, event.tenantId, event.sessionId, event.type, event.body, event.createdAt],
      ),
    );
    return rows.length > 0;
  }

  /**
   * Claims due events with a lease (`next_attempt_at` moves past the delivery timeout) and numbers
   * the attempt under the row lock, so replicas never make the same attempt twice. An event waits
   * while an earlier event of its session is still pending: at most one per session is in flight.
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedEvent[]> {
    return queryRows<ClaimedEvent>(
      await this.dataSource.query(
        `UPDATE webhook_events SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
         WHERE id IN (
           SELECT e.id FROM webhook_events e
           WHERE e.status = '${WebhookDeliveryStatus.PENDING}' AND e.next_attempt_at <= now()
             AND NOT EXISTS (SELECT 1 FROM webhook_events p WHERE p.session_id = e.session_id AND p.status = '${WebhookDeliveryStatus.PENDING}' AND p.seq < e.seq)
           ORDER BY e.seq LIMIT $1 FOR UPDATE SKIP LOCKED
         )
         RETURNING id, tenant_id, session_id, type, body, attempts`,
        [limit, leaseMs],
      ),
    );
  }

  /**
   * Records the attempt and its outcome together. The update applies only while the event is still
   * at this attempt, so a worker whose lease ran out cannot overwrite a newer attempt's result.
   */
  async finishAttempt(
    event: ClaimedEvent,
    result: { statusCode: number | null; error: string | null; durationMs: number },
    outcome: AttemptOutcome,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO webhook_attempts (event_id, attempt, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)`,
        [event.id, event.attempts, result.statusCode, result.error, result.durationMs],
      );
      const set =
        outcome.kind === "retry"
          ? `next_attempt_at = now() + make_interval(secs => $3::double precision / 1000)`
          : `status = '${outcome.kind === "delivered" ? "DELIVERED" : "FAILED"}', completed_at = now()`;
      await manager.query(
        `UPDATE webhook_events SET ${set} WHERE id = $1 AND attempts = $2 AND status = '${WebhookDeliveryStatus.PENDING}'`,
        [event.id, event.attempts, ...(outcome.kind === "retry" ? [outcome.retryInMs] : [])],
      );
    });
  }

  /**
   * Queues a FAILED event of the tenant again, due now ("retry now"). Its attempt count carries on,
   * so the retry is one more attempt: a failure past the maximum fails the event again at once.
   */
  async requeue(tenantId: string, id: string): Promise<WebhookEventRow | null> {
    const rows = queryRows<WebhookEventRow>(
      await this.dataSource.query(
        `UPDATE webhook_events SET status = '${WebhookDeliveryStatus.PENDING}', next_attempt_at = now(), completed_at = NULL
         WHERE id = $1 AND tenant_id = $2 AND status = '${WebhookDeliveryStatus.FAILED}' RETURNING *`,
        [id, tenantId],
      ),
    );
    return rows[0] ?? null;
  }

  async findOne(tenantId: string, id: string): Promise<WebhookEventRow | null> {
    const rows = queryRows<WebhookEventRow>(
      await this.dataSource.query(`SELECT * FROM webhook_events WHERE id = $1 AND tenant_id = $2`, [
        id,
        tenantId,
      ]),
    );
    return rows[0] ?? null;
  }

  /** A keyset page of the tenant's events, newest first, with the total matching the filter. */
  async page(query: {
    tenantId: string;
    sessionId: string | null;
    status: WebhookEventStatus | null;
    beforeSeq: string | null;
    limit: number;
  }): Promise<{ rows: WebhookEventRow[]; total: number }> {
    const where = `tenant_id = $1 AND ($2::uuid IS NULL OR session_id = $2) AND ($3::text IS NULL OR status = $3)`;
    const params = [query.tenantId, query.sessionId, query.status];
    const rows = queryRows<WebhookEventRow>(
      await this.dataSource.query(
        `SELECT * FROM webhook_events WHERE ${where} AND ($4::bigint IS NULL OR seq < $4) ORDER BY seq DESC LIMIT $5`,
        [...params, query.beforeSeq, query.limit],
      ),
    );
    const [{ total }] = queryRows<{ total: number }>(
      await this.dataSource.query(`SELECT count(*)::int AS total FROM webhook_events WHERE ${where}`, params),
    );
    return { rows, total };
  }

  /** The attempts of many events, in one statement. */
  async attempts(eventIds: readonly string[]): Promise<WebhookAttemptRow[]> {
    return queryRows<WebhookAttemptRow>(
      await this.dataSource.query(
        `SELECT * FROM webhook_attempts WHERE event_id = ANY($1::uuid[]) ORDER BY event_id, attempt`,
        [eventIds],
      ),
    );
  }
}
