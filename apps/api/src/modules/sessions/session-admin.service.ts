import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import { badInput } from "../../errors/error-codes";
import type { ConsentSessionRepository } from "../consent/consent-session.repository";
import { toConsentSession } from "../consent/consent-session.mapper";
import { PageInfo } from "../documents/issued-document.connection";
import { ConsentSessionConnection } from "./consent-session.connection";
import type { ConsentSessionsArgs } from "./consent-sessions.args";
import type { SessionCursor } from "./session-cursor";

const MAX_PAGE = 100;

/** The tenant's view over its sessions (secret key only; the resolver checks the key). */
export class SessionAdminService {
  constructor(
    private readonly sessions: ConsentSessionRepository,
    private readonly cursor: SessionCursor,
  ) {}

  async list(tenantId: string, args: ConsentSessionsArgs): Promise<{ connection: ConsentSessionConnection; sessions: ConsentSessionEntity[] }> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) {
      throw badInput(`first must be between 1 and ${MAX_PAGE}`, "first");
    }
    const after = args.after != null ? this.cursor.decode(tenantId, args.after) : null;
    const statuses = args.filter?.status?.length ? [...new Set(args.filter.status)] : null;
    const { rows, total } = await this.sessions.pageForTenant({
      tenantId,
      statuses,
      createdAfter: args.filter?.createdAfter ?? null,
      createdBefore: args.filter?.createdBefore ?? null,
      after,
      limit: args.first + 1,
    });
    const page = rows.slice(0, args.first);
    const edges = page.map(({ session, createdAtKey }) => ({
      cursor: this.cursor.encode(tenantId, { createdAt: createdAtKey, id: session.id }),
      node: toConsentSession(session),
    }));
    const connection = Object.assign(new ConsentSessionConnection(), {
      totalCount: total,
      edges,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    });
    return { connection, sessions: page.map((r) => r.session) };
  }
}
