import { timingSafeEqual } from "node:crypto";
import { hmacHex } from "../crypto/hashing";

const LIFETIME_S = 300;

/**
 * Short-lived signed download links (`/files/<token>`), so a browser can open a PDF without a
 * session token in the URL. The token names the session and document, and expires.
 */
export class FileUrlSigner {
  constructor(
    private readonly key: Buffer,
    private readonly baseUrl: string,
  ) {}

  url(sessionId: string, documentId: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + LIFETIME_S;
    const payload = `${sessionId}.${documentId}.${expires}`;
    return `${this.baseUrl}/files/${Buffer.from(payload).toString("base64url")}.${this.mac(payload)}`;
  }

  /** The session and document a token grants, or null when forged, malformed or expired. */
  verify(token: string, now = Date.now()): { sessionId: string; documentId: string } | null {
    const [encoded, mac, extra] = token.split(".");
    if (!encoded || !mac || extra !== undefined || token.length > 300) return null;
    const payload = Buffer.from(encoded, "base64url").toString("utf8");
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const [sessionId, documentId, expires] = payload.split(".");
    if (!sessionId || !documentId || Number(expires) * 1000 < now) return null;
    return { sessionId, documentId };
  }

  private mac(payload: string): string {
    return hmacHex(this.key, payload).slice(0, 32);
  }
}
