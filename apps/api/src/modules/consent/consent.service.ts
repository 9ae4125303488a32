import { randomUUID } from "node:crypto";
import {
  createPkcePair,
  type DigiLockerProfile,
  DigiLockerError,
  pkceChallenge,
  randomToken,
} from "@lockerkit/core";
import type { Logger } from "pino";
import type { EntityManager } from "typeorm";
import type { EncryptionService } from "../../crypto/encryption.service";
import { newSecret, sha256Hex } from "../../crypto/hashing";
import { ConsentSessionEntity, SessionStatus } from "../../db/entities/consent-session.entity";
import type { TenantEntity } from "../../db/entities/tenant.entity";
import { AppError, badInput, ErrorCode, notFound } from "../../errors/error-codes";
import { isAllowedReturnUrl } from "../tenants/return-url.policy";
import type { DigiLockerClients } from "../tenants/digilocker-clients";
import type { WebhookEmitter } from "../webhooks/webhook-emitter";
import type { WebhookEventType } from "../webhooks/webhook-event-types";
import { type ConsentSessionRepository, RESUMABLE_STATUSES } from "../sessions/consent-session.repository";
import { sessionAad as aad, STATUS_TOKEN_PREFIX } from "../sessions/session-secrets";
import { ConsentPurpose } from "../sessions/session.enums";
import { ConsentFlow } from "./consent.enums";
import type { StartConsentInput } from "./start-consent.input";
import { type AuthorizeOptions, authorizeOptionsOf, fingerprintOf } from "./authorize-options";
import { UUID } from "../../util/uuid";

const CLAIM_WINDOW_MS = 2 * 60_000;
/** Wrong verifiers a claim code survives: the third spends it (the verifier's 256 bits make guessing moot anyway). */
export const MAX_CLAIM_ATTEMPTS = 3;
const MAX_CONSENT_VALID_FOR_S = 365 * 86_400;
const DOCTYPE = /^[A-Z0-9]{2,16}$/;

export interface CallbackQuery {
  code?: string;
  state?: string;
  error?: string;
}

export interface ClaimPolicy {
  /** A claim without the verifier is refused (production, or REQUIRE_CLAIM_VERIFIER=1). */
  requireVerifier: boolean;
  /** The session token's absolute lifetime cap; the consent's validity when sooner. */
  tokenLifetimeS: number;
}

export interface StartedConsent {
  session: ConsentSessionEntity;
  authorizationUrl: string;
  /** Shown once; only its hash is stored. The claim code is redeemed only together with it. */
  claimVerifier: string;
  /** Shown once; only its hash is stored. Reads this consent's status (consentStatus, consentStatusChanged). */
  statusToken: string;
}

export type CallbackOutcome =
  | { kind: "redirect"; location: string; tenantId: string; sessionId: string; status: string }
  | { kind: "rejected"; message: string };

/** Owns the consent rules: starting, the DigiLocker callback, and claiming a session token. */
export class ConsentService {
  private readonly mobileKey: Buffer;

  constructor(
    private readonly sessions: ConsentSessionRepository,
    private readonly clients: DigiLockerClients,
    private readonly crypto: EncryptionService,
    private readonly webhooks: WebhookEmitter,
    private readonly logger: Logger,
    private readonly pendingWindowMs = 10 * 60_000,
    private readonly claims: ClaimPolicy = { requireVerifier: false, tokenLifetimeS: 30 * 86_400 },
  ) {
    this.mobileKey = crypto.deriveKey("verified-mobile");
  }

  /** `scope`: whose idempotency keys `input.idempotencyKey` is looked up among (see `idempotencyScope`). */
  async start(tenant: TenantEntity, input: StartConsentInput, scope: string): Promise<StartedConsent> {
    const { authorize, ...request } = this.validate(tenant, input);
    const resumeSessionId = input.resumeSessionId ?? null;
    // A resume is a different request from a fresh start with the same fields. Without authorize
    // options the fingerprint is what it always was, so keys given before they existed still match.
    const fingerprinted = authorize
      ? { ...request, authorize: fingerprintOf(authorize, this.mobileKey) }
      : request;
    const fingerprint = sha256Hex(
      JSON.stringify(resumeSessionId ? { ...fingerprinted, resumeSessionId } : fingerprinted),
    );
    if (input.idempotencyKey) {
      const existing = await this.sessions.findByIdempotencyKey(tenant.id, scope, input.idempotencyKey);
      if (existing) return this.replay(tenant, existing, fingerprint);
    }
    if (resumeSessionId)
      return this.resume(
        tenant,
        resumeSessionId,
        request,
        authorize,
        input.idempotencyKey ? { idempotencyKey: input.idempotencyKey, idempotencyScope: scope } : {},
        fingerprint,
      );
    const id = randomUUID();
    const state = randomToken();
    const pkce = createPkcePair();
    const claimVerifier = newSecret("lk_cv_");
    const statusToken = newSecret(STATUS_TOKEN_PREFIX);
    const session = Object.assign(new ConsentSessionEntity(), {
      id,
      tenantId: tenant.id,
      status: SessionStatus.PENDING,
      stateHash: sha256Hex(state),
      stateEnc: this.crypto.encrypt(state, aad.state(id)),
      pkceVerifierEnc: this.crypto.encrypt(pkce.verifier, aad.verifier(id)),
      claimVerifierHash: sha256Hex(claimVerifier),
      statusTokenHash: sha256Hex(statusToken),
      returnUrl: request.returnUrl,
      purpose: request.purpose,
      documentTypes: request.documentTypes,
      flow: request.flow,
      consentValidFor: request.consentValidFor,
      authorizeOptionsEnc: this.encryptOptions(id, authorize),
      idempotencyKey: input.idempotencyKey ?? null,
      idempotencyScope: input.idempotencyKey ? scope : null,
      requestFingerprint: fingerprint,
      expiresAt: new Date(Date.now() + this.pendingWindowMs),
      tokenVersion: 0,
    });
    try {
      await this.sessions.insert(session);
    } catch (error) {
      // A concurrent duplicate with the same idempotency key won the insert: answer with its session.
      const winner =
        input.idempotencyKey &&
        (await this.sessions.findByIdempotencyKey(tenant.id, scope, input.idempotencyKey));
      if (winner) return this.replay(tenant, winner, fingerprint);
      throw error;
    }
    const stored = (await this.sessions.findById(id))!;
    return {
      session: stored,
      authorizationUrl: this.authorizationUrl(tenant, stored, state, pkceChallenge(pkce.verifier)),
      claimVerifier,
      statusToken,
    };
  }

  /**
   * Re-consent on an existing session: a new state and PKCE pair on the same row, so once DigiLocker
   * answers, the session id, its documents and its KYC carry on. The old grant is dropped (it is
   * already dead: refused, expired or never given); documents re-sync on the next read.
   */
  private async resume(
    tenant: TenantEntity,
    sessionId: string,
    request: Omit<ReturnType<ConsentService["validate"]>, "authorize">,
    authorize: AuthorizeOptions | null,
    idempotency: { idempotencyKey?: string; idempotencyScope?: string },
    fingerprint: string,
  ): Promise<StartedConsent> {
    if (!UUID.test(sessionId)) throw notFound("consent session");
    const state = randomToken();
    const pkce = createPkcePair();
    const claimVerifier = newSecret("lk_cv_");
    const statusToken = newSecret(STATUS_TOKEN_PREFIX);
    const reopened = await this.sessions.reopen(sessionId, tenant.id, {
      stateHash: sha256Hex(state),
      stateEnc: this.crypto.encrypt(state, aad.state(sessionId)),
      pkceVerifierEnc: this.crypto.encrypt(pkce.verifier, aad.verifier(sessionId)),
      ...request,
      authorizeOptionsEnc: this.encryptOptions(sessionId, authorize),
      ...idempotency,
      requestFingerprint: fingerprint,
      expiresAt: new Date(Date.now() + this.pendingWindowMs),
      accessTokenEnc: null,
      refreshTokenEnc: null,
      accessExpiresAt: null,
      consentValidTill: null,
      claimCodeHash: null,
      claimExpiresAt: null,
      claimVerifierHash: sha256Hex(claimVerifier),
      statusTokenHash: sha256Hex(statusToken),
      claimAttempts: 0,
      refreshLeaseOwner: null,
      refreshLeaseUntil: null,
      documentsSyncedAt: null,
      documentsCount: null,
    });
    if (!reopened) throw await this.notResumable(sessionId, tenant.id);
    return {
      session: reopened,
      authorizationUrl: this.authorizationUrl(tenant, reopened, state, pkceChallenge(pkce.verifier)),
      claimVerifier,
      statusToken,
    };
  }

  private async notResumable(sessionId: string, tenantId: string): Promise<AppError> {
    const session = await this.sessions.findById(sessionId);
    if (!session || session.tenantId !== tenantId) return notFound("consent session");
    if (session.status === SessionStatus.EXCHANGING)
      return new AppError(ErrorCode.CONSENT_PENDING, "the consent is being completed");
    if (session.status === SessionStatus.ACTIVE)
      return badInput("the session's consent is still active; nothing to resume", "resumeSessionId");
    if (session.purgedAt || session.status === SessionStatus.ENDED) {
      return badInput("an ended or purged session cannot be resumed; start a new consent", "resumeSessionId");
    }
    return badInput(
      `a ${session.status} session cannot be resumed (only ${RESUMABLE_STATUSES.join(", ")})`,
      "resumeSessionId",
    );
  }

  /**
   * An idempotent retry: the same session and authorization URL. Only the claim verifier's hash is
   * stored, so the retry gets a new verifier, which replaces the first (the latest answer is the one
   * the caller keeps); once DigiLocker has answered nothing is repeated.
   */
  private async replay(
    tenant: TenantEntity,
    existing: ConsentSessionEntity,
    fingerprint: string,
  ): Promise<StartedConsent> {
    if (existing.requestFingerprint !== fingerprint) {
      throw badInput("idempotencyKey was already used with a different input", "idempotencyKey");
    }
    const spent = () =>
      badInput(
        `the consent for this idempotencyKey is already ${existing.status.toLowerCase()}; use a new key`,
        "idempotencyKey",
      );
    // DigiLocker already answered this consent: its link is spent, so there is nothing to repeat.
    if (!existing.stateEnc || !existing.pkceVerifierEnc) throw spent();
    const claimVerifier = newSecret("lk_cv_");
    const statusToken = newSecret(STATUS_TOKEN_PREFIX);
    if (
      !(await this.sessions.replaceClaimVerifier(
        existing.id,
        sha256Hex(claimVerifier),
        sha256Hex(statusToken),
      ))
    )
      throw spent();
    const state = this.crypto.decrypt(existing.stateEnc, aad.state(existing.id));
    const verifier = this.crypto.decrypt(existing.pkceVerifierEnc, aad.verifier(existing.id));
    return {
      session: existing,
      authorizationUrl: this.authorizationUrl(tenant, existing, state, pkceChallenge(verifier)),
      claimVerifier,
      statusToken,
    };
  }

  private validate(tenant: TenantEntity, input: StartConsentInput) {
    if (!isAllowedReturnUrl(input.returnUrl, tenant.allowedReturnUrls)) {
      throw badInput("returnUrl is not in the tenant's allowed return URLs", "returnUrl");
    }
    const documentTypes = [...new Set(input.documentTypes ?? [])];
    const badType = documentTypes.find((t) => !DOCTYPE.test(t));
    if (badType !== undefined)
      throw badInput(`documentTypes: "${badType.slice(0, 20)}" is not a DigiLocker doctype`, "documentTypes");
    const validFor = input.consentValidFor ?? null;
    if (validFor !== null && (validFor < 60 || validFor > MAX_CONSENT_VALID_FOR_S)) {
      throw badInput(
        `consentValidFor must be between 60 and ${MAX_CONSENT_VALID_FOR_S} seconds`,
        "consentValidFor",
      );
    }
    if (
      input.idempotencyKey !== undefined &&
      input.idempotencyKey !== null &&
      !/^[\x21-\x7e]{1,200}$/.test(input.idempotencyKey)
    ) {
      throw badInput("idempotencyKey must be 1–200 printable ASCII characters", "idempotencyKey");
    }
    const flow = input.flow ?? ConsentFlow.SIGNIN;
    return {
      returnUrl: input.returnUrl,
      purpose: input.purpose ?? ConsentPurpose.KYC,
      documentTypes,
      flow,
      consentValidFor: validFor,
      authorize: authorizeOptionsOf(input, flow),
    };
  }

  private encryptOptions(sessionId: string, options: AuthorizeOptions | null): string | null {
    return options ? this.crypto.encryptJson(options, aad.authorizeOptions(sessionId)) : null;
  }

  private authorizationUrl(
    tenant: TenantEntity,
    session: ConsentSessionEntity,
    state: string,
    codeChallenge: string,
  ): string {
    const options = session.authorizeOptionsEnc
      ? this.crypto.decryptJson<AuthorizeOptions>(
          session.authorizeOptionsEnc,
          aad.authorizeOptions(session.id),
        )
      : null;
    return this.clients.forTenant(tenant).authorizeUrl({
      state,
      codeChallenge,
      purpose: session.purpose.toLowerCase() as Lowercase<ConsentPurpose>,
      documentTypes: session.documentTypes,
      flow: session.flow === ConsentFlow.SIGNUP ? "signup" : "signin",
      // From when this consent was asked for: the creation, or the latest resume.
      consentValidTill: session.consentValidFor
        ? new Date(session.updatedAt.getTime() + session.consentValidFor * 1000)
        : undefined,
      scope: options?.scopes,
      verifiedMobile: options?.verifiedMobile ?? undefined,
      pla: options?.pla,
      plsignup: options?.plsignup,
    });
  }

  /**
   * DigiLocker's redirect. The state is consumed atomically before anything else, so a replay finds
   * nothing and makes no token request; the one code exchange is never retried.
   */
  async handleCallback(query: CallbackQuery): Promise<CallbackOutcome> {
    if (!query.state) return { kind: "rejected", message: "missing state" };
    const stateHash = sha256Hex(query.state);
    const denied = query.error !== undefined || !query.code;
    const next = denied
      ? query.error === "access_denied"
        ? SessionStatus.DENIED
        : SessionStatus.FAILED
      : SessionStatus.EXCHANGING;
    const session = await this.settle(
      (m) => this.sessions.consumeState(stateHash, next, m),
      next === SessionStatus.DENIED ? "consent.denied" : null,
    );
    if (!session) {
      const expired = await this.settle((m) => this.sessions.expireState(stateHash, m), "consent.expired");
      if (expired) return this.redirect(expired, "expired");
      return { kind: "rejected", message: "this consent link is unknown or was already used" };
    }
    if (denied) return this.redirect(session, next === SessionStatus.DENIED ? "denied" : "failed");

    const verifier = this.crypto.decrypt(session.pkceVerifierEnc!, aad.verifier(session.id));
    const client = await this.clients.forTenantId(session.tenantId);
    let tokens;
    try {
      tokens = await client.exchangeCode(query.code!, verifier);
    } catch (error) {
      this.logger.warn(
        { sessionId: session.id, upstream: error instanceof DigiLockerError ? error.code : "unknown" },
        "code exchange failed",
      );
      await this.sessions.transition({
        id: session.id,
        from: [SessionStatus.EXCHANGING],
        to: SessionStatus.FAILED,
        set: { pkceVerifierEnc: null },
      });
      return this.redirect(session, "failed");
    }
    // The spec's token answer carries no profile: read /1/user rather than leave `me` empty (and
    // aadhaarKyc guessing). A failure here costs the profile only, never the consent.
    let profile = tokens.profile;
    if (!profile) {
      profile = await client.getUser(tokens.accessToken).catch((error: unknown) => {
        this.logger.warn(
          { sessionId: session.id, upstream: error instanceof DigiLockerError ? error.code : "unknown" },
          "profile read after the code exchange failed",
        );
        return null;
      });
    }
    // A resumed session continues someone's data: only the same DigiLocker account may continue it.
    const previous = session.profileEnc
      ? this.crypto.decryptJson<DigiLockerProfile>(session.profileEnc, aad.profile(session.id))
      : null;
    if (previous && previous.digilockerId !== profile?.digilockerId) {
      void client
        .revoke(
          tokens.refreshToken ?? tokens.accessToken,
          tokens.refreshToken ? "refresh_token" : "access_token",
        )
        .catch(() => undefined);
      this.logger.warn({ sessionId: session.id }, "re-consent came from another DigiLocker account; refused");
      await this.sessions.transition({
        id: session.id,
        from: [SessionStatus.EXCHANGING],
        to: SessionStatus.REAUTH_REQUIRED,
        set: { pkceVerifierEnc: null },
      });
      return this.redirect(session, "failed");
    }
    const claimCode = randomToken();
    // Tokens nobody will hold (the row could not be activated) are revoked at once, best effort,
    // rather than left as a live grant at DigiLocker; the session itself ends FAILED (here or by the sweep).
    const abandon = () => {
      const token = tokens.refreshToken ?? tokens.accessToken;
      void client
        .revoke(token, tokens.refreshToken ? "refresh_token" : "access_token")
        .catch(() => undefined);
    };
    const activated = await this.settle(
      (m) =>
        this.sessions.transition(
          {
            id: session.id,
            from: [SessionStatus.EXCHANGING],
            to: SessionStatus.ACTIVE,
            set: {
              pkceVerifierEnc: null,
              accessTokenEnc: this.crypto.encrypt(tokens.accessToken, aad.accessToken(session.id)),
              refreshTokenEnc: tokens.refreshToken
                ? this.crypto.encrypt(tokens.refreshToken, aad.refreshToken(session.id))
                : null,
              accessExpiresAt: tokens.accessTokenExpiresAt,
              consentValidTill: tokens.consentValidTill,
              profileEnc: profile ? this.crypto.encryptJson(profile, aad.profile(session.id)) : null,
              grantedAt: new Date(),
              withdrawnAt: null,
              claimCodeHash: sha256Hex(claimCode),
              claimExpiresAt: new Date(Date.now() + CLAIM_WINDOW_MS),
              claimAttempts: 0,
              // Past any version a previous grant of this session reached, so stale refresh commits lose.
              tokenVersion: session.tokenVersion + 1,
            },
          },
          m,
        ),
      "consent.completed",
    ).catch((error: unknown) => {
      abandon();
      throw error;
    });
    if (!activated) {
      abandon();
      return { kind: "rejected", message: "this consent changed state while it was being completed" };
    }
    return this.redirect(activated, "active", claimCode);
  }

  /**
   * A state change and the webhook event it causes commit together (at least once: no crash between
   * them can lose the event); delivery is attempted right after the commit.
   */
  private async settle(
    change: (manager: EntityManager | undefined) => Promise<ConsentSessionEntity | null>,
    event: WebhookEventType | null,
  ): Promise<ConsentSessionEntity | null> {
    // Nothing to announce (the exchange is under way, or it failed): no transaction needed.
    if (!event) return change(undefined);
    const { session, announced } = await this.sessions.inTransaction(async (manager) => {
      const changed = await change(manager);
      const queued = changed
        ? await this.webhooks.emit(
            changed.tenantId,
            event,
            { sessionId: changed.id, status: changed.status },
            manager,
          )
        : false;
      return { session: changed, announced: queued };
    });
    // Deliver now only when the tenant subscribes (an event was queued).
    if (announced) this.webhooks.flush();
    return session;
  }

  private redirect(session: ConsentSessionEntity, status: string, claimCode?: string): CallbackOutcome {
    const target = new URL(session.returnUrl);
    target.searchParams.set("session", session.id);
    target.searchParams.set("status", status);
    if (claimCode) target.searchParams.set("code", claimCode);
    return {
      kind: "redirect",
      location: target.toString(),
      tenantId: session.tenantId,
      sessionId: session.id,
      status,
    };
  }

  /**
   * Exchanges a single-use claim code, with the verifier startConsent returned, for the session token.
   * The code travels in the return URL (history, logs, referrers); the verifier never leaves the page
   * that started the consent, so a leaked URL alone yields nothing. A wrong verifier counts as an
   * attempt (MAX_CLAIM_ATTEMPTS spend the code). A tenant key restricts the claim to that tenant.
   */
  async claim(
    code: string,
    claimVerifier: string | null,
    tenantId: string | null,
  ): Promise<{ sessionToken: string; session: ConsentSessionEntity }> {
    const invalid = (reason: "used" | "expired" | "unknown" = "unknown") =>
      new AppError(
        ErrorCode.BAD_USER_INPUT,
        `the claim code is ${reason === "unknown" ? "not valid" : reason}`,
        { field: "code", reason },
      );
    if (!code || code.length > 200) throw invalid();
    if (claimVerifier === null && this.claims.requireVerifier) {
      throw badInput(
        "claimVerifier is required: send the claimVerifier startConsent returned with this code",
        "claimVerifier",
      );
    }
    if (claimVerifier !== null && (!claimVerifier || claimVerifier.length > 200))
      throw badInput("claimVerifier is not valid", "claimVerifier");
    const claimCodeHash = sha256Hex(code);
    const sessionToken = newSecret("lk_st_");
    const session = await this.sessions.claim({
      claimCodeHash,
      claimVerifierHash: claimVerifier === null ? null : sha256Hex(claimVerifier),
      sessionTokenHash: sha256Hex(sessionToken),
      now: new Date(),
      maxLifetimeS: this.claims.tokenLifetimeS,
    });
    if (!session) {
      const attempts =
        claimVerifier === null ? null : await this.sessions.refuseClaim(claimCodeHash, MAX_CLAIM_ATTEMPTS);
      if (attempts === null) throw invalid(await this.sessions.claimCodeReason(claimCodeHash));
      const left = MAX_CLAIM_ATTEMPTS - attempts;
      throw badInput(
        `the claimVerifier does not match this claim code; ${left > 0 ? `${left} attempt(s) left` : "the code is now spent: start a new consent"}`,
        "claimVerifier",
      );
    }
    if (tenantId && session.tenantId !== tenantId) {
      // Do not hand another tenant's session out; the code is spent either way.
      await this.sessions.transition({
        id: session.id,
        from: [SessionStatus.ACTIVE],
        to: SessionStatus.ACTIVE,
        set: { sessionTokenHash: null },
      });
      throw invalid();
    }
    return { sessionToken, session };
  }
}
