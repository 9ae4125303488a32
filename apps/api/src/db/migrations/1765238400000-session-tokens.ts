import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Session tokens get an absolute expiry and a coarse last-use time (idle timeout); a claim code is
 * redeemed only with the verifier `startConsent` returned (its hash), within a few attempts.
 */
export class SessionTokens1765238400000 implements MigrationInterface {
  name = "SessionTokens1765238400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_sessions
      ADD COLUMN claim_verifier_hash text,
      ADD COLUMN claim_attempts integer NOT NULL DEFAULT 0,
      ADD COLUMN session_token_expires_at timestamptz,
      ADD COLUMN session_token_used_at timestamptz`);
    // Tokens already out get the same rules from now on (a token without an expiry is refused).
    await q.query(`UPDATE consent_sessions
      SET session_token_expires_at = LEAST(now() + interval '30 days', COALESCE(consent_valid_till, 'infinity'::timestamptz)),
          session_token_used_at = now()
      WHERE session_token_hash IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_sessions
      DROP COLUMN claim_verifier_hash,
      DROP COLUMN claim_attempts,
      DROP COLUMN session_token_expires_at,
      DROP COLUMN session_token_used_at`);
  }
}
