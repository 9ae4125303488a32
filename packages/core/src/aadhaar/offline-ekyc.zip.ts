import {
  configure,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  type Entry,
  type FileEntry,
} from "@zip.js/zip.js";
import { DEFAULT_XML_LIMITS } from "../xml/safe-xml";
import { AadhaarInputError } from "./errors";

// Inflate in-process: no web workers exist in Node, and none are needed for a ~50 KB file.
configure({ useWebWorkers: false });

const MAX_ZIP_BYTES = 4 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The single XML inside UIDAI's offline e-KYC ZIP, exactly as stored (the signature covers these bytes).
 * A wrong share code is reported as such; the declared size is checked before inflating (zip bombs).
 */
export async function extractOfflineEkycXml(
  zip: Uint8Array,
  shareCode: string | undefined,
): Promise<Uint8Array> {
  if (zip.byteLength > MAX_ZIP_BYTES)
    throw new AadhaarInputError("bad-zip", "offline e-KYC ZIP is too large");
  const reader = new ZipReader(new Uint8ArrayReader(zip));
  let entries: Entry[];
  try {
    entries = await reader.getEntries();
  } catch {
    throw new AadhaarInputError("bad-zip", "offline e-KYC file is not a readable ZIP");
  }
  const files = entries.filter((entry): entry is FileEntry => !entry.directory);
  if (files.length !== 1 || !/\.xml$/i.test(files[0].filename)) {
    throw new AadhaarInputError("bad-zip", "offline e-KYC ZIP must hold exactly one XML file");
  }
  const [file] = files;
  if (file.uncompressedSize > DEFAULT_XML_LIMITS.maxBytes) {
    throw new AadhaarInputError("bad-zip", "offline e-KYC XML inside the ZIP is too large");
  }
  if (file.encrypted && !shareCode) {
    throw new AadhaarInputError("share-code-required", "this offline e-KYC ZIP needs its share code");
  }
  try {
    const bytes = await file.getData(new Uint8ArrayWriter(), file.encrypted ? { password: shareCode } : {});
    if (bytes.byteLength > DEFAULT_XML_LIMITS.maxBytes) throw new Error("inflated past its declared size");
    return bytes;
  } catch (error) {
    // ZipCrypto's check byte lets a wrong password through 1 time in 256; the CRC check then fails instead.
    if (file.encrypted) {
      throw new AadhaarInputError("wrong-share-code", "the share code does not open this offline e-KYC ZIP");
    }
    throw new AadhaarInputError(
      "bad-zip",
      `offline e-KYC ZIP could not be extracted (${(error as Error).message})`,
    );
  } finally {
    await reader.close();
  }
}
