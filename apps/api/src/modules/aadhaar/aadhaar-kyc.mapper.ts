import type { AadhaarKyc as CoreKyc } from "@lockerkit/core";
import type { KycOrigin } from "./aadhaar-kyc.repository";
import {
  AadhaarAddress,
  AadhaarKyc,
  AadhaarLocalAddress,
  type AadhaarSource,
  ContactCheck,
  ContactChecks,
  SignatureVerdict,
} from "./aadhaar-kyc.type";
import { SignatureTrust } from "./signature-trust.enum";

/** What is stored (encrypted) per record: the core record without photo bytes. */
export type StoredKyc = Omit<CoreKyc, "photo">;

export function toStored(kyc: CoreKyc): StoredKyc {
  const { photo: _photo, ...rest } = kyc;
  return rest;
}

export function photoDataUri(photo: CoreKyc["photo"]): string | null {
  const shown = photo?.display;
  return shown ? `data:${shown.mime};base64,${Buffer.from(shown.bytes).toString("base64")}` : null;
}

/** Where a record came from and which session holds it (kept beside the record, never inside it). */
export interface KycPlacement {
  origin: KycOrigin;
  sessionId: string | null;
}

export function toAadhaarKyc(record: StoredKyc, photo: string | null, placement: KycPlacement): AadhaarKyc {
  const check = (c: { status: string; rule: string | null }) => Object.assign(new ContactCheck(), c);
  return Object.assign(new AadhaarKyc(), {
    source: record.source as AadhaarSource,
    name: record.name,
    dateOfBirth: record.dateOfBirth,
    yearOfBirth: record.yearOfBirth,
    gender: record.gender,
    careOf: record.careOf,
    address: Object.assign(new AadhaarAddress(), record.address),
    localAddress: record.localAddress ? Object.assign(new AadhaarLocalAddress(), record.localAddress) : null,
    maskedAadhaar: record.maskedAadhaar,
    referenceId: record.referenceId,
    generatedAt: record.generatedAt ? new Date(record.generatedAt) : null,
    photo,
    qrVersion: record.qrVersion,
    contact: record.contact
      ? Object.assign(new ContactChecks(), {
          mobile: check(record.contact.mobile),
          email: check(record.contact.email),
        })
      : null,
    signature: Object.assign(new SignatureVerdict(), legacyTrust(record.signature), record.signature),
    origin: placement.origin,
    sessionId: placement.sessionId,
  });
}

/** Records stored before certificate-path trust carry neither field: only a pinned certificate verified then. */
function legacyTrust(signature: StoredKyc["signature"]): Pick<SignatureVerdict, "trustedBy" | "chain"> {
  const pinned = signature.verified && signature.signer !== null;
  return {
    trustedBy: pinned ? SignatureTrust.PINNED_CERTIFICATE : null,
    chain: pinned ? [signature.signer as string] : [],
  };
}
