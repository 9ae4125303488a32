import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { type DigiLockerClient, InvalidGrantError, InvalidTokenError } from "@lockerkit/core";
import type { EncryptionService } from "../../crypto/encryption.service";
import { type ConsentSessionEntity, SessionStatus } from "../../db/entities/consent-session.entity";
import { AppError, ErrorCode } from "../../errors/error-codes";
import type { DigiLockerClients } from "../tenants/digilocker-clients";
import type { ConsentSessionRepository } from "./consent-session.repository";
import { sessionAad as aad } from "./session-secrets";
import { SingleFlight } from "../../util/single-flight";

export interface RefreshTiming {
  /** How long a lease protects one refresh: longer than the token call's deadline (10 s). */
  leaseMs: number;
  /** How long a caller waits for another replica's refresh before UPSTREAM_TIMEOUT. */
  waitMs: number;
  /** Mean poll interval while waiting (jittered ±50 %). */
  pollMs: number;
}

export const DEFAULT_REFRESH_TIMING: RefreshTiming = { leaseMs: 15_000, waitMs: 17_000, pollMs: 100 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The code, the message and, where two states share a code, `extensions.reason` to tell them apart. */
const STATUS_ERRORS: Partial<Record<SessionStatus, [ErrorCode, string, string?]>> = {
  [SessionStatus.PENDING]: [ErrorCode.CONSENT_PENDING, "the user has not finished consenting in DigiLocker"],
  [SessionStatus.EXCHANGING]: [ErrorCode.CONSENT_PENDING, "the consent is being completed"],
  [SessionStatus.DENIED]: [ErrorCode.CONSENT_DENIED, "the user denied consent in DigiLocker"],
  [SessionStatus.FAILED]: [
    ErrorCode.REAUTH_REQUIRED,
    "the consent could not be completed; start a new consent",
  ],
  [SessionStatus.EXPIRED]: [ErrorCode.CONSENT_EXPIRED, "the consent has expired", "expired"],
  [SessionStatus.REAUTH_REQUIRED]: [
    ErrorCode.REAUTH_REQUIRED,
    "the DigiLocker consent is no longer valid; start a new consent",
  ],
  [SessionStatus.ENDED]: [ErrorCode.CONSENT_EXPIRED, "the session has ended", "ended"],
};

/** Guards reads by session state and hands out a live DigiLocker access token. */
export class SessionAccessService {
  private readonly refreshing = new SingleFlight<void>();
  /** This process's lease owner id (diagnostics only: correctness rests on `token_version`). */
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly timing: RefreshTiming;

  constructor(
    private readonly sessions: ConsentSessionRepository,
    private readonly clients: DigiLockerClients,
    private readonly crypto: EncryptionService,
    timing: Partial<RefreshTiming> = {},
    /** Told of every refresh this process attempts: `null` when it committed, else the error (metrics). */
    private readonly onRefresh: (error: unknown) => void = () => undefined,
  ) {
    this.timing = { ...DEFAULT_REFRESH_TIMING, ...timing };
  }

  /** Throws the catalogue error for any session that may not be read now. */
  assertReadable(session: ConsentSessionEntity): void {
    const error = STATUS_ERRORS[session.status];
    if (error) throw new AppError(error[0], error[1], error[2] ? { reason: error[2] } : {});
    if (session.consentValidTill && session.consentValidTill.getTime() <= Date.now()) {
      throw new AppError(ErrorCode.CONSENT_EXPIRED, "the DigiLocker consent has expired", {
        reason: "expired",
      });
    }
  }

  /**
   * Runs an upstream read with the session's access token. An expired token, or a 401 from
   * DigiLocker, triggers one refresh and one retry; `invalid_grant` on refresh means re-consent.
   */
  async withAccessToken<T>(
    sessionId: string,
    read: (accessToken: string, client: DigiLockerClient) => Promise<T>,
  ): Promise<T> {
    let session = await this.load(sessionId);
    const client = await this.clients.forTenantId(session.tenantId);
    if (session.accessExpiresAt && session.accessExpiresAt.getTime() <= Date.now() + 5_000) {
      session = await this.refresh(session);
    }
    try {
      return await read(this.accessToken(session), client);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      session = await this.refresh(session);
      try {
        return await read(this.accessToken(session), client);
      } catch (retryError) {
        // A token renewed a moment ago refused again: DigiLocker misbehaves, the consent itself is intact
        // (a revoked consent fails the refresh with invalid_grant instead). Retryable, not re-consent.
        if (retryError instanceof InvalidTokenError) {
          throw new AppError(
            ErrorCode.UPSTREAM_UNAVAILABLE,
            "DigiLocker refused a freshly renewed token; try again",
          );
        }
        throw retryError;
      }
    }
  }

  /** `refreshSession`: rotates the grant now (single-flight like any other refresh). */
  async refreshNow(sessionId: string): Promise<ConsentSessionEntity> {
    return this.refresh(await this.load(sessionId));
  }

  private async load(sessionId: string): Promise<ConsentSessionEntity> {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw new AppError(ErrorCode.NOT_FOUND, "session not found");
    this.assertReadable(session);
    return session;
  }

  private accessToken(session: ConsentSessionEntity): string {
    return this.crypto.decrypt(session.accessTokenEnc!, aad.accessToken(session.id));
  }

  /**
   * Single-flight per session in this process (one promise), and across replicas a Postgres lease.
   * Whoever holds neither waits for the new `token_version`.
   */
  private async refresh(session: ConsentSessionEntity): Promise<ConsentSessionEntity> {
    await this.refreshing.run(session.id, () => this.refreshAcrossReplicas(session.id, session.tokenVersion));
    return this.load(session.id);
  }

  /**
   * docs/design.md, flow step 6. A short statement takes the lease if the row is still at `seenVersion`; the
   * upstream call runs outside any transaction; the commit is conditional on the version. A caller
   * that finds a live lease polls (bounded) until the version moves, the session leaves ACTIVE, or
   * the lease goes away: released by a failed owner → that failure is ours too; expired (the owner
   * died) → take the lease over.
   */
  private async refreshAcrossReplicas(sessionId: string, seenVersion: number): Promise<void> {
    const deadline = Date.now() + this.timing.waitMs;
    let waited = false;
    for (;;) {
      const leased = await this.sessions.takeRefreshLease(
        sessionId,
        seenVersion,
        this.owner,
        this.timing.leaseMs,
      );
      if (leased) return this.refreshOnce(leased);
      const probe = await this.sessions.refreshProbe(sessionId);
      if (!probe) throw new AppError(ErrorCode.NOT_FOUND, "session not found");
      this.assertReadable(probe.session);
      if (probe.session.tokenVersion !== seenVersion) return; // someone else refreshed: use theirs
      if (!probe.leaseHeld) {
        if (waited && probe.session.refreshLeaseUntil === null) {
          throw new AppError(
            ErrorCode.UPSTREAM_UNAVAILABLE,
            "DigiLocker could not renew the grant just now; try again",
          );
        }
        continue; // never leased, or the holder died: try to take it
      }
      if (Date.now() >= deadline)
        throw new AppError(ErrorCode.UPSTREAM_TIMEOUT, "the DigiLocker grant is being renewed; try again");
      waited = true;
      await sleep(this.timing.pollMs / 2 + Math.random() * this.timing.pollMs);
    }
  }

  /** Runs with the lease held; `session` is the row as leased. */
  private async refreshOnce(session: ConsentSessionEntity): Promise<void> {
    try {
      if (!session.refreshTokenEnc) throw await this.reauth(session);
      const refreshToken = this.crypto.decrypt(session.refreshTokenEnc, aad.refreshToken(session.id));
      let tokens;
      try {
        tokens = await (await this.clients.forTenantId(session.tenantId)).refresh(refreshToken);
      } catch (error) {
        // A 401 from the token endpoint is about the call, not the grant: retryable, never re-consent.
        if (error instanceof InvalidTokenError)
          throw new AppError(
            ErrorCode.UPSTREAM_UNAVAILABLE,
            "DigiLocker could not renew the grant just now; try again",
          );
        if (!(error instanceof InvalidGrantError)) throw error;
        // Someone else may have rotated the token meanwhile: only a stale version means re-consent.
        const current = await this.sessions.findById(session.id);
        if (current && current.tokenVersion !== session.tokenVersion) return;
        throw await this.reauth(session);
      }
      await this.sessions.commitTokens(session.id, session.tokenVersion, {
        accessTokenEnc: this.crypto.encrypt(tokens.accessToken, aad.accessToken(session.id)),
        refreshTokenEnc: tokens.refreshToken
          ? this.crypto.encrypt(tokens.refreshToken, aad.refreshToken(session.id))
          : session.refreshTokenEnc,
        accessExpiresAt: tokens.accessTokenExpiresAt,
        ...(tokens.consentValidTill ? { consentValidTill: tokens.consentValidTill } : {}),
      });
      this.onRefresh(null);
    } catch (error) {
      this.onRefresh(error);
      throw error;
    } finally {
      // After a commit the lease is already gone (the commit clears it); after a failure give it back.
      await this.sessions.releaseRefreshLease(session.id, this.owner).catch(() => undefined);
    }
  }

  private async reauth(session: ConsentSessionEntity): Promise<AppError> {
    await this.sessions.transition({
      id: session.id,
      from: [SessionStatus.ACTIVE],
      to: SessionStatus.REAUTH_REQUIRED,
      set: { withdrawnAt: new Date() },
    });
    const [code, message] = STATUS_ERRORS[SessionStatus.REAUTH_REQUIRED]!;
    return new AppError(code, message);
  }
}
