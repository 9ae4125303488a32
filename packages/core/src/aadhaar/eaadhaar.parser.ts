import { readSignedXml } from "../xml/signed-document";
import { attributeOf as attr } from "../xml/xml-element";
import type { AadhaarKyc } from "./aadhaar-kyc";
import { maskAadhaar } from "./aadhaar-number";
import { AadhaarInputError } from "./errors";
import { address, clean, isoTimestamp, parseDateOfBirth, parseGender } from "./kyc-fields";
import { onlyChild, trustStoreFrom, type AadhaarParseOptions } from "./parse-options";
import { photoDecodeWithheld, photoFromBase64 } from "./photo";

/**
 * DigiLocker's e-Aadhaar XML, in either shape: real files (`/oauth2/3/xml/eaadhaar`) are
 * `Certificate/CertificateData/KycRes/UidData`; the official spec's schema (`/oauth2/2/xml/eaadhaar`)
 * has `KycRes` as the root with the signature inside it. Either way the signature is enveloped in the
 * root and fields come from the signed bytes when it verifies (so a wrapped, unsigned copy is never read).
 */
export async function parseEAadhaarXml(
  input: string | Uint8Array,
  options: AadhaarParseOptions = {},
): Promise<AadhaarKyc> {
  const { root, verdict } = readSignedXml(input, trustStoreFrom(options), "digilocker", { now: options.now });
  let kycRes;
  if (root.localName === "Certificate")
    kycRes = onlyChild(onlyChild(root, "CertificateData", true), "KycRes", true);
  else if (root.localName === "KycRes") kycRes = root;
  else
    throw new AadhaarInputError(
      "unexpected-structure",
      "e-Aadhaar XML must have a <Certificate> or <KycRes> root",
    );
  const uidData = onlyChild(kycRes, "UidData", true);
  const poi = onlyChild(uidData, "Poi", true);
  const poa = onlyChild(uidData, "Poa", false);
  const local = onlyChild(uidData, "LData", false);
  const photo = onlyChild(uidData, "Pht", false);

  const at = (element: typeof poa, name: string): string | null => (element ? attr(element, name) : null);
  const addressOf = (element: typeof poa) =>
    address({
      house: at(element, "house"),
      street: at(element, "street"),
      landmark: at(element, "lm"),
      locality: at(element, "loc"),
      vtc: at(element, "vtc"),
      subDistrict: at(element, "subdist"),
      district: at(element, "dist"),
      state: at(element, "state"),
      pincode: at(element, "pc"),
      postOffice: at(element, "po"),
      country: at(element, "country"),
    });

  return {
    source: "digilocker-eaadhaar",
    name: clean(attr(poi, "name")),
    ...parseDateOfBirth(attr(poi, "dob")),
    gender: parseGender(attr(poi, "gender")),
    careOf: clean(at(poa, "co")),
    address: addressOf(poa),
    localAddress: local
      ? {
          language: clean(attr(local, "lang")),
          name: clean(attr(local, "name")),
          careOf: clean(attr(local, "co")),
          ...addressOf(local),
        }
      : null,
    photo: await photoFromBase64(photo?.text, photoDecodeWithheld(verdict, options)),
    maskedAadhaar: maskAadhaar(attr(uidData, "uid") ?? ""),
    referenceId: clean(attr(kycRes, "txn")),
    generatedAt: isoTimestamp(attr(kycRes, "ts")),
    qrVersion: null,
    contact: null,
    signature: verdict,
  };
}
