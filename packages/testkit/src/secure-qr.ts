import { createSign } from "node:crypto";
import { gzipSync } from "node:zlib";

/** A fictional holder's V2 Secure QR fields, in the layout's order (reference id first, mobile's last 4 last). */
export const SECURE_QR_V2_FIELDS: readonly string[] = [
  "V2",
  "2",
  "001920240101120000123",
  "Meera Iyer",
  "01-01-1990",
  "F",
  "D/O Suresh Iyer",
  "Chennai",
  "",
  "7",
  "Adyar",
  "600020",
  "Adyar",
  "Tamil Nadu",
  "2nd Main Road",
  "Mylapore",
  "Chennai",
  "0001",
];

export interface SecureQrOptions {
  fields?: readonly string[];
  /** Changes the signed bytes after signing (a tampered QR). */
  tamper?: (signed: Buffer) => Buffer;
}

/**
 * A V2 Secure QR as the decimal text a scanner reads: the 0xFF-terminated fields and `photo`,
 * signed RSA-SHA256 with `keyPem`, gzipped.
 */
export function signedSecureQrV2(photo: Buffer, keyPem: string, options: SecureQrOptions = {}): string {
  const { fields = SECURE_QR_V2_FIELDS, tamper } = options;
  const signed = Buffer.concat([...fields.map((field) => Buffer.from(`${field}\xff`, "latin1")), photo]);
  const signature = createSign("RSA-SHA256").update(signed).sign(keyPem);
  const payload = Buffer.concat([tamper ? tamper(signed) : signed, signature]);
  return BigInt(`0x${gzipSync(payload).toString("hex")}`).toString(10);
}
