/**
 * The JPEG-2000 SIZ marker, read before any decoding: the decoder allocates whatever the header claims, so a
 * 3 KB photo that claims 8000×8000 costs a gigabyte. A real Aadhaar photo is about 160×200, 3 components, 8 bits.
 */
export interface Jpeg2000Header {
  width: number;
  height: number;
  components: number;
  /** The largest component precision, in bits. */
  bitDepth: number;
  tiles: number;
}

export const JPEG2000_LIMITS = {
  maxSide: 1024,
  maxPixels: 1024 * 1024,
  maxComponents: 4,
  maxBitDepth: 16,
  maxTiles: 1024,
} as const;

export type Jpeg2000HeaderCheck =
  | { ok: true; header: Jpeg2000Header; codestream: Uint8Array }
  | { ok: false; reason: "too-large" | "undecodable" };

const SOC_SIZ = 0xff4fff51;
const JP2_SIGNATURE = 0x6a502020; // "jP  "
const JP2_CODESTREAM = 0x6a703263; // "jp2c"
const MAX_BOXES = 64;

/** The image size the photo claims, judged against the limits; `undecodable` when no SIZ marker can be read. */
export function checkJpeg2000Header(bytes: Uint8Array): Jpeg2000HeaderCheck {
  const at = codestreamOffset(bytes);
  const header = at === null ? null : readSiz(viewOf(bytes), at);
  if (!header) return { ok: false, reason: "undecodable" };
  const limits = JPEG2000_LIMITS;
  const tooLarge =
    header.width > limits.maxSide ||
    header.height > limits.maxSide ||
    header.width * header.height > limits.maxPixels ||
    header.components > limits.maxComponents ||
    header.bitDepth > limits.maxBitDepth ||
    header.tiles > limits.maxTiles;
  return tooLarge
    ? { ok: false, reason: "too-large" }
    : { ok: true, header, codestream: bytes.subarray(at!) };
}

/** The SIZ of a bare codestream (`FF4F FF51`) or of the `jp2c` box of a JP2 file; null when unreadable. */
export function readJpeg2000Header(bytes: Uint8Array): Jpeg2000Header | null {
  const at = codestreamOffset(bytes);
  return at === null ? null : readSiz(viewOf(bytes), at);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function codestreamOffset(bytes: Uint8Array): number | null {
  const view = viewOf(bytes);
  if (view.byteLength >= 4 && view.getUint32(0) === SOC_SIZ) return 0;
  return jp2CodestreamOffset(view);
}

// SOC, SIZ, Lsiz, Rsiz, then Xsiz Ysiz XOsiz YOsiz XTsiz YTsiz XTOsiz YTOsiz (32 bits each), Csiz, and
// Ssiz XRsiz YRsiz per component (ISO/IEC 15444-1 A.5.1).
function readSiz(view: DataView, at: number): Jpeg2000Header | null {
  if (at + 42 > view.byteLength || view.getUint32(at) !== SOC_SIZ) return null;
  const length = view.getUint16(at + 4);
  const [x, y, xOffset, yOffset, tileWidth, tileHeight, tileX, tileY] = Array.from({ length: 8 }, (_, i) =>
    view.getUint32(at + 8 + i * 4),
  );
  const components = view.getUint16(at + 40);
  if (components === 0 || length !== 38 + 3 * components || at + 4 + length > view.byteLength) return null;
  if (
    x <= xOffset ||
    y <= yOffset ||
    tileWidth === 0 ||
    tileHeight === 0 ||
    tileX > xOffset ||
    tileY > yOffset
  )
    return null;
  let bitDepth = 0;
  for (let c = 0; c < components; c++) {
    const entry = at + 42 + c * 3;
    if (view.getUint8(entry + 1) === 0 || view.getUint8(entry + 2) === 0) return null;
    bitDepth = Math.max(bitDepth, (view.getUint8(entry) & 0x7f) + 1);
  }
  const tiles = Math.ceil((x - tileX) / tileWidth) * Math.ceil((y - tileY) / tileHeight);
  return { width: x - xOffset, height: y - yOffset, components, bitDepth, tiles };
}

// JP2 boxes: LBox (32 bits; 1 = a 64-bit XLBox follows, 0 = to the end), TBox, contents. The signature box first.
function jp2CodestreamOffset(view: DataView): number | null {
  if (view.byteLength < 12 || view.getUint32(4) !== JP2_SIGNATURE) return null;
  let at = 0;
  for (let boxes = 0; boxes < MAX_BOXES && at + 8 <= view.byteLength; boxes++) {
    const declared = view.getUint32(at);
    const type = view.getUint32(at + 4);
    let headerLength = 8;
    let length = declared;
    if (declared === 1) {
      if (at + 16 > view.byteLength) return null;
      length = Number(view.getBigUint64(at + 8));
      headerLength = 16;
    } else if (declared === 0) {
      length = view.byteLength - at;
    }
    if (type === JP2_CODESTREAM) return at + headerLength;
    if (length < headerLength) return null;
    at += length;
  }
  return null;
}
