import type { SignatureVerdict } from "../xml/signature-verdict";

/**
 * Where the record came from. `legacy-qr` is the pre-2018 unsigned `<PrintLetterBarcodeData>` QR: it has its
 * own value (rather than `secure-qr` plus a flag) so that no consumer can mistake it for a signed QR.
 */
export type AadhaarSource = "digilocker-eaadhaar" | "offline-ekyc" | "secure-qr" | "legacy-qr";

export type AadhaarGender = "M" | "F" | "T";

export interface AadhaarAddress {
  house: string | null;
  street: string | null;
  landmark: string | null;
  locality: string | null;
  vtc: string | null;
  subDistrict: string | null;
  district: string | null;
  state: string | null;
  pincode: string | null;
  postOffice: string | null;
  country: string | null;
}

/** The e-Aadhaar `LData` block: name and address in a local language. */
export interface AadhaarLocalAddress extends AadhaarAddress {
  /** UIDAI's numeric language code (`lang`), e.g. "13". */
  language: string | null;
  name: string | null;
  careOf: string | null;
}

export interface AadhaarPhoto {
  mime: "image/jpeg" | "image/jp2";
  bytes: Buffer;
  /** A rendition every browser shows: the JPEG itself, or the QR's JPEG-2000 converted to PNG; null if undecodable. */
  display: { mime: "image/jpeg" | "image/png"; bytes: Buffer } | null;
  /** Why a JPEG-2000 photo has no `display`; null when it has one (or is a JPEG). */
  displayWithheld: PhotoWithheldReason | null;
}

/**
 * `signature-not-verified`: only a verified record's photo is decoded. `not-requested`: the caller passed
 * `decodePhoto: false`. `too-large`: the JPEG-2000 header claims more than a photo (over 1024 pixels a side,
 * over 4 components, over 16 bits, over 1024 tiles), refused before decoding. `undecodable`: not a readable
 * JPEG-2000 of 8-bit grey or RGB. `decoder-limit`: the decoder ran out of time or memory, or was too busy.
 */
export type PhotoWithheldReason =
  "signature-not-verified" | "not-requested" | "too-large" | "undecodable" | "decoder-limit";

/**
 * `matched` / `not-matched` when a value was supplied and the artefact carries a hash; `not-present` when the
 * artefact carries none; `not-checked` when no value was supplied. A match is a secondary signal, never
 * proof of identity (the hash rules are not confirmed by public ground truth).
 */
export type ContactCheckStatus = "matched" | "not-matched" | "not-present" | "not-checked";

/** Which rule produced a match (or was tried): see docs/aadhaar.md. */
export type ContactHashRule =
  "salted-repeated-sha256" | "repeated-sha256" | "plain-sha256" | "last-four-digits";

export interface ContactCheck {
  status: ContactCheckStatus;
  /** The rule that matched; null unless `status` is `matched`. */
  rule: ContactHashRule | null;
}

export interface ContactChecks {
  mobile: ContactCheck;
  email: ContactCheck;
}

/** One Aadhaar holder's KYC record, whatever artefact it came from. Never holds a full Aadhaar number. */
export interface AadhaarKyc {
  source: AadhaarSource;
  name: string | null;
  /** ISO `YYYY-MM-DD`; null when only the year is known. */
  dateOfBirth: string | null;
  yearOfBirth: number | null;
  gender: AadhaarGender | null;
  careOf: string | null;
  address: AadhaarAddress;
  localAddress: AadhaarLocalAddress | null;
  photo: AadhaarPhoto | null;
  /** `XXXX-XXXX-1234`. */
  maskedAadhaar: string | null;
  /** Offline / QR reference id, or the e-Aadhaar transaction id (`txn`). */
  referenceId: string | null;
  /** When UIDAI or DigiLocker generated the artefact, ISO 8601 UTC. */
  generatedAt: string | null;
  /** Secure QR format version (`V1`, `V2`, …); null for XML artefacts. */
  qrVersion: string | null;
  /** Mobile / email hash checks (offline e-KYC and Secure QR); null where the artefact has none. */
  contact: ContactChecks | null;
  signature: SignatureVerdict;
}

/** What a caller may supply to check the contact hashes. */
export interface ContactInput {
  mobile?: string;
  email?: string;
}
