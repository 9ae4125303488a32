import { timingSafeEqual } from "node:crypto";
import { hmacHex } from "../../crypto/hashing";
import { badInput } from "../../errors/error-codes";

const VERSION = "s1";
const CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A position in the newest-first session list: the row's creation instant (UTC, microseconds) and id. */
export interface SessionPosition {
  createdAt: string;
  id: string;
}

/**
 * Opaque, versioned cursors for `consentSessions`: `base64url("s1|<created>|<id>|<mac>")`. The
 * creation instant keeps Postgres' microseconds (a JS Date would round them and skip or repeat rows);
 * the MAC binds the position to the tenant, so another tenant's or a forged cursor is refused.
 */
export class SessionCursor {
  constructor(private readonly key: Buffer) {}

  encode(tenantId: string, position: SessionPosition): string {
    const body = `${VERSION}|${position.createdAt}|${position.id}`;
    return Buffer.from(`${body}|${this.mac(tenantId, body)}`).toString("base64url");
  }

  decode(tenantId: string, cursor: string): SessionPosition {
    const invalid = () => badInput("after is not a cursor of this connection", "after");
    if (cursor.length > 300 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
    const parts = Buffer.from(cursor, "base64url").toString("utf8").split("|");
    const [version, createdAt, id, mac] = parts;
    if (parts.length !== 4 || version !== VERSION || !CREATED.test(createdAt) || !UUID.test(id) || !mac) throw invalid();
    const expected = Buffer.from(this.mac(tenantId, `${version}|${createdAt}|${id}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    return { createdAt, id };
  }

  private mac(tenantId: string, body: string): string {
    return hmacHex(this.key, `${tenantId}|${body}`).slice(0, 24);
  }
}
