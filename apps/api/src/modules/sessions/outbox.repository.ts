import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { queryRows } from "../../db/query-rows";
import type { SealedColumn } from "../../db/sealed-column";
import { revokeAad } from "./session-secrets";

export interface OutboxRow {
  id: string;
  kind: string;
  session_id: string | null;
  payload_enc: string;
  attempts: number;
}

const LEASE_S = 60;

/** The sealed column of `outbox` (key rotation): a queued job's payload (emptied once done). */
export const sealedColumns: SealedColumn[] = [
  {
    table: "outbox",
    key: "id",
    column: "payload_enc",
    select: "id::text AS k",
    aad: (row) => revokeAad(row.k),
  },
];

export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async enqueue(
    manager: EntityManager,
    id: string,
    kind: string,
    sessionId: string | null,
    payloadEnc: string,
  ): Promise<void> {
    await manager.query(`INSERT INTO outbox (id, kind, session_id, payload_enc) VALUES ($1, $2, $3, $4)`, [
      id,
      kind,
      sessionId,
      payloadEnc,
    ]);
  }

  newId(): string {
    return randomUUID();
  }

  /**
   * Claims due work with a lease: SKIP LOCKED keeps replicas off each other's rows, and the lease
   * (not a held transaction) covers the upstream call that follows.
   */
  async claimDue(limit: number): Promise<OutboxRow[]> {
    const result: unknown = await this.dataSource.query(
      `UPDATE outbox SET next_attempt_at = now() + make_interval(secs => ${LEASE_S}), attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox WHERE done_at IS NULL AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED
       )
       RETURNING id, kind, session_id, payload_enc, attempts`,
      [limit],
    );
    return queryRows<OutboxRow>(result);
  }

  async claimOne(id: string): Promise<OutboxRow | null> {
    const result: unknown = await this.dataSource.query(
      `UPDATE outbox SET next_attempt_at = now() + make_interval(secs => ${LEASE_S}), attempts = attempts + 1
       WHERE id = $1 AND done_at IS NULL RETURNING id, kind, session_id, payload_enc, attempts`,
      [id],
    );
    return queryRows<OutboxRow>(result)[0] ?? null;
  }

  /** Done: the secret payload is dropped with it. */
  async complete(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox SET done_at = now(), payload_enc = '', last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  /**
   * Stops retrying after the last allowed attempt: the row stays (kind, attempts, last error) for
   * operators, marked given up and done, and the secret payload is dropped.
   */
  async giveUp(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox SET done_at = now(), given_up_at = now(), payload_enc = '', last_error = $2 WHERE id = $1`,
      [id, error.slice(0, 200)],
    );
  }

  async retryLater(id: string, attempts: number, error: string): Promise<void> {
    const delay = Math.min(3600, 5 * 2 ** Math.min(attempts, 10));
    await this.dataSource.query(
      `UPDATE outbox SET next_attempt_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = $1`,
      [id, delay, error.slice(0, 200)],
    );
  }
}
