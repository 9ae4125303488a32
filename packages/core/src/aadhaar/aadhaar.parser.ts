import { assertAcceptableXmlText, decodeXmlBytes } from "../xml/safe-xml";
import type { AadhaarKyc } from "./aadhaar-kyc";
import { parseEAadhaarXml } from "./eaadhaar.parser";
import { AadhaarInputError } from "./errors";
import { parseLegacyQr } from "./legacy-qr.parser";
import { parseOfflineEkyc, type OfflineEkycOptions } from "./offline-ekyc.parser";
import { isZip } from "./offline-ekyc.zip";
import { isSecureQrText, parseSecureQr } from "./secure-qr.parser";

/**
 * Any Aadhaar artefact, detected from its bytes: an offline e-KYC ZIP, a Secure QR's decimal text, or an XML
 * (DigiLocker e-Aadhaar, offline e-KYC, or the legacy QR), by its root element.
 */
export async function parseAadhaar(input: Uint8Array, options: OfflineEkycOptions = {}): Promise<AadhaarKyc> {
  if (isZip(input)) return parseOfflineEkyc(input, options);
  const text = decodeXmlBytes(input).replace(/^\uFEFF/, "");
  if (isSecureQrText(text)) return parseSecureQr(text, options);
  if (!text.trimStart().startsWith("<")) {
    throw new AadhaarInputError("unknown-format", "not an Aadhaar XML, offline e-KYC ZIP or Secure QR text");
  }
  assertAcceptableXmlText(text);
  const root = rootElementName(text);
  if (root === "Certificate") return parseEAadhaarXml(text, options);
  if (root === "OfflinePaperlessKyc") return parseOfflineEkyc(input, options);
  if (root === "PrintLetterBarcodeData") return parseLegacyQr(text);
  throw new AadhaarInputError("unknown-format", "unrecognised Aadhaar XML document");
}

/**
 * Whether the bytes are a DigiLocker e-Aadhaar XML (`Certificate`, or its bare `KycRes` body), by the
 * root element alone: no parsing, no signature check. Lets a caller refuse one where only an upload belongs.
 */
export function isEAadhaarXml(input: Uint8Array): boolean {
  if (isZip(input)) return false;
  let text: string;
  try {
    text = decodeXmlBytes(input).replace(/^\uFEFF/, "");
  } catch {
    return false;
  }
  const root = rootElementName(text);
  return root === "Certificate" || root === "KycRes";
}

// Only routes the input; the chosen parser then parses it with every hardening check.
function rootElementName(xml: string): string | null {
  const match = /^\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?([\w.-]+)/.exec(xml);
  return match ? match[1] : null;
}
