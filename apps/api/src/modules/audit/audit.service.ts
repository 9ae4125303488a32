import { createHash, timingSafeEqual } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { hmacHex } from "../../crypto/hashing";
import { type AuditEventRow, AuditRepository } from "./audit.repository";

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
  private readonly audit: AuditRepository;

  constructor(
    dataSource: DataSource,
    private readonly headKey: Buffer,
  ) {
    this.audit = new AuditRepository(dataSource);
  }

  async record(event: AuditEvent): Promise<void> {
    await this.audit.inTransaction((manager) => this.recordIn(manager, event));
  }

  /** Records inside the caller's transaction, so the event commits with the change it describes. */
  async recordIn(manager: EntityManager, event: AuditEvent): Promise<void> {
    const head = await this.audit.lockHead(manager, event.tenantId, GENESIS);
    const seq = Number(head.seq) + 1;
    const at = new Date().toISOString();
    const hash = this.hash(head.hash, { ...event, seq, at });
    await this.audit.append(
      manager,
      {
        tenant_id: event.tenantId,
        seq,
        at,
        actor: event.actor,
        action: event.action,
        session_id: event.sessionId ?? null,
        outcome: event.outcome,
        request_id: event.requestId ?? null,
        prev_hash: head.hash,
        hash,
      },
      this.headMac(event.tenantId, seq, hash),
    );
  }

  /**
   * The trail of each session (oldest first), as the tenant sees it: one statement for many sessions,
   * the most recent `perSession` events each, so a noisy session cannot make an answer unbounded.
   */
  async trails(
    tenantId: string,
    sessionIds: readonly string[],
    perSession = 200,
  ): Promise<SessionAuditEntry[][]> {
    const found = await this.audit.trails(tenantId, sessionIds, perSession);
    const bySession = new Map<string, SessionAuditEntry[]>(sessionIds.map((id) => [id, []]));
    for (const e of found) if (e.session_id) bySession.get(e.session_id)?.push(toEntry(e));
    return sessionIds.map((id) => bySession.get(id) ?? []);
  }

  /** The tenant's whole trail, newest first, a page at a time (positions before `beforeSeq`), optionally one actor's. */
  async recent(
    tenantId: string,
    query: { first: number; beforeSeq: number | null; actor: string | null },
  ): Promise<SessionAuditEntry[]> {
    return (await this.audit.recent(tenantId, query)).map(toEntry);
  }

  /** Recomputes every tenant's chain and checks its head. */
  async verify(): Promise<ChainCheck[]> {
    const heads = await this.audit.heads();
    const checks: ChainCheck[] = [];
    for (const head of heads) {
      const events = await this.audit.chain(head.tenant_id);
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
      if (!problem && (previous !== head.hash || Number(head.seq) !== events.length))
        problem = "the chain does not end at its head";
      if (!problem && !this.sameMac(head.head_mac, this.headMac(head.tenant_id, Number(head.seq), head.hash)))
        problem = "the head's MAC does not match";
      checks.push({ tenantId: head.tenant_id, events: events.length, ok: problem === null, problem });
    }
    return checks;
  }

  private hash(previous: string, event: AuditEvent & { seq: number; at: string }): string {
    const canonical = JSON.stringify([
      event.tenantId,
      event.seq,
      event.at,
      event.actor,
      event.action,
      event.sessionId ?? null,
      event.outcome,
      event.requestId ?? null,
    ]);
    return createHash("sha256").update(previous).update(canonical).digest("hex");
  }

  private headMac(tenantId: string, seq: number, hash: string): string {
    return hmacHex(this.headKey, `${tenantId}:${seq}:${hash}`);
  }

  private sameMac(a: string, b: string): boolean {
    return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  }
}

function toEntry(e: AuditEventRow): SessionAuditEntry {
  return {
    seq: Number(e.seq),
    sessionId: e.session_id,
    at: new Date(e.at),
    actor: e.actor,
    action: e.action,
    outcome: e.outcome,
    requestId: e.request_id,
  };
}
