import {
  type DownloadedDocument,
  mapCertificateXml,
  RefusedInputError,
  type SignatureVerdict,
  type TrustStore,
  type TypedCertificate,
} from "@lockerkit/core";
import type { EncryptionService } from "../../crypto/encryption.service";
import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import type { TenantEntity } from "../../db/entities/tenant.entity";
import { forbidden } from "../../errors/error-codes";
import type { SessionAccessService } from "../sessions/session-access.service";
import { SingleFlight } from "../../util/single-flight";
import {
  type ContentKind,
  contentAad,
  type DocumentContentRepository,
  type DocumentContentRow,
} from "./document-content.repository";
import { DocumentContent, DocumentContentFormat, DocumentIntegrity } from "./document-content.type";
import type { DocumentsService } from "./documents.service";
import type { IssuedDocument } from "./issued-document.type";

const XML = "application/xml";

/** Signs a short-lived download link for a stored file (http/file-url.signer.ts serves and verifies it). */
export interface FileUrls {
  url(sessionId: string, documentId: string): string;
}

/** What `data_enc` holds: the typed record and the full signature verdict. */
interface TypedContent {
  document: TypedCertificate;
  signature: SignatureVerdict;
}

// XML that was refused (never parsed) has no signature anyone checked.
const unverified: SignatureVerdict = {
  verified: false,
  reason: "malformed-signature",
  signer: null,
  fingerprint: null,
  certificateExpired: null,
  trustedBy: null,
  chain: [],
};

/** Fetches a document's bytes once, checks them, stores them encrypted, and serves them from Postgres after. */
export class DocumentContentService {
  private readonly fetches = new SingleFlight<DocumentContentRow>();

  constructor(
    private readonly contents: DocumentContentRepository,
    private readonly documents: DocumentsService,
    private readonly access: SessionAccessService,
    private readonly crypto: EncryptionService,
    private readonly trustStore: TrustStore,
    private readonly fileUrls: FileUrls,
  ) {}

  /** `document(id)`: the primary content (XML when DigiLocker has it, else the file), fetched on first read. */
  async primary(session: ConsentSessionEntity, document: IssuedDocument): Promise<DocumentContent> {
    const kind: ContentKind = document.mimeTypes.includes(XML) ? "xml" : "file";
    const row = await this.ensure(session, document, kind);
    return this.toContent(session.id, document, row);
  }

  /**
   * The console's "Show contents" (secret key): one document's primary content, fetched like `document(id)`,
   * only when the tenant's policy allows operators to see contents.
   */
  async reveal(
    tenant: TenantEntity,
    session: ConsentSessionEntity,
    documentId: string,
  ): Promise<DocumentContent> {
    if (!tenant.consoleDocumentContents) {
      throw forbidden(
        "the tenant's policy does not allow showing document contents (consoleDocumentContents is off)",
        "policy",
      );
    }
    return this.primary(session, await this.documents.get(session, documentId));
  }

  /** The stored primary content of many documents in one statement, for lists; nothing is fetched. */
  async storedPrimary(
    sessionId: string,
    documents: readonly IssuedDocument[],
  ): Promise<Array<DocumentContent | null>> {
    const rows = await this.contents.findByDocumentIds(documents.map((d) => d.id));
    const byKey = new Map(rows.map((r) => [`${r.document_id}:${r.kind}`, r]));
    return Promise.all(
      documents.map((d) => {
        const row = byKey.get(`${d.id}:xml`) ?? byKey.get(`${d.id}:file`);
        return row ? this.toContent(sessionId, d, row) : Promise.resolve(null);
      }),
    );
  }

  /** Bytes behind a signed `fileUrl`: the stored file, fetched and stored on first download. */
  async file(
    session: ConsentSessionEntity,
    documentId: string,
  ): Promise<{ bytes: Buffer; mimeType: string; name: string }> {
    const document = await this.documents.get(session, documentId);
    const row = await this.ensure(session, document, "file");
    return {
      bytes: this.crypto.decryptBytes(row.raw_enc, this.aad(document.id, "file")),
      mimeType: row.mime_type,
      name: document.name,
    };
  }

  private hasFile(document: IssuedDocument): boolean {
    return document.mimeTypes.some((m) => m !== XML);
  }

  private async ensure(
    session: ConsentSessionEntity,
    document: IssuedDocument,
    kind: ContentKind,
  ): Promise<DocumentContentRow> {
    const stored = await this.contents.find(document.id, kind);
    if (stored) return stored;
    return this.fetches.run(`${document.id}:${kind}`, async () => {
      // A flight that finished between our read and now has stored the bytes: read again before fetching.
      const storedMeanwhile = await this.contents.find(document.id, kind);
      if (storedMeanwhile) return storedMeanwhile;
      const downloaded = await this.access.withAccessToken(session.id, (token, client) =>
        kind === "xml" ? client.getXml(token, document.uri) : client.getFile(token, document.uri),
      );
      const row = this.toRow(document, kind, downloaded);
      if (await this.contents.insert(row)) return row;
      // Another process stored these bytes first: answer with what is stored.
      return (await this.contents.find(document.id, kind)) ?? row;
    });
  }

  private toRow(
    document: IssuedDocument,
    kind: ContentKind,
    downloaded: DownloadedDocument,
  ): DocumentContentRow {
    const documentId = document.id;
    let json: unknown = null;
    let typed: TypedContent | null = null;
    if (kind === "xml") {
      try {
        const mapped = mapCertificateXml(downloaded.bytes, this.trustStore, {}, document.doctype);
        json = mapped;
        typed = { document: mapped.document, signature: mapped.signature };
      } catch (error) {
        // Hostile or broken XML is kept as received (hmac-checked) but never parsed or trusted.
        if (!(error instanceof RefusedInputError)) throw error;
      }
    }
    const signature = typed?.signature ?? null;
    return {
      document_id: documentId,
      kind,
      mime_type: downloaded.contentType,
      size: downloaded.bytes.length,
      // Encrypted, not a plain digest: equal documents must not be joinable across tenants in the database.
      sha256: null,
      sha256_enc: this.crypto.encrypt(downloaded.sha256, this.aad(documentId, `${kind}:sha256`)),
      raw_enc: this.crypto.encrypt(downloaded.bytes, this.aad(documentId, kind)),
      json_enc: json === null ? null : this.crypto.encryptJson(json, this.aad(documentId, `${kind}:json`)),
      data_enc: typed === null ? null : this.crypto.encryptJson(typed, this.aad(documentId, `${kind}:data`)),
      hmac_verified: true,
      signature_verified: kind === "xml" ? (signature?.verified ?? false) : null,
      signer: signature?.verified ? signature.signer : null,
      fingerprint: signature?.verified ? signature.fingerprint : null,
      fetched_at: new Date(),
    };
  }

  /**
   * The typed record of a row: stored, or, for a row stored before typed documents, mapped again from its
   * stored bytes (with today's trust store) and stored for next time.
   */
  private async typedContent(
    document: IssuedDocument,
    row: DocumentContentRow,
  ): Promise<TypedContent | null> {
    if (row.kind !== "xml") return null;
    if (row.data_enc)
      return this.crypto.decryptJson<TypedContent>(row.data_enc, this.aad(document.id, "xml:data"));
    if (!row.json_enc || !row.raw_enc) return null;
    let typed: TypedContent;
    try {
      const mapped = mapCertificateXml(
        this.crypto.decryptBytes(row.raw_enc, this.aad(document.id, "xml")),
        this.trustStore,
        {},
        document.doctype,
      );
      typed = { document: mapped.document, signature: mapped.signature };
    } catch (error) {
      if (!(error instanceof RefusedInputError)) throw error;
      return null;
    }
    await this.contents.setData(
      document.id,
      "xml",
      this.crypto.encryptJson(typed, this.aad(document.id, "xml:data")),
    );
    return typed;
  }

  private async toContent(
    sessionId: string,
    document: IssuedDocument,
    row: DocumentContentRow,
  ): Promise<DocumentContent> {
    const typed = await this.typedContent(document, row);
    return Object.assign(new DocumentContent(), {
      format: row.kind === "xml" ? DocumentContentFormat.XML : DocumentContentFormat.FILE,
      mimeType: row.mime_type,
      size: row.size,
      sha256: row.sha256_enc
        ? this.crypto.decrypt(row.sha256_enc, this.aad(document.id, `${row.kind}:sha256`))
        : (row.sha256 ?? ""),
      json: row.json_enc
        ? this.crypto.decryptJson(row.json_enc, this.aad(document.id, `${row.kind}:json`))
        : null,
      data: typed?.document ?? null,
      signature: row.kind === "xml" ? (typed?.signature ?? unverified) : null,
      fileUrl: this.hasFile(document) ? this.fileUrls.url(sessionId, document.id) : null,
      integrity: Object.assign(new DocumentIntegrity(), {
        hmacVerified: row.hmac_verified,
        signatureVerified: row.signature_verified,
        signer: row.signer,
        fingerprint: row.fingerprint,
      }),
      fetchedAt: row.fetched_at,
    });
  }

  private aad(documentId: string, column: string): string {
    return contentAad(documentId, column);
  }
}
