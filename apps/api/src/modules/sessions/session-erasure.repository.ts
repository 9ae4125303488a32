import type { EntityManager } from "typeorm";

/**
 * Deletes a session's documents (contents cascade, and their stored count) and KYC records, inside
 * the caller's transaction, and revokes its KYC receipts (their status bits go to 1: a receipt of
 * erased data is withdrawn too).
 */
export async function deleteSessionData(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.query(
    `UPDATE kyc_receipts SET revoked_at = now() WHERE session_id = $1 AND revoked_at IS NULL`,
    [sessionId],
  );
  await manager.query(`DELETE FROM issued_documents WHERE session_id = $1`, [sessionId]);
  // The stored count goes with the documents (a read would count the rows again, and find none).
  await manager.query(`UPDATE consent_sessions SET documents_count = NULL WHERE id = $1`, [sessionId]);
  await manager.query(`DELETE FROM aadhaar_kyc WHERE session_id = $1`, [sessionId]);
}
