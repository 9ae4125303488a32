import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ES256 } from "@sd-jwt/crypto-nodejs";
import type { ReceiptJwk, ReceiptJwks } from "@lockerkit/core";

interface ReceiptKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: ReceiptJwk;
}

export class ReceiptKeyError extends Error {}

/**
 * The ES256 keys KYC receipts are signed with. The first key signs; every key is published in the
 * JWKS, so receipts signed before a rotation still verify for as long as their key stays listed.
 */
export class ReceiptKeys {
  private signer: Promise<(data: string) => Promise<string>> | null = null;

  private constructor(private readonly keys: ReceiptKey[]) {}

  /** `<kid>:<base64 PKCS#8 DER>`, comma-separated (the LOCKERKIT_RECEIPT_KEYS format). */
  static parse(list: string): ReceiptKeys {
    const keys = list.split(",").map((entry) => {
      const [kid, der] = entry.trim().split(":");
      if (!kid || !der)
        throw new ReceiptKeyError("LOCKERKIT_RECEIPT_KEYS: expected <kid>:<base64 PKCS#8 DER>[,…]");
      let privateKey: KeyObject;
      try {
        privateKey = createPrivateKey({ key: Buffer.from(der, "base64"), format: "der", type: "pkcs8" });
      } catch {
        throw new ReceiptKeyError(`LOCKERKIT_RECEIPT_KEYS: key ${kid} is not a PKCS#8 private key`);
      }
      if (
        privateKey.asymmetricKeyType !== "ec" ||
        privateKey.asymmetricKeyDetails?.namedCurve !== "prime256v1"
      ) {
        throw new ReceiptKeyError(`LOCKERKIT_RECEIPT_KEYS: key ${kid} is not a P-256 (ES256) key`);
      }
      const { x, y } = createPublicKey(privateKey).export({ format: "jwk" });
      return {
        kid,
        privateKey,
        publicJwk: { kty: "EC" as const, crv: "P-256" as const, x: x!, y: y!, kid, alg: "ES256", use: "sig" },
      };
    });
    if (new Set(keys.map((k) => k.kid)).size !== keys.length)
      throw new ReceiptKeyError("LOCKERKIT_RECEIPT_KEYS: key ids must be unique");
    return new ReceiptKeys(keys);
  }

  /** A fresh `<kid>:<base64>` entry (operators' key generation, development, tests). */
  static generateEntry(kid = `rk-${randomBytes(6).toString("hex")}`): string {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    return `${kid}:${privateKey.export({ format: "der", type: "pkcs8" }).toString("base64")}`;
  }

  /** Development only: a key generated once into the data directory (production refuses to start without LOCKERKIT_RECEIPT_KEYS). */
  static loadOrCreateDev(dataDir: string): string {
    const file = join(dataDir, "dev-receipt-keys");
    if (existsSync(file)) return readFileSync(file, "utf8").trim();
    mkdirSync(dataDir, { recursive: true });
    const keys = ReceiptKeys.generateEntry();
    writeFileSync(file, `${keys}\n`, { mode: 0o600 });
    return keys;
  }

  get signingKid(): string {
    return this.keys[0].kid;
  }

  /** Public keys only (`d` is never exported). */
  jwks(): ReceiptJwks {
    return { keys: this.keys.map((k) => ({ ...k.publicJwk })) };
  }

  /** Signs with the first key; returns the base64url JWS signature (r‖s). */
  async sign(data: string): Promise<string> {
    this.signer ??= ES256.getSigner(this.keys[0].privateKey.export({ format: "jwk" }));
    return (await this.signer)(data);
  }
}
