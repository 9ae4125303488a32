import type { EntityManager } from "typeorm";

/** The secrets and personal data a finished session gives up (for `SET` clauses on consent_sessions). */
export const ERASE_SESSION_SECRETS = `access_token_enc = NULL, refresh_token_enc = NULL, profile_enc = NULL, pkce_verifier_enc = NULL,
  state_enc = NULL, claim_code_hash = NULL, claim_expires_at = NULL, authorize_options_enc = NULL`;

/**
 * Deletes a session's documents (contents cascade) and KYC records, inside the caller's transaction,
 * and revokes its KYC receipts (their status bits go to 1: a receipt of erased data is withdrawn too).
 */
export async function deleteSessionData(manager: EntityManager, sessionId: string): Promise<void> {
  await manager.query(
    `UPDATE kyc_receipts SET revoked_at = now() WHERE session_id = $1 AND revoked_at IS NULL`,
    [sessionId],
  );
  await manager.query(`DELETE FROM issued_documents WHERE session_id = $1`, [sessionId]);
  await manager.query(`DELETE FROM aadhaar_kyc WHERE session_id = $1`, [sessionId]);
}
