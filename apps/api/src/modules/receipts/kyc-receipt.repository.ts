import type { DataSource } from "typeorm";
import { queryRows } from "../../db/query-rows";

/** One issued receipt: where its status bit lives. No personal data (the claims are only in the credential). */
export interface NewKycReceiptRow {
  id: string;
  tenantId: string;
  sessionId: string;
  statusList: string;
  statusIdx: number;
  expiresAt: Date;
}

export class KycReceiptRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The next status-list position, unique across replicas. */
  async nextStatusPosition(): Promise<number> {
    const [row] = queryRows<{ n: string | number }>(
      await this.dataSource.query(`SELECT nextval('kyc_receipt_status_seq') AS n`),
    );
    return Number(row.n);
  }

  async insert(row: NewKycReceiptRow): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO kyc_receipts (id, tenant_id, session_id, status_list, status_idx, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, row.tenantId, row.sessionId, row.statusList, row.statusIdx, row.expiresAt],
    );
  }

  /** Revokes one receipt of the tenant (and of `sessionId` when given); true when it exists. Revoking twice is harmless. */
  async revoke(
    id: string,
    tenantId: string,
    sessionId: string | null,
  ): Promise<{ sessionId: string } | null> {
    const rows = queryRows<{ session_id: string }>(
      await this.dataSource.query(
        `UPDATE kyc_receipts SET revoked_at = COALESCE(revoked_at, now())
         WHERE id = $1 AND tenant_id = $2 AND ($3::uuid IS NULL OR session_id = $3::uuid) RETURNING session_id`,
        [id, tenantId, sessionId],
      ),
    );
    return rows[0] ? { sessionId: rows[0].session_id } : null;
  }

  /** The revoked positions of one list, or null when the list was never used. */
  async revokedIndexes(statusList: string): Promise<number[] | null> {
    const rows = queryRows<{ status_idx: number | null }>(
      await this.dataSource.query(
        `SELECT status_idx FROM kyc_receipts WHERE status_list = $1 AND revoked_at IS NOT NULL
         UNION ALL (SELECT NULL FROM kyc_receipts WHERE status_list = $1 LIMIT 1)`,
        [statusList],
      ),
    );
    if (rows.length === 0) return null;
    return rows.filter((r) => r.status_idx !== null).map((r) => Number(r.status_idx));
  }
}
