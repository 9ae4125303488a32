import { timingSafeEqual } from "node:crypto";
import { hmacHex } from "../../crypto/hashing";
import { badInput } from "../../errors/error-codes";

const VERSION = "w1";

/** Opaque, versioned keyset cursors `base64url("w1:<seq>:<mac>")`; the MAC binds the position to its tenant. */
export class WebhookCursor {
  constructor(private readonly key: Buffer) {}

  encode(tenantId: string, seq: string): string {
    return Buffer.from(`${VERSION}:${seq}:${this.mac(tenantId, seq)}`).toString("base64url");
  }

  decode(tenantId: string, cursor: string): string {
    const invalid = () => badInput("after is not a cursor of this connection", "after");
    if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
    const [version, seq, mac, extra] = Buffer.from(cursor, "base64url").toString("utf8").split(":");
    if (version !== VERSION || extra !== undefined || !/^\d{1,18}$/.test(seq ?? "") || !mac) throw invalid();
    const expected = Buffer.from(this.mac(tenantId, seq));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    return seq;
  }

  private mac(tenantId: string, seq: string): string {
    return hmacHex(this.key, `webhooks:${tenantId}:${seq}`).slice(0, 24);
  }
}
