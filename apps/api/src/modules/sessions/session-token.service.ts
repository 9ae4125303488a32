import { sha256Hex } from "../../crypto/hashing";
import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import { AppError, ErrorCode, unauthenticated } from "../../errors/error-codes";
import type { ConsentSessionRepository } from "./consent-session.repository";

/** Last use is written at most this often per token: idle time is known to within a minute. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Session tokens (`lk_st_…`): an absolute lifetime fixed at the claim and an idle timeout. Checking
 * both reads only the row authentication loads anyway; the last-use time is written when the stored
 * one is older than a minute (or a quarter of a short idle timeout), so a busy token costs one small
 * UPDATE a minute, never one per request.
 */
export class SessionTokenService {
  private readonly idleMs: number;
  private readonly touchEveryMs: number;

  constructor(
    private readonly sessions: ConsentSessionRepository,
    idleTimeoutS: number,
  ) {
    this.idleMs = idleTimeoutS * 1000;
    this.touchEveryMs = Math.min(TOUCH_EVERY_MS, this.idleMs / 4);
  }

  /** The session a token opens; UNAUTHENTICATED (`reason` `expired` / `idle`) once it may not. */
  async authenticate(token: string): Promise<ConsentSessionEntity> {
    const hash = sha256Hex(token);
    const session = await this.sessions.findBySessionTokenHash(hash);
    if (!session) throw unauthenticated("the session token is not valid");
    const now = Date.now();
    if (!session.sessionTokenExpiresAt || session.sessionTokenExpiresAt.getTime() <= now) {
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        "the session token has expired; the user must consent again",
        { reason: "expired" },
      );
    }
    const usedAt = session.sessionTokenUsedAt?.getTime() ?? 0;
    if (now - usedAt > this.idleMs) {
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        "the session token was idle too long; the user must consent again",
        { reason: "idle" },
      );
    }
    if (now - usedAt >= this.touchEveryMs) {
      const at = new Date(now);
      await this.sessions.touchSessionToken(session.id, hash, at);
      session.sessionTokenUsedAt = at;
    }
    return session;
  }
}
