import { gunzipSync } from "node:zlib";
import { findSigningAnchor } from "../xml/rsa-signature";
import { unverifiedVerdict, verifiedVerdict } from "../xml/signature-verdict";
import type { AadhaarKyc } from "./aadhaar-kyc";
import { maskFromLastFour } from "./aadhaar-number";
import { checkMobileLastFour, checkSecureQrHashes } from "./contact-hash";
import { AadhaarInputError } from "./errors";
import {
  address,
  clean,
  generatedAtFromReferenceId,
  lastFourFromReferenceId,
  parseDateOfBirth,
  parseGender,
} from "./kyc-fields";
import { trustStoreFrom, type AadhaarParseOptions } from "./parse-options";
import { photoDecodeWithheld, photoFromBytes } from "./photo";

const SIGNATURE_BYTES = 256;
const HASH_BYTES = 32;
const DELIMITER = 0xff;
// A QR code holds under 3 KB of binary, so well under 8,000 decimal digits; the payload inflates to a few KB.
const MAX_DIGITS = 16_000;
const MAX_INFLATED = 64 * 1024;
const V1_FIELDS = [
  "indicator",
  "referenceId",
  "name",
  "dob",
  "gender",
  "careOf",
  "district",
  "landmark",
  "house",
  "location",
  "pincode",
  "postOffice",
  "state",
  "street",
  "subDistrict",
  "vtc",
] as const;
// V2 and later: a version field first, and the last four digits of the mobile after the address.
const V2_FIELDS = ["version", ...V1_FIELDS, "mobileLastFour"] as const;

type QrField = (typeof V2_FIELDS)[number];

export interface DecodedSecureQr {
  version: string;
  fields: Partial<Record<QrField, string>>;
  photo: Buffer;
  emailHash: string | null;
  mobileHash: string | null;
  /** Everything the signature covers. */
  signedBytes: Buffer;
  signature: Buffer;
}

export function isSecureQrText(text: string): boolean {
  return /^\s*\d{200,}\s*$/.test(text);
}

/** Decimal text → big-endian bytes → gunzip → fields, photo, hashes and signature. */
export function decodeSecureQr(text: string): DecodedSecureQr {
  const digits = text.trim();
  if (!/^\d+$/.test(digits) || digits.length > MAX_DIGITS) {
    throw new AadhaarInputError("bad-qr", "Secure QR text must be the decimal number the QR code holds");
  }
  let hex = BigInt(digits).toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  let data: Buffer;
  try {
    data = gunzipSync(Buffer.from(hex, "hex"), { maxOutputLength: MAX_INFLATED });
  } catch {
    throw new AadhaarInputError("bad-qr", "Secure QR payload is not a readable compressed record");
  }
  if (data.length <= SIGNATURE_BYTES) throw new AadhaarInputError("bad-qr", "Secure QR payload is too short");
  const signedBytes = data.subarray(0, data.length - SIGNATURE_BYTES);
  const signature = data.subarray(data.length - SIGNATURE_BYTES);

  const firstEnd = signedBytes.indexOf(DELIMITER);
  const versioned =
    firstEnd > 1 &&
    signedBytes[0] === 0x56 &&
    /^V\d+$/.test(signedBytes.subarray(0, firstEnd).toString("latin1"));
  const names = versioned ? V2_FIELDS : V1_FIELDS;
  const fields: Partial<Record<QrField, string>> = {};
  let position = 0;
  for (const name of names) {
    const end = signedBytes.indexOf(DELIMITER, position);
    if (end === -1) throw new AadhaarInputError("bad-qr", "Secure QR payload is truncated");
    fields[name] = signedBytes.subarray(position, end).toString("latin1");
    position = end + 1;
  }
  // The photo is JPEG-2000 whose first byte is itself 0xFF: it is sliced by length, never split.
  const indicator = Number(fields.indicator);
  const hasEmail = !versioned && (indicator === 1 || indicator === 3);
  const hasMobile = !versioned && (indicator === 2 || indicator === 3);
  const hashBytes = (hasEmail ? HASH_BYTES : 0) + (hasMobile ? HASH_BYTES : 0);
  const photoEnd = signedBytes.length - hashBytes;
  if (photoEnd < position) throw new AadhaarInputError("bad-qr", "Secure QR payload is truncated");
  const emailHash = hasEmail ? signedBytes.subarray(photoEnd, photoEnd + HASH_BYTES).toString("hex") : null;
  const mobileStart = signedBytes.length - HASH_BYTES;
  const mobileHash = hasMobile ? signedBytes.subarray(mobileStart).toString("hex") : null;
  return {
    version: versioned ? (fields.version as string) : "V1",
    fields,
    photo: signedBytes.subarray(position, photoEnd),
    emailHash,
    mobileHash,
    signedBytes,
    signature,
  };
}

/** Aadhaar Secure QR (V1, V2/V3…) from its decimal text: RSA-SHA256 over the payload, key from the UIDAI-bound pinned signers (a QR carries no certificate). */
export async function parseSecureQr(text: string, options: AadhaarParseOptions = {}): Promise<AadhaarKyc> {
  const qr = decodeSecureQr(text);
  const anchor = findSigningAnchor(
    "sha256",
    qr.signedBytes,
    qr.signature,
    trustStoreFrom(options).signersFor("uidai"),
  );
  const signature = anchor ? verifiedVerdict(anchor, options.now) : unverifiedVerdict("no-matching-key");
  const f = qr.fields;
  const referenceId = clean(f.referenceId);
  const contactInput = options.contact ?? {};
  return {
    source: "secure-qr",
    name: clean(f.name),
    ...parseDateOfBirth(f.dob),
    gender: parseGender(f.gender),
    careOf: clean(f.careOf),
    address: address({
      house: f.house,
      street: f.street,
      landmark: f.landmark,
      locality: f.location,
      vtc: f.vtc,
      subDistrict: f.subDistrict,
      district: f.district,
      state: f.state,
      pincode: f.pincode,
      postOffice: f.postOffice,
    }),
    localAddress: null,
    photo: await photoFromBytes(qr.photo, photoDecodeWithheld(signature, options)),
    maskedAadhaar: maskFromLastFour(lastFourFromReferenceId(referenceId)),
    referenceId,
    generatedAt: generatedAtFromReferenceId(referenceId),
    qrVersion: qr.version,
    contact:
      qr.version === "V1"
        ? checkSecureQrHashes({ mobile: qr.mobileHash, email: qr.emailHash }, referenceId, contactInput)
        : checkMobileLastFour(clean(f.mobileLastFour), contactInput),
    signature,
  };
}
