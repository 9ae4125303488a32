import { readSignedXml } from "../xml/signed-document";
import { attributeOf as attr } from "../xml/xml-element";
import type { AadhaarKyc } from "./aadhaar-kyc";
import { maskFromLastFour } from "./aadhaar-number";
import { checkOfflineContacts } from "./contact-hash";
import { AadhaarInputError } from "./errors";
import {
  address,
  clean,
  generatedAtFromReferenceId,
  lastFourFromReferenceId,
  parseDateOfBirth,
  parseGender,
} from "./kyc-fields";
import { extractOfflineEkycXml, isZip } from "./offline-ekyc.zip";
import { onlyChild, trustStoreFrom, type AadhaarParseOptions } from "./parse-options";
import { photoDecodeWithheld, photoFromBase64 } from "./photo";

export interface OfflineEkycOptions extends AadhaarParseOptions {
  /** The share code the holder chose: the ZIP password and the salt of the mobile hash. Case sensitive. */
  shareCode?: string;
}

/**
 * UIDAI Paperless Offline e-KYC: the share-code ZIP or the bare `OfflinePaperlessKyc` XML. The XML is
 * verified exactly as unzipped (whitespace is significant), then read from the signed bytes.
 */
export async function parseOfflineEkyc(
  input: Uint8Array | string,
  options: OfflineEkycOptions = {},
): Promise<AadhaarKyc> {
  const xml =
    typeof input !== "string" && isZip(input) ? await extractOfflineEkycXml(input, options.shareCode) : input;
  const { root, verdict } = readSignedXml(xml, trustStoreFrom(options), "uidai", { now: options.now });
  if (root.localName !== "OfflinePaperlessKyc") {
    throw new AadhaarInputError(
      "unexpected-structure",
      "offline e-KYC XML must have an <OfflinePaperlessKyc> root",
    );
  }
  const uidData = onlyChild(root, "UidData", true);
  const poi = onlyChild(uidData, "Poi", true);
  const poa = onlyChild(uidData, "Poa", false);
  const photo = onlyChild(uidData, "Pht", false);
  const at = (name: string): string | null => (poa ? attr(poa, name) : null);
  const referenceId = clean(attr(root, "referenceId"));

  return {
    source: "offline-ekyc",
    name: clean(attr(poi, "name")),
    ...parseDateOfBirth(attr(poi, "dob")),
    gender: parseGender(attr(poi, "gender")),
    careOf: clean(at("careof")),
    address: address({
      house: at("house"),
      street: at("street"),
      landmark: at("landmark"),
      locality: at("loc"),
      vtc: at("vtc"),
      subDistrict: at("subdist"),
      district: at("dist"),
      state: at("state"),
      pincode: at("pc"),
      postOffice: at("po"),
      country: at("country"),
    }),
    localAddress: null,
    photo: await photoFromBase64(photo?.text, photoDecodeWithheld(verdict, options)),
    maskedAadhaar: maskFromLastFour(lastFourFromReferenceId(referenceId)),
    referenceId,
    generatedAt: generatedAtFromReferenceId(referenceId),
    qrVersion: null,
    contact: checkOfflineContacts(
      { mobile: clean(attr(poi, "m")), email: clean(attr(poi, "e")) },
      referenceId,
      options.shareCode,
      options.contact ?? {},
    ),
    signature: verdict,
  };
}
