import {
  InsufficientScopeError,
  NotFoundError,
  type UploadedItem as UpstreamItem,
  type UploadedListing,
} from "@lockerkit/core";
import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import { badInput, forbidden, notFound } from "../../errors/error-codes";
import { assertPageSize, toConnection } from "../../graphql/relay/connection";
import { KeysetCursor } from "../../graphql/relay/keyset-cursor";
import { itemSize, lockerItemType } from "../documents/locker-item-type.enum";
import type { SessionAccessService } from "../sessions/session-access.service";
import { SingleFlight } from "../../util/single-flight";
import type { UploadedDocumentsArgs } from "./uploaded-documents.args";
import { UploadedItemConnection } from "./uploaded-item.connection";
import { UploadedItem } from "./uploaded-item.type";

const FOLDER_ID = /^[^\s/?#%\\]{1,200}$/;
const MAX_CACHED = 500;

/**
 * Self-uploaded files (`/1/files/`, `/1/files/{id}`): read live from DigiLocker (it has no pagination),
 * paged here. A folder's listing is kept in memory for the documents sync window, so paging through
 * it costs one upstream call; nothing of it is written to the database.
 */
export class UploadedDocumentsService {
  private readonly cursor: KeysetCursor;
  private readonly cache = new Map<string, { at: number; listing: UploadedListing }>();
  private readonly reads = new SingleFlight<UploadedListing>();

  constructor(
    private readonly access: SessionAccessService,
    cursorKey: Buffer,
    private readonly cacheMs: number,
  ) {
    // Positions are offsets into the folder's listing; the MAC binds them to the session and folder.
    this.cursor = new KeysetCursor(cursorKey, "u1", [/^\d{1,6}$/]);
  }

  async connection(
    session: ConsentSessionEntity,
    args: UploadedDocumentsArgs,
  ): Promise<UploadedItemConnection> {
    this.access.assertReadable(session);
    assertPageSize(args.first);
    const folderId = args.folderId ?? null;
    if (folderId !== null && !FOLDER_ID.test(folderId))
      throw badInput("folderId is not a DigiLocker folder id", "folderId");
    const scope = `${session.id}|${folderId ?? ""}`;
    const after = this.cursor.decodeAfter(scope, args.after);
    const start = after ? Number(after[0]) + 1 : 0;

    const listing = await this.listing(session, folderId, scope);
    const rows = listing.items
      .slice(start, start + args.first + 1)
      .map((item, i) => ({ item, index: start + i }));
    return toConnection(
      UploadedItemConnection,
      rows,
      args.first,
      listing.items.length,
      after,
      ({ item, index }) => ({
        cursor: this.cursor.encode(scope, [String(index)]),
        node: toNode(item),
      }),
    );
  }

  private async listing(
    session: ConsentSessionEntity,
    folderId: string | null,
    key: string,
  ): Promise<UploadedListing> {
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at <= this.cacheMs) return cached.listing;
    return this.reads.run(key, async () => {
      let listing: UploadedListing;
      try {
        listing = await this.access.withAccessToken(session.id, (token, client) =>
          client.listUploaded(token, folderId ?? undefined),
        );
      } catch (error) {
        if (error instanceof NotFoundError) throw notFound("folder");
        // The consent was asked without files.uploadeddocs: a fact about this session, not an outage.
        if (error instanceof InsufficientScopeError)
          throw forbidden("this consent does not include uploaded documents (scope files.uploadeddocs)");
        throw error;
      }
      this.cache.delete(key);
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, { at: Date.now(), listing });
      return listing;
    });
  }
}

function toNode(item: UpstreamItem): UploadedItem {
  const dir = item.type === "dir";
  return Object.assign(new UploadedItem(), {
    id: item.id,
    name: item.name,
    type: lockerItemType(item.type),
    size: dir ? null : itemSize(item.size),
    date: item.date,
    mime: dir ? null : (item.mimeTypes[0] ?? null),
    uri: dir ? null : item.uri,
    description: item.description,
  });
}
