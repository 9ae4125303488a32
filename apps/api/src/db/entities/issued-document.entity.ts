import { Column, Entity, PrimaryColumn } from "typeorm";

/** One row per session × issued document, synced from `/2/files/issued`. */
@Entity({ name: "issued_documents" })
export class IssuedDocumentEntity {
  @PrimaryColumn("uuid")
  id!: string;

  @Column("uuid", { name: "session_id" })
  sessionId!: string;

  /** Keyset order: assigned at first sync and kept across re-syncs, so cursors stay valid. */
  @Column({
    type: "bigint",
    generated: "identity",
    generatedIdentity: "ALWAYS",
    insert: false,
    update: false,
  })
  seq!: string;

  /** HMAC of the DigiLocker uri: finds a row without decrypting. */
  @Column("text", { name: "uri_hmac" })
  uriHmac!: string;

  @Column("text", { name: "uri_enc" })
  uriEnc!: string;

  @Column("text")
  name!: string;

  @Column("text", { nullable: true })
  doctype!: string | null;

  @Column("text", { name: "description_enc", nullable: true })
  descriptionEnc!: string | null;

  @Column("text", { nullable: true })
  issuer!: string | null;

  @Column("text", { name: "issuer_id", nullable: true })
  issuerId!: string | null;

  @Column("date", { name: "issued_on", nullable: true })
  issuedOn!: string | null;

  @Column("text", { name: "mime_types", array: true, default: () => "'{}'" })
  mimeTypes!: string[];

  /** Bytes, when the issuer says. */
  @Column("bigint", { nullable: true })
  size!: string | null;

  @Column("text", { nullable: true })
  parent!: string | null;

  /** `file` or `dir`, as DigiLocker lists it. */
  @Column("text", { name: "item_type", default: "file" })
  itemType!: string;
}
