import { parseUntrustedXml } from "../xml/safe-xml";
import { unverifiedVerdict } from "../xml/signature-verdict";
import { attributeOf } from "../xml/xml-element";
import type { AadhaarKyc } from "./aadhaar-kyc";
import { maskAadhaar } from "./aadhaar-number";
import { AadhaarInputError } from "./errors";
import { address, clean, parseDateOfBirth, parseGender } from "./kyc-fields";

/**
 * The pre-2018 unsigned QR `<PrintLetterBarcodeData uid="…" …/>`. It carries the full Aadhaar number: only
 * the last four digits survive this function, and the record is never verified (there is no signature).
 */
export function parseLegacyQr(xml: string): AadhaarKyc {
  const root = parseUntrustedXml(xml);
  if (root.localName !== "PrintLetterBarcodeData") {
    throw new AadhaarInputError(
      "unexpected-structure",
      "legacy QR must be a <PrintLetterBarcodeData> element",
    );
  }
  const at = (name: string): string | null => attributeOf(root, name);
  const birth = parseDateOfBirth(at("dob"));
  const yearOfBirth = birth.yearOfBirth ?? parseDateOfBirth(at("yob")).yearOfBirth;
  return {
    source: "legacy-qr",
    name: clean(at("name")),
    dateOfBirth: birth.dateOfBirth,
    yearOfBirth,
    gender: parseGender(at("gender")),
    careOf: clean(at("co")),
    address: address({
      house: at("house"),
      street: at("street"),
      landmark: at("lm"),
      locality: at("loc"),
      vtc: at("vtc"),
      subDistrict: at("subdist"),
      district: at("dist"),
      state: at("state"),
      pincode: at("pc"),
      postOffice: at("po"),
    }),
    localAddress: null,
    photo: null,
    maskedAadhaar: maskAadhaar(at("uid") ?? ""),
    referenceId: null,
    generatedAt: null,
    qrVersion: null,
    contact: null,
    signature: unverifiedVerdict("legacy-unsigned"),
  };
}
