import type { DataSource, EntityManager } from "typeorm";
import { queryRows as rows } from "../../db/query-rows";

/** One stored audit event (`seq` as text: a bigint). */
export interface AuditEventRow {
  tenant_id: string;
  seq: string;
  at: Date;
  actor: string;
  action: string;
  session_id: string | null;
  outcome: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/** A tenant's chain head: the last event's position and hash, and the MAC over them. */
export interface AuditHeadRow {
  tenant_id: string;
  seq: string;
  hash: string;
  head_mac: string;
}

export type NewAuditEventRow = Omit<AuditEventRow, "at" | "seq"> & { seq: number; at: string };

/** The tables of the audit trail: `audit_events` (append-only) and one `audit_heads` row per tenant. */
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The tenant's head, created at `genesis` when missing, locked until the caller's transaction ends (appends queue on it). */
  async lockHead(
    manager: EntityManager,
    tenantId: string,
    genesis: string,
  ): Promise<{ seq: string; hash: string }> {
    await manager.query(
      `INSERT INTO audit_heads (tenant_id, seq, hash, head_mac) VALUES ($1, 0, $2, '') ON CONFLICT (tenant_id) DO NOTHING`,
      [tenantId, genesis],
    );
    const [head] = rows<{ seq: string; hash: string }>(
      await manager.query(`SELECT seq::text AS seq, hash FROM audit_heads WHERE tenant_id = $1 FOR UPDATE`, [
        tenantId,
      ]),
    );
    return head;
  }

  /** Appends an event and moves the tenant's head to it, inside the caller's transaction. */
  async append(manager: EntityManager, event: NewAuditEventRow, headMac: string): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (tenant_id, seq, at, actor, action, session_id, outcome, request_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        event.tenant_id,
        event.seq,
        event.at,
        event.actor,
        event.action,
        event.session_id,
        event.outcome,
        event.request_id,
        event.prev_hash,
        event.hash,
      ],
    );
    await manager.query(`UPDATE audit_heads SET seq = $2, hash = $3, head_mac = $4 WHERE tenant_id = $1`, [
      event.tenant_id,
      event.seq,
      event.hash,
      headMac,
    ]);
  }

  /** The most recent `perSession` events of each session (oldest first), in one statement. */
  async trails(
    tenantId: string,
    sessionIds: readonly string[],
    perSession: number,
  ): Promise<AuditEventRow[]> {
    return rows<AuditEventRow>(
      await this.dataSource.query(
        `SELECT session_id, seq::text AS seq, at, actor, action, outcome, request_id FROM (
           SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY seq DESC) AS recent
           FROM audit_events WHERE tenant_id = $1 AND session_id = ANY($2::uuid[])
         ) e WHERE recent <= $3 ORDER BY e.session_id, e.seq`,
        [tenantId, sessionIds, perSession],
      ),
    );
  }

  /** The tenant's events newest first, before `beforeSeq`, optionally one actor's. */
  async recent(
    tenantId: string,
    query: { first: number; beforeSeq: number | null; actor: string | null },
  ): Promise<AuditEventRow[]> {
    return rows<AuditEventRow>(
      await this.dataSource.query(
        `SELECT session_id, seq::text AS seq, at, actor, action, outcome, request_id FROM audit_events
         WHERE tenant_id = $1 AND ($2::bigint IS NULL OR seq < $2) AND ($3::text IS NULL OR actor = $3)
         ORDER BY seq DESC LIMIT $4`,
        [tenantId, query.beforeSeq, query.actor, query.first],
      ),
    );
  }

  async heads(): Promise<AuditHeadRow[]> {
    return rows<AuditHeadRow>(
      await this.dataSource.query(
        `SELECT tenant_id, seq::text AS seq, hash, head_mac FROM audit_heads ORDER BY tenant_id`,
      ),
    );
  }

  /** The tenant's whole chain, in order. */
  async chain(tenantId: string): Promise<AuditEventRow[]> {
    return rows<AuditEventRow>(
      await this.dataSource.query(
        `SELECT seq::text AS seq, at, actor, action, session_id, outcome, request_id, prev_hash, hash FROM audit_events WHERE tenant_id = $1 ORDER BY audit_events.seq`,
        [tenantId],
      ),
    );
  }
}
