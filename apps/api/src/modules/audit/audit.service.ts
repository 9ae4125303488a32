import { createHash, timingSafeEqual } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { hmacHex } from "../../crypto/hashing";
import { queryRows as rows } from "../../db/query-rows";

export interface AuditEvent {
  tenantId: string;
  /** Who acted, without personal data: `tenant:secret`, `tenant:publishable`, `console`, `cli`, `session`, `digilocker`, `system`. */
  actor: string;
  /** What happened, e.g. `consent.started`, `session.ended`. */
  action: string;
  sessionId?: string | null;
  outcome: string;
  requestId?: string | null;
}

export interface SessionAuditEntry {
  seq: number;
  sessionId: string | null;
  at: Date;
  actor: string;
  action: string;
  outcome: string;
  requestId: string | null;
}

export interface ChainCheck {
  tenantId: string;
  events: number;
  ok: boolean;
  problem: string | null;
}

const GENESIS = "0".repeat(64);

/**
 * Append-only, hash-chained audit trail per tenant. Each event's hash covers the previous hash, so
 * editing or deleting a row breaks the chain; the chain head carries an HMAC with a key that lives
 * outside the database, so rewriting the whole chain from inside the database is detected too.
 */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly headKey: Buffer,
  ) {}

  async record(event: AuditEvent): Promise<void> {
    await this.dataSource.transaction((manager) => this.recordIn(manager, event));
  }

  /** Records inside the caller's transaction, so the event commits with the change it describes. */
  async recordIn(manager: EntityManager, event: AuditEvent): Promise<void> {
    await manager.query(`INSERT INTO audit_heads (tenant_id, seq, hash, head_mac) VALUES ($1, 0, $2, '') ON CONFLICT (tenant_id) DO NOTHING`, [
      event.tenantId,
      GENESIS,
    ]);
    const [head] = rows<{ seq: string; hash: string }>(
      await manager.query(`SELECT seq::text AS seq, hash FROM audit_heads WHERE tenant_id = $1 FOR UPDATE`, [event.tenantId]),
    );
    const seq = Number(head.seq) + 1;
    const at = new Date().toISOString();
    const hash = this.hash(head.hash, { ...event, seq, at });
    await manager.query(
      `INSERT INTO audit_events (tenant_id, seq, at, actor, action, session_id, outcome, request_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [event.tenantId, seq, at, event.actor, event.action, event.sessionId ?? null, event.outcome, event.requestId ?? null, head.hash, hash],
    );
    await manager.query(`UPDATE audit_heads SET seq = $2, hash = $3, head_mac = $4 WHERE tenant_id = $1`, [
      event.tenantId,
      seq,
      hash,
      this.headMac(event.tenantId, seq, hash),
    ]);
  }

  /**
   * The trail of each session (oldest first), as the tenant sees it: one statement for many sessions,
   * the most recent `perSession` events each, so a noisy session cannot make an answer unbounded.
   */
  async trails(tenantId: string, sessionIds: readonly string[], perSession = 200): Promise<SessionAuditEntry[][]> {
    const found = rows<{ session_id: string; seq: string; at: Date; actor: string; action: string; outcome: string; request_id: string | null }>(
      await this.dataSource.query(
        `SELECT session_id, seq::text AS seq, at, actor, action, outcome, request_id FROM (
           SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY seq DESC) AS recent
           FROM audit_events WHERE tenant_id = $1 AND session_id = ANY($2::uuid[])
         ) e WHERE recent <= $3 ORDER BY e.session_id, e.seq`,
        [tenantId, sessionIds, perSession],
      ),
    );
    const bySession = new Map<string, SessionAuditEntry[]>(sessionIds.map((id) => [id, []]));
    for (const e of found) {
      bySession.get(e.session_id)?.push({ seq: Number(e.seq), sessionId: e.session_id, at: new Date(e.at), actor: e.actor, action: e.action, outcome: e.outcome, requestId: e.request_id });
    }
    return sessionIds.map((id) => bySession.get(id) ?? []);
  }

  /** The tenant's whole trail, newest first, a page at a time (positions before `beforeSeq`), optionally one actor's. */
  async recent(tenantId: string, query: { first: number; beforeSeq: number | null; actor: string | null }): Promise<SessionAuditEntry[]> {
    const found = rows<{ session_id: string | null; seq: string; at: Date; actor: string; action: string; outcome: string; request_id: string | null }>(
      await this.dataSource.query(
        `SELECT session_id, seq::text AS seq, at, actor, action, outcome, request_id FROM audit_events
         WHERE tenant_id = $1 AND ($2::bigint IS NULL OR seq < $2) AND ($3::text IS NULL OR actor = $3)
         ORDER BY seq DESC LIMIT $4`,
        [tenantId, query.beforeSeq, query.actor, query.first],
      ),
    );
    return found.map((e) => ({ seq: Number(e.seq), sessionId: e.session_id, at: new Date(e.at), actor: e.actor, action: e.action, outcome: e.outcome, requestId: e.request_id }));
  }

  /** Recomputes every tenant's chain and checks its head. */
  async verify(): Promise<ChainCheck[]> {
    const heads = rows<{ tenant_id: string; seq: string; hash: string; head_mac: string }>(
      await this.dataSource.query(`SELECT tenant_id, seq::text AS seq, hash, head_mac FROM audit_heads ORDER BY tenant_id`),
    );
    const checks: ChainCheck[] = [];
    for (const head of heads) {
      const events = rows<{ seq: string; at: Date; actor: string; action: string; session_id: string | null; outcome: string; request_id: string | null; prev_hash: string; hash: string }>(
        await this.dataSource.query(
          `SELECT seq::text AS seq, at, actor, action, session_id, outcome, request_id, prev_hash, hash FROM audit_events WHERE tenant_id = $1 ORDER BY audit_events.seq`,
          [head.tenant_id],
        ),
      );
      let previous = GENESIS;
      let problem: string | null = null;
      events.forEach((e, i) => {
        if (problem) return;
        const expected = this.hash(previous, {
          tenantId: head.tenant_id,
          seq: Number(e.seq),
          at: new Date(e.at).toISOString(),
          actor: e.actor,
          action: e.action,
          sessionId: e.session_id,
          outcome: e.outcome,
          requestId: e.request_id,
        });
        if (Number(e.seq) !== i + 1) problem = `event ${i + 1} is missing`;
        else if (e.prev_hash !== previous || e.hash !== expected) problem = `event ${e.seq} was altered`;
        previous = e.hash;
      });
      if (!problem && (previous !== head.hash || Number(head.seq) !== events.length)) problem = "the chain does not end at its head";
      if (!problem && !this.sameMac(head.head_mac, this.headMac(head.tenant_id, Number(head.seq), head.hash))) problem = "the head's MAC does not match";
      checks.push({ tenantId: head.tenant_id, events: events.length, ok: problem === null, problem });
    }
    return checks;
  }

  private hash(previous: string, event: AuditEvent & { seq: number; at: string }): string {
    const canonical = JSON.stringify([event.tenantId, event.seq, event.at, event.actor, event.action, event.sessionId ?? null, event.outcome, event.requestId ?? null]);
    return createHash("sha256").update(previous).update(canonical).digest("hex");
  }

  private headMac(tenantId: string, seq: number, hash: string): string {
    return hmacHex(this.headKey, `${tenantId}:${seq}:${hash}`);
  }

  private sameMac(a: string, b: string): boolean {
    return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  }
}
