import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

@Entity({ name: "tenants" })
export class TenantEntity {
  @PrimaryColumn("uuid")
  id!: string;

  @Column("text")
  name!: string;

  /** SHA-256 of the `lk_pk_…` key; the key itself is shown once and never stored. */
  @Column("text", { name: "publishable_key_hash", unique: true })
  publishableKeyHash!: string;

  @Column("text", { name: "secret_key_hash", unique: true })
  secretKeyHash!: string;

  /** Return-URL patterns: `scheme://host[:port|:*][/path-prefix]`. */
  @Column("text", { name: "allowed_return_urls", array: true, default: () => "'{}'" })
  allowedReturnUrls!: string[];

  @Column("text", { name: "allowed_origins", array: true, default: () => "'{}'" })
  allowedOrigins!: string[];

  /** Whether Aadhaar photos are returned (and kept, encrypted) for this tenant; off unless opted in. */
  @Column("boolean", { name: "return_photos", default: false })
  returnPhotos!: boolean;

  /** Days an ended or expired session's data is kept before the purge erases it. */
  @Column("integer", { name: "retention_days", default: 30 })
  retentionDays!: number;

  /** Own DigiLocker partner credentials; null means the deployment's default client. */
  @Column("text", { name: "digilocker_client_id", nullable: true })
  digilockerClientId!: string | null;

  @Column("text", { name: "digilocker_client_secret_enc", nullable: true })
  digilockerClientSecretEnc!: string | null;

  @Column("text", { name: "digilocker_redirect_uri", nullable: true })
  digilockerRedirectUri!: string | null;

  /** How old a KYC artefact may be (from its generated-at time) for `freshness.withinLimit`. */
  @Column("integer", { name: "kyc_max_age_seconds", default: 259200 })
  kycMaxAgeSeconds!: number;

  /** How long a KYC receipt (SD-JWT VC) is valid from issuance: its `exp`. */
  @Column("integer", { name: "receipt_lifetime_seconds", default: 2592000 })
  receiptLifetimeSeconds!: number;

  /** Whether revealDocumentContent (the console's "Show contents") may answer; off unless opted in. */
  @Column("boolean", { name: "console_document_contents", default: false })
  consoleDocumentContents!: boolean;

  @Column("boolean", { name: "is_demo", default: false })
  isDemo!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
