import { timingSafeEqual } from "node:crypto";
import { hmacHex } from "../../crypto/hashing";
import { badInput } from "../../errors/error-codes";

/**
 * Opaque, versioned keyset cursors: `base64url("<version>|<part>|…|<mac>")`. The MAC binds the
 * position to its scope (the session or tenant whose list it is), so a cursor of another list, or a
 * forged one, is refused as BAD_USER_INPUT rather than misread.
 */
export class KeysetCursor {
  /** `parts` validates each position part, e.g. a sequence number, a timestamp, an id. */
  constructor(
    private readonly key: Buffer,
    private readonly version: string,
    private readonly parts: readonly RegExp[],
  ) {}

  encode(scope: string, position: readonly string[]): string {
    const body = [this.version, ...position].join("|");
    return Buffer.from(`${body}|${this.mac(scope, body)}`).toString("base64url");
  }

  /** The position after which the next page starts; `after` absent means the first page. */
  decodeAfter(scope: string, after: string | null | undefined): string[] | null {
    if (after === null || after === undefined) return null;
    const invalid = () => badInput("after is not a cursor of this connection", "after");
    if (after.length > 300 || !/^[A-Za-z0-9_-]+$/.test(after)) throw invalid();
    const fields = Buffer.from(after, "base64url").toString("utf8").split("|");
    const [version, ...rest] = fields;
    const mac = rest.pop();
    if (
      version !== this.version ||
      !mac ||
      rest.length !== this.parts.length ||
      rest.some((part, i) => !this.parts[i].test(part))
    )
      throw invalid();
    const expected = Buffer.from(this.mac(scope, [version, ...rest].join("|")));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    return rest;
  }

  private mac(scope: string, body: string): string {
    return hmacHex(this.key, `${scope}|${body}`).slice(0, 24);
  }
}
