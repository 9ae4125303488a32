import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const FORMAT = "v1";
// GCM verifies only as many tag bytes as it is given: a shortened tag is a forgery made easier.
const TAG_BYTES = 16;

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

export class DecryptionError extends Error {}

/**
 * AES-256-GCM for secrets and personal data at rest. Each value carries its key id (so keys can
 * rotate: the first key encrypts, all decrypt) and is bound to its row and column through the
 * additional authenticated data, so a ciphertext copied to another row does not decrypt.
 */
export class EncryptionService {
  private readonly byId: Map<string, Buffer>;

  constructor(private readonly keys: EncryptionKey[]) {
    if (keys.length === 0) throw new Error("at least one encryption key is required");
    for (const k of keys) if (k.key.length !== 32) throw new Error(`encryption key ${k.id} must be 32 bytes`);
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  static parse(list: string): EncryptionService {
    return new EncryptionService(
      list.split(",").map((entry) => {
        const [id, b64] = entry.split(":");
        return { id, key: Buffer.from(b64, "base64") };
      }),
    );
  }

  encrypt(plaintext: string | Buffer, aad: string): string {
    const { id, key } = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return [
      FORMAT,
      id,
      iv.toString("base64url"),
      cipher.getAuthTag().toString("base64url"),
      body.toString("base64url"),
    ].join(".");
  }

  decryptBytes(value: string, aad: string): Buffer {
    const [format, id, iv, tag, body] = value.split(".");
    const key = this.byId.get(id);
    if (format !== FORMAT || !key || body === undefined)
      throw new DecryptionError("unreadable encrypted value");
    const authTag = Buffer.from(tag, "base64url");
    const nonce = Buffer.from(iv, "base64url");
    if (authTag.length !== TAG_BYTES || nonce.length !== 12)
      throw new DecryptionError("encrypted value failed authentication");
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(aad));
      decipher.setAuthTag(authTag);
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
    } catch {
      throw new DecryptionError("encrypted value failed authentication");
    }
  }

  decrypt(value: string, aad: string): string {
    return this.decryptBytes(value, aad).toString("utf8");
  }

  encryptJson(value: unknown, aad: string): string {
    return this.encrypt(JSON.stringify(value), aad);
  }

  decryptJson<T>(value: string, aad: string): T {
    return JSON.parse(this.decrypt(value, aad)) as T;
  }

  /**
   * A key for another purpose (lookup HMACs, cursor and link MACs, the audit head), derived from the
   * LAST key of the list: rotation puts a new key first, so these stay stable while data is re-encrypted.
   */
  deriveKey(purpose: string): Buffer {
    return Buffer.from(
      hkdfSync("sha256", this.keys[this.keys.length - 1].key, Buffer.alloc(0), `lockerkit:${purpose}`, 32),
    );
  }

  /** Every configured key id, the current one first. */
  get keyIds(): string[] {
    return this.keys.map((k) => k.id);
  }

  /** The id of the key new values are encrypted with. */
  get currentKeyId(): string {
    return this.keys[0].id;
  }

  /** Re-encrypts a value under the current key (same plaintext, same AAD). */
  reencrypt(value: string, aad: string): string {
    return this.encrypt(this.decryptBytes(value, aad), aad);
  }
}
