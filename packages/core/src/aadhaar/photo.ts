import { PNG } from "pngjs";
import type { AadhaarPhoto } from "./aadhaar-kyc";

type OpenJpegFactory = typeof import("@cornerstonejs/codec-openjpeg/decodewasmjs");
type OpenJpegModule = Awaited<ReturnType<OpenJpegFactory>>;

let openJpeg: Promise<OpenJpegModule> | null = null;

// The WASM decoder is loaded once, on first use, so parsers that never meet a JPEG-2000 never pay for it.
function loadOpenJpeg(): Promise<OpenJpegModule> {
  if (!openJpeg) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require("@cornerstonejs/codec-openjpeg/decodewasmjs") as OpenJpegFactory;
    // OpenJPEG logs progress through Emscripten's print hooks, which default to stdout.
    openJpeg = factory({ print: () => undefined, printErr: () => undefined });
  }
  return openJpeg;
}

const MAX_PIXELS = 1024 * 1024;

/** Decodes a JPEG-2000 codestream (the Secure QR photo) to PNG; null when it cannot be decoded. */
export async function jpeg2000ToPng(bytes: Uint8Array): Promise<Buffer | null> {
  const module = await loadOpenJpeg();
  const decoder = new module.J2KDecoder();
  try {
    decoder.getEncodedBuffer(bytes.length).set(bytes);
    decoder.decode();
    const { width, height, bitsPerSample, componentCount } = decoder.getFrameInfo();
    if (bitsPerSample !== 8 || width * height > MAX_PIXELS || (componentCount !== 1 && componentCount !== 3)) return null;
    const pixels = decoder.getDecodedBuffer();
    const png = new PNG({ width, height });
    for (let i = 0; i < width * height; i++) {
      const source = i * componentCount;
      png.data[i * 4] = pixels[source];
      png.data[i * 4 + 1] = pixels[componentCount === 3 ? source + 1 : source];
      png.data[i * 4 + 2] = pixels[componentCount === 3 ? source + 2 : source];
      png.data[i * 4 + 3] = 255;
    }
    return PNG.sync.write(png);
  } catch {
    return null;
  } finally {
    decoder.delete();
  }
}

function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

function isJpeg2000(bytes: Uint8Array): boolean {
  const codestream = bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0x4f && bytes[2] === 0xff && bytes[3] === 0x51;
  const jp2Box = bytes.length > 12 && Buffer.from(bytes.subarray(4, 8)).toString("latin1") === "jP  ";
  return codestream || jp2Box;
}

/** A photo from the artefact's bytes; null for an empty photo or bytes that are no known image. */
export async function photoFromBytes(bytes: Uint8Array): Promise<AadhaarPhoto | null> {
  if (bytes.length === 0) return null;
  const buffer = Buffer.from(bytes);
  if (isJpeg(buffer)) return { mime: "image/jpeg", bytes: buffer, display: { mime: "image/jpeg", bytes: buffer } };
  if (isJpeg2000(buffer)) {
    const png = await jpeg2000ToPng(buffer);
    return { mime: "image/jp2", bytes: buffer, display: png ? { mime: "image/png", bytes: png } : null };
  }
  return null;
}

/** A photo from the base64 text of an XML `Pht` element (with its `&#13;` line breaks). */
export function photoFromBase64(text: string | null | undefined): Promise<AadhaarPhoto | null> {
  const compact = (text ?? "").replace(/\s+/g, "");
  if (!compact || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return Promise.resolve(null);
  return photoFromBytes(Buffer.from(compact, "base64"));
}
