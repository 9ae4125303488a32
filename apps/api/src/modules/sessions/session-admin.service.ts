import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import { assertPageSize, toConnection } from "../../graphql/relay/connection";
import { KeysetCursor } from "../../graphql/relay/keyset-cursor";
import type { ConsentSessionRepository } from "./consent-session.repository";
import { toConsentSession } from "./consent-session.mapper";
import { ConsentSessionConnection } from "./consent-session.connection";
import type { ConsentSessionsArgs } from "./consent-sessions.args";
import { UUID } from "../../util/uuid";

/** The tenant's view over its sessions (secret key only; the resolver checks the key). */
export class SessionAdminService {
  /**
   * Positions are (created_at, id) newest first. The creation instant keeps Postgres' microseconds
   * (UTC text): a JS Date would round them and skip or repeat rows. Cursors are bound to the tenant.
   */
  private readonly cursor: KeysetCursor;

  constructor(
    private readonly sessions: ConsentSessionRepository,
    cursorKey: Buffer,
  ) {
    this.cursor = new KeysetCursor(cursorKey, "s1", [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/, UUID]);
  }

  async list(
    tenantId: string,
    args: ConsentSessionsArgs,
  ): Promise<{ connection: ConsentSessionConnection; sessions: ConsentSessionEntity[] }> {
    assertPageSize(args.first);
    const position = this.cursor.decodeAfter(tenantId, args.after);
    const after = position ? { createdAt: position[0], id: position[1] } : null;
    const statuses = args.filter?.status?.length ? [...new Set(args.filter.status)] : null;
    const { rows, total } = await this.sessions.pageForTenant({
      tenantId,
      statuses,
      createdAfter: args.filter?.createdAfter ?? null,
      createdBefore: args.filter?.createdBefore ?? null,
      after,
      limit: args.first + 1,
    });
    const connection = toConnection(
      ConsentSessionConnection,
      rows,
      args.first,
      total,
      after,
      ({ session, createdAtKey }) => ({
        cursor: this.cursor.encode(tenantId, [createdAtKey, session.id]),
        node: toConsentSession(session),
      }),
    );
    return { connection, sessions: rows.slice(0, args.first).map((r) => r.session) };
  }
}
