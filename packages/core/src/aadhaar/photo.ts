import type { SignatureVerdict } from "../xml/signature-verdict";
import type { AadhaarPhoto, PhotoWithheldReason } from "./aadhaar-kyc";
import { decodeJpeg2000 } from "./jpeg2000-decoder";
import type { AadhaarParseOptions } from "./parse-options";

/** A JPEG-2000 codestream (the Secure QR photo) as PNG; null when refused or undecodable. */
export async function jpeg2000ToPng(bytes: Uint8Array): Promise<Buffer | null> {
  const outcome = await decodeJpeg2000(bytes);
  return "png" in outcome ? outcome.png : null;
}

/**
 * Whether a record's JPEG-2000 photo may be decoded: only once its signature verified (a forged artefact
 * never reaches the decoder), and not when the caller said it will not show the photo.
 */
export function photoDecodeWithheld(
  signature: SignatureVerdict,
  options: AadhaarParseOptions,
): PhotoWithheldReason | null {
  if (options.decodePhoto === false) return "not-requested";
  return signature.verified ? null : "signature-not-verified";
}

function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

function isJpeg2000(bytes: Uint8Array): boolean {
  const codestream =
    bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0x4f && bytes[2] === 0xff && bytes[3] === 0x51;
  const jp2Box = bytes.length > 12 && Buffer.from(bytes.subarray(4, 8)).toString("latin1") === "jP  ";
  return codestream || jp2Box;
}

/**
 * A photo from the artefact's bytes; null for an empty photo or bytes that are no known image. A JPEG is
 * shown as is; a JPEG-2000 is converted to PNG unless `withheld` says why not.
 */
export async function photoFromBytes(
  bytes: Uint8Array,
  withheld: PhotoWithheldReason | null = null,
): Promise<AadhaarPhoto | null> {
  if (bytes.length === 0) return null;
  const buffer = Buffer.from(bytes);
  if (isJpeg(buffer))
    return {
      mime: "image/jpeg",
      bytes: buffer,
      display: { mime: "image/jpeg", bytes: buffer },
      displayWithheld: null,
    };
  if (!isJpeg2000(buffer)) return null;
  if (withheld) return { mime: "image/jp2", bytes: buffer, display: null, displayWithheld: withheld };
  const outcome = await decodeJpeg2000(buffer);
  return "png" in outcome
    ? {
        mime: "image/jp2",
        bytes: buffer,
        display: { mime: "image/png", bytes: outcome.png },
        displayWithheld: null,
      }
    : { mime: "image/jp2", bytes: buffer, display: null, displayWithheld: outcome.refused };
}

/** A photo from the base64 text of an XML `Pht` element (with its `&#13;` line breaks). */
export function photoFromBase64(
  text: string | null | undefined,
  withheld: PhotoWithheldReason | null = null,
): Promise<AadhaarPhoto | null> {
  const compact = (text ?? "").replace(/\s+/g, "");
  if (!compact || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return Promise.resolve(null);
  return photoFromBytes(Buffer.from(compact, "base64"), withheld);
}
