import { TrustStore } from "../xml/trust-store";
import type { ContactInput } from "./aadhaar-kyc";
import { AadhaarInputError } from "./errors";
import { childElements, type XmlElement } from "../xml/xml-element";

export interface AadhaarParseOptions {
  /** Pinned anchors; defaults to the certificates shipped with the package. */
  trustStore?: TrustStore;
  /** Mobile / email to check against the artefact's hashes (offline e-KYC and Secure QR). */
  contact?: ContactInput;
  /** Clock for `certificateExpired`. */
  now?: Date;
  /** `false` skips converting a JPEG-2000 photo for display (a caller that never shows photos); default true. */
  decodePhoto?: boolean;
}

let shipped: TrustStore | null = null;

/** The shipped store, loaded once per process. */
export function trustStoreFrom(options: AadhaarParseOptions): TrustStore {
  if (options.trustStore) return options.trustStore;
  shipped ??= TrustStore.create();
  return shipped;
}

/**
 * The one child element with this name. Duplicates are refused: two `UidData` (or `Poi`) would let a
 * reader and a verifier disagree about which one counts.
 */
export function onlyChild(parent: XmlElement, localName: string, required: true): XmlElement;
export function onlyChild(parent: XmlElement, localName: string, required: false): XmlElement | null;
export function onlyChild(parent: XmlElement, localName: string, required: boolean): XmlElement | null {
  const found = childElements(parent, localName);
  if (found.length > 1)
    throw new AadhaarInputError("unexpected-structure", `duplicated <${localName}> element`);
  if (found.length === 0 && required)
    throw new AadhaarInputError("unexpected-structure", `missing <${localName}> element`);
  return found[0] ?? null;
}
