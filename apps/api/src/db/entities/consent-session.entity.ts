import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

export enum SessionStatus {
  PENDING = "PENDING",
  EXCHANGING = "EXCHANGING",
  ACTIVE = "ACTIVE",
  DENIED = "DENIED",
  FAILED = "FAILED",
  EXPIRED = "EXPIRED",
  REAUTH_REQUIRED = "REAUTH_REQUIRED",
  ENDED = "ENDED",
}

/** One consent journey. Secrets are stored as hashes (lookups) or AES-GCM ciphertext (`*_enc`). */
@Entity({ name: "consent_sessions" })
export class ConsentSessionEntity {
  @PrimaryColumn("uuid")
  id!: string;

  @Column("uuid", { name: "tenant_id" })
  tenantId!: string;

  @Column("text")
  status!: SessionStatus;

  @Column("text", { name: "state_hash", unique: true })
  stateHash!: string;

  /** The raw state, encrypted, so an idempotent retry can return the same authorization URL. */
  @Column("text", { name: "state_enc", nullable: true })
  stateEnc!: string | null;

  @Column("text", { name: "pkce_verifier_enc", nullable: true })
  pkceVerifierEnc!: string | null;

  @Column("text", { name: "return_url" })
  returnUrl!: string;

  @Column("text")
  purpose!: string;

  @Column("text", { name: "document_types", array: true, default: () => "'{}'" })
  documentTypes!: string[];

  @Column("text")
  flow!: string;

  @Column("integer", { name: "consent_valid_for", nullable: true })
  consentValidFor!: number | null;

  @Column("text", { name: "idempotency_key", nullable: true })
  idempotencyKey!: string | null;

  /** Whose idempotency key it is (see `idempotencyScope`): callers never meet each other's keys. */
  @Column("text", { name: "idempotency_scope", nullable: true })
  idempotencyScope!: string | null;

  @Column("text", { name: "request_fingerprint" })
  requestFingerprint!: string;

  /** Scopes and sign-up hints for DigiLocker's authorize URL (JSON, encrypted: may hold the verified mobile). */
  @Column("text", { name: "authorize_options_enc", nullable: true })
  authorizeOptionsEnc!: string | null;

  /** When a PENDING session's authorization window closes. */
  @Column("timestamptz", { name: "expires_at" })
  expiresAt!: Date;

  @Column("text", { name: "claim_code_hash", nullable: true, unique: true })
  claimCodeHash!: string | null;

  @Column("timestamptz", { name: "claim_expires_at", nullable: true })
  claimExpiresAt!: Date | null;

  /** SHA-256 of the `claimVerifier` startConsent returned: the claim code alone redeems nothing. */
  @Column("text", { name: "claim_verifier_hash", nullable: true })
  claimVerifierHash!: string | null;

  /** SHA-256 of the `statusToken` startConsent returned: it reads this consent's status, nothing else. */
  @Column("text", { name: "status_token_hash", nullable: true })
  statusTokenHash!: string | null;

  /** Claims of the current code refused for a wrong verifier; the code is spent at the limit. */
  @Column("integer", { name: "claim_attempts", default: 0 })
  claimAttempts!: number;

  @Column("text", { name: "session_token_hash", nullable: true, unique: true })
  sessionTokenHash!: string | null;

  /** The session token's absolute end (the consent's validity, at most SESSION_MAX_LIFETIME_S). */
  @Column("timestamptz", { name: "session_token_expires_at", nullable: true })
  sessionTokenExpiresAt!: Date | null;

  /** The token's last use, written at a coarse granularity (never once per request). */
  @Column("timestamptz", { name: "session_token_used_at", nullable: true })
  sessionTokenUsedAt!: Date | null;

  @Column("text", { name: "access_token_enc", nullable: true })
  accessTokenEnc!: string | null;

  @Column("text", { name: "refresh_token_enc", nullable: true })
  refreshTokenEnc!: string | null;

  @Column("timestamptz", { name: "access_expires_at", nullable: true })
  accessExpiresAt!: Date | null;

  @Column("integer", { name: "token_version", default: 0 })
  tokenVersion!: number;

  /** Cross-replica single-flight refresh: who refreshes the grant now, and until when at most. */
  @Column("timestamptz", { name: "refresh_lease_until", nullable: true })
  refreshLeaseUntil!: Date | null;

  @Column("text", { name: "refresh_lease_owner", nullable: true })
  refreshLeaseOwner!: string | null;

  @Column("timestamptz", { name: "consent_valid_till", nullable: true })
  consentValidTill!: Date | null;

  @Column("text", { name: "profile_enc", nullable: true })
  profileEnc!: string | null;

  @Column("timestamptz", { name: "documents_synced_at", nullable: true })
  documentsSyncedAt!: Date | null;

  /** How many documents that sync stored (the unfiltered `totalCount`); null until a sync has counted them. */
  @Column("integer", { name: "documents_count", nullable: true })
  documentsCount!: number | null;

  /** Consent ledger: the notice shown, when consent was given and when it was withdrawn or ended. */
  @Column("text", { name: "notice_version", default: "2026-11" })
  noticeVersion!: string;

  @Column("timestamptz", { name: "granted_at", nullable: true })
  grantedAt!: Date | null;

  @Column("timestamptz", { name: "withdrawn_at", nullable: true })
  withdrawnAt!: Date | null;

  @Column("boolean", { name: "legal_hold", default: false })
  legalHold!: boolean;

  @Column("timestamptz", { name: "purged_at", nullable: true })
  purgedAt!: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
