import { timingSafeEqual } from "node:crypto";
import { hmacHex } from "../../crypto/hashing";
import { badInput } from "../../errors/error-codes";

const VERSION = "d1";

/**
 * Opaque, versioned keyset cursors: `base64url("d1:<seq>:<mac>")`, where the MAC binds the position
 * to its session, so a cursor from another session (or a forged one) is refused, not misread.
 */
export class DocumentCursor {
  constructor(private readonly key: Buffer) {}

  encode(sessionId: string, seq: string): string {
    return Buffer.from(`${VERSION}:${seq}:${this.mac(sessionId, seq)}`).toString("base64url");
  }

  /** The `seq` after which the next page starts. */
  decode(sessionId: string, cursor: string): string {
    const invalid = () => badInput("after is not a cursor of this connection", "after");
    if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
    const [version, seq, mac, extra] = Buffer.from(cursor, "base64url").toString("utf8").split(":");
    if (version !== VERSION || extra !== undefined || !/^\d{1,18}$/.test(seq ?? "") || !mac) throw invalid();
    const expected = Buffer.from(this.mac(sessionId, seq));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    return seq;
  }

  private mac(sessionId: string, seq: string): string {
    return hmacHex(this.key, `${sessionId}:${seq}`).slice(0, 24);
  }
}
