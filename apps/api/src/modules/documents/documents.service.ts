import { createHmac, randomUUID } from "node:crypto";
import type { IssuedFile } from "@lockerkit/core";
import type { EncryptionService } from "../../crypto/encryption.service";
import { hmacHex } from "../../crypto/hashing";
import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import { badInput, notFound } from "../../errors/error-codes";
import type { SessionAccessService } from "../sessions/session-access.service";
import { SingleFlight } from "../../util/single-flight";
import type { DocumentsArgs } from "./documents.args";
import { assertPageSize, toConnection } from "../../graphql/relay/connection";
import type { KeysetCursor } from "../../graphql/relay/keyset-cursor";
import { documentCursor } from "./document-cursor";
import { IssuedDocumentConnection } from "./issued-document.connection";
import {
  documentAad,
  type IssuedDocumentRepository,
  type IssuedDocumentRow,
  type NewIssuedDocument,
} from "./issued-document.repository";
import { IssuedDocument } from "./issued-document.type";
import { UUID } from "../../util/uuid";
import { itemSize, lockerItemType } from "./locker-item-type.enum";

const FILTER_VALUE = /^[A-Za-z0-9.]{1,64}$/;

/** The issued list: synced from DigiLocker into Postgres, served by keyset pagination from there. */
export class DocumentsService {
  private readonly syncs = new SingleFlight<void>();

  private readonly cursor: KeysetCursor;
  private readonly tenantUriKeys = new Map<string, Buffer>();

  constructor(
    private readonly documents: IssuedDocumentRepository,
    private readonly access: SessionAccessService,
    private readonly crypto: EncryptionService,
    cursorKey: Buffer,
    private readonly uriKey: Buffer,
    private readonly syncWindowMs: number,
  ) {
    this.cursor = documentCursor(cursorKey);
  }

  async connection(session: ConsentSessionEntity, args: DocumentsArgs): Promise<IssuedDocumentConnection> {
    this.access.assertReadable(session);
    assertPageSize(args.first);
    const afterSeq = this.cursor.decodeAfter(session.id, args.after)?.[0] ?? null;
    const doctypes = this.filterValues(args.filter?.doctypes, "filter.doctypes");
    const issuerIds = this.filterValues(args.filter?.issuerIds, "filter.issuerIds");

    const syncing = args.refresh || this.isStale(session);
    if (syncing) await this.sync(session);

    const { rows, total } = await this.documents.page({
      sessionId: session.id,
      afterSeq,
      limit: args.first + 1,
      doctypes,
      issuerIds,
      // The count the last sync stored; counted with the page instead when filtered, or when this
      // read waited for a sync (maybe another request's, whose count this session object lacks).
      knownTotal: syncing || doctypes || issuerIds ? null : session.documentsCount,
    });
    return toConnection(IssuedDocumentConnection, rows, args.first, total, afterSeq, (row) => ({
      cursor: this.cursor.encode(session.id, [row.seq]),
      node: this.toNode(row),
    }));
  }

  /** One document of this session, or NOT_FOUND (also for another session's id). */
  async get(session: ConsentSessionEntity, id: string): Promise<IssuedDocument> {
    this.access.assertReadable(session);
    const row = UUID.test(id) ? await this.documents.findOne(session.id, id) : null;
    if (!row) throw notFound("document");
    return this.toNode(row);
  }

  /**
   * Re-reads the issued list now, whatever the sync window (a pull just changed it upstream). Not
   * coalesced with a sync already in flight: that one may have listed before the pull.
   */
  async resync(session: ConsentSessionEntity): Promise<void> {
    this.access.assertReadable(session);
    await this.syncOnce(session);
  }

  /** The listed document with this DigiLocker uri, if the last sync saw it. */
  async findByUri(session: ConsentSessionEntity, uri: string): Promise<IssuedDocument | null> {
    const row = await this.documents.findByUriHmac(session.id, this.uriHmac(session.tenantId, uri));
    return row ? this.toNode(row) : null;
  }

  /** The only listed document of this issuer and doctype; null when there is none or more than one. */
  async findOnly(
    session: ConsentSessionEntity,
    issuerId: string,
    doctype: string,
  ): Promise<IssuedDocument | null> {
    const { rows } = await this.documents.page({
      sessionId: session.id,
      afterSeq: null,
      limit: 2,
      doctypes: [doctype],
      issuerIds: [issuerId],
      knownTotal: null,
    });
    return rows.length === 1 ? this.toNode(rows[0]) : null;
  }

  private filterValues(values: string[] | null | undefined, field: string): string[] | null {
    if (!values) return null;
    if (values.length > 50 || values.some((v) => !FILTER_VALUE.test(v)))
      throw badInput(`${field} has an invalid value`, field);
    return values;
  }

  private isStale(session: ConsentSessionEntity): boolean {
    return !session.documentsSyncedAt || Date.now() - session.documentsSyncedAt.getTime() > this.syncWindowMs;
  }

  private sync(session: ConsentSessionEntity): Promise<void> {
    // Concurrent first reads of one session share a single upstream list call.
    return this.syncs.run(session.id, () => this.syncOnce(session));
  }

  private async syncOnce(session: ConsentSessionEntity): Promise<void> {
    const files = await this.access.withAccessToken(session.id, (token, client) => client.listIssued(token));
    // DigiLocker may list the same uri twice; keep the first.
    const seen = new Set<string>();
    const rows: NewIssuedDocument[] = [];
    for (const file of files) {
      const row = this.toRow(session, file);
      if (seen.has(row.uri_hmac)) continue;
      seen.add(row.uri_hmac);
      rows.push(row);
    }
    const syncedAt = new Date();
    await this.documents.replaceAll(session.id, rows, syncedAt);
    session.documentsSyncedAt = syncedAt;
    session.documentsCount = rows.length;
  }

  /**
   * A document's lookup value, keyed per tenant: the same DigiLocker document seen by two tenants gets
   * unrelated values, so the database cannot link one person's sessions across tenants.
   */
  uriHmac(tenantId: string, uri: string): string {
    let key = this.tenantUriKeys.get(tenantId);
    if (!key) {
      key = createHmac("sha256", this.uriKey).update(`tenant:${tenantId}`).digest();
      this.tenantUriKeys.set(tenantId, key);
    }
    return hmacHex(key, uri);
  }

  aad(sessionId: string, uriHmac: string, column: string): string {
    return documentAad(sessionId, uriHmac, column);
  }

  private toRow(session: ConsentSessionEntity, file: IssuedFile): NewIssuedDocument {
    const sessionId = session.id;
    const uriHmac = this.uriHmac(session.tenantId, file.uri);
    return {
      id: randomUUID(),
      session_id: sessionId,
      uri_hmac: uriHmac,
      uri_enc: this.crypto.encrypt(file.uri, this.aad(sessionId, uriHmac, "uri")),
      name: file.name,
      doctype: file.doctype,
      description_enc: file.description
        ? this.crypto.encrypt(file.description, this.aad(sessionId, uriHmac, "description"))
        : null,
      issuer: file.issuer,
      issuer_id: file.issuerId,
      issued_on: file.issuedOn,
      mime_types: file.mimeTypes,
      size: itemSize(file.size) === null ? null : String(file.size),
      parent: file.parent,
      item_type: file.type,
    };
  }

  private toNode(row: IssuedDocumentRow): IssuedDocument {
    return Object.assign(new IssuedDocument(), {
      id: row.id,
      sessionId: row.session_id,
      uri: this.crypto.decrypt(row.uri_enc, this.aad(row.session_id, row.uri_hmac, "uri")),
      name: row.name,
      doctype: row.doctype,
      description: row.description_enc
        ? this.crypto.decrypt(row.description_enc, this.aad(row.session_id, row.uri_hmac, "description"))
        : null,
      issuer: row.issuer,
      issuerId: row.issuer_id,
      issuedOn: row.issued_on === null ? null : String(row.issued_on).slice(0, 10),
      mimeTypes: row.mime_types,
      size: itemSize(row.size),
      parent: row.parent,
      type: lockerItemType(row.item_type),
    });
  }
}
