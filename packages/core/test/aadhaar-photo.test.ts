import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { PNG } from "pngjs";
import {
  checkJpeg2000Header,
  decodeSecureQr,
  parseEAadhaarXml,
  parseSecureQr,
  readJpeg2000Header,
} from "../src/aadhaar";
import { jpeg2000DecoderStats } from "../src/aadhaar/jpeg2000-decoder";
import {
  ATTACKER_KEY,
  EAADHAAR_XML,
  PHOTO_JPEG_BASE64,
  SHARED_AADHAAR,
  secureQrV2Text,
  signEnveloped,
  testTrustStore,
} from "./aadhaar-fixtures";

const store = testTrustStore();
const QR_TEXT = readFileSync(join(SHARED_AADHAAR, "uidai-sample-secure-qr-v1.txt"), "utf8");
// UIDAI's sample photo: a bare JPEG-2000 codestream, 60×60, 3 components of 8 bits, 888 bytes.
const SAMPLE_PHOTO = Buffer.from(decodeSecureQr(QR_TEXT).photo);

/** The sample photo with its SIZ claiming another size (image and tile), as in the V2 finding. */
function claiming(width: number, height: number): Buffer {
  const photo = Buffer.from(SAMPLE_PHOTO);
  photo.writeUInt32BE(width, 8); // Xsiz
  photo.writeUInt32BE(height, 12); // Ysiz
  photo.writeUInt32BE(width, 24); // XTsiz
  photo.writeUInt32BE(height, 28); // YTsiz
  return photo;
}

/** The codestream inside a minimal JP2 container: signature, ftyp, then the jp2c box. */
function inJp2(codestream: Buffer): Buffer {
  const box = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + body.length, 0);
    head.write(type, 4, "latin1");
    return Buffer.concat([head, body]);
  };
  return Buffer.concat([
    box("jP  ", Buffer.from([0x0d, 0x0a, 0x87, 0x0a])),
    box("ftyp", Buffer.from("jp2 \0\0\0\0jp2 ", "latin1")),
    box("jp2c", codestream),
  ]);
}

/** How many decodes reached the decoder worker while `run` ran. */
async function decodesDuring<T>(run: () => Promise<T>): Promise<{ result: T; decodes: number }> {
  const before = jpeg2000DecoderStats().decodes;
  const result = await run();
  return { result, decodes: jpeg2000DecoderStats().decodes - before };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (condition()) return true;
  }
  return condition();
}

describe("JPEG-2000 SIZ header", () => {
  it("reads the size of a bare codestream and of a JP2 file", () => {
    const sample = { width: 60, height: 60, components: 3, bitDepth: 8, tiles: 1 };
    expect(readJpeg2000Header(SAMPLE_PHOTO)).toEqual(sample);
    expect(readJpeg2000Header(inJp2(SAMPLE_PHOTO))).toEqual(sample);
    expect(checkJpeg2000Header(SAMPLE_PHOTO)).toMatchObject({ ok: true, header: sample });
  });

  it("refuses what no photo needs: over 1024 a side, over 4 components, over 1024 tiles", () => {
    expect(checkJpeg2000Header(claiming(8000, 8000))).toEqual({ ok: false, reason: "too-large" });
    expect(checkJpeg2000Header(inJp2(claiming(8000, 8000)))).toEqual({ ok: false, reason: "too-large" });
    expect(checkJpeg2000Header(claiming(1025, 10))).toEqual({ ok: false, reason: "too-large" });
    expect(checkJpeg2000Header(claiming(1024, 1024)).ok).toBe(true);
    const tiny = Buffer.from(SAMPLE_PHOTO);
    tiny.writeUInt32BE(1, 24);
    tiny.writeUInt32BE(1, 28); // 60×60 tiles of one pixel
    expect(checkJpeg2000Header(tiny)).toEqual({ ok: false, reason: "too-large" });
  });

  it("calls a truncated or inconsistent header undecodable", () => {
    expect(checkJpeg2000Header(SAMPLE_PHOTO.subarray(0, 30))).toEqual({ ok: false, reason: "undecodable" });
    const noComponents = Buffer.from(SAMPLE_PHOTO);
    noComponents.writeUInt16BE(0, 40);
    expect(readJpeg2000Header(noComponents)).toBeNull();
    expect(readJpeg2000Header(Buffer.from("jP  not a box at all", "latin1"))).toBeNull();
  });
});

describe("Secure QR photo", () => {
  it("refuses a signed QR whose photo claims 8000×8000 in under 50 ms, keeping the verified fields", async () => {
    const text = secureQrV2Text(claiming(8000, 8000));
    expect(text.length).toBeLessThan(3_200); // a QR code's worth: about 2.9 KB of digits
    const { result: kyc, decodes } = await decodesDuring(async () => {
      const started = performance.now();
      const parsed = await parseSecureQr(text, { trustStore: store });
      return { ...parsed, elapsedMs: performance.now() - started };
    });
    console.log(`8000×8000 Secure QR refused in ${kyc.elapsedMs.toFixed(1)} ms`);
    expect(kyc.signature).toMatchObject({ verified: true, signer: "LockerKit Test Signer" });
    expect(kyc).toMatchObject({ name: "Meera Iyer", maskedAadhaar: "XXXX-XXXX-0019" });
    expect(kyc.photo).toMatchObject({ mime: "image/jp2", display: null, displayWithheld: "too-large" });
    expect(kyc.elapsedMs).toBeLessThan(50);
    expect(decodes).toBe(0); // refused from the header: never sent to the decoder
  });

  it("decodes UIDAI's real sample photo in a worker thread that goes once idle", async () => {
    const { result: kyc, decodes } = await decodesDuring(() => parseSecureQr(QR_TEXT));
    expect(kyc.signature.verified).toBe(true);
    expect(kyc.photo).toMatchObject({
      mime: "image/jp2",
      display: { mime: "image/png" },
      displayWithheld: null,
    });
    const png = PNG.sync.read(kyc.photo!.display!.bytes);
    expect([png.width, png.height]).toEqual([60, 60]);
    expect(decodes).toBe(1);
    expect(jpeg2000DecoderStats().workerAlive).toBe(true);
    // Idle, the worker is terminated, which hands its WebAssembly memory back to the operating system.
    expect(await until(() => !jpeg2000DecoderStats().workerAlive, 5_000)).toBe(true);
  });

  it("never decodes the photo of a QR whose signature does not verify", async () => {
    const { result, decodes } = await decodesDuring(async () => [
      await parseSecureQr(secureQrV2Text(SAMPLE_PHOTO, ATTACKER_KEY), { trustStore: store }),
      await parseSecureQr(secureQrV2Text(claiming(8000, 8000), ATTACKER_KEY), { trustStore: store }),
    ]);
    for (const kyc of result) {
      expect(kyc.signature).toMatchObject({ verified: false, reason: "no-matching-key" });
      expect(kyc.photo).toMatchObject({
        mime: "image/jp2",
        display: null,
        displayWithheld: "signature-not-verified",
      });
    }
    expect(decodes).toBe(0);
  });

  it("skips decoding when the caller will not show the photo", async () => {
    const kyc = await parseSecureQr(QR_TEXT, { decodePhoto: false });
    expect(kyc.signature.verified).toBe(true);
    expect(kyc.photo).toMatchObject({ mime: "image/jp2", display: null, displayWithheld: "not-requested" });
  });

  it("answers a codestream the decoder cannot read as undecodable, and the next photo still decodes", async () => {
    const broken = Buffer.concat([SAMPLE_PHOTO.subarray(0, 120), Buffer.alloc(200, 0x5a)]);
    const kyc = await parseSecureQr(secureQrV2Text(broken), { trustStore: store });
    expect(kyc.photo).toMatchObject({ display: null, displayWithheld: "undecodable" });
    const again = await parseSecureQr(secureQrV2Text(SAMPLE_PHOTO), { trustStore: store });
    expect(again.photo).toMatchObject({ display: { mime: "image/png" }, displayWithheld: null });
  });
});

describe("decoder worker", () => {
  it("caps its WebAssembly memory: an 8000×8000 codestream that got past the header check fails instead of taking a gigabyte", async () => {
    const worker = new Worker(join(__dirname, "..", "src", "aadhaar", "jpeg2000.worker.js"), {
      workerData: { maxWasmBytes: 256 * 1024 * 1024 },
    });
    try {
      const reply = await new Promise<{ png: Uint8Array | null; heapBytes: number }>((resolve, reject) => {
        worker.on("error", reject);
        worker.on("message", (message) => {
          if (message.ready)
            worker.postMessage({
              id: 1,
              bytes: new Uint8Array(claiming(8000, 8000)),
              maxPixels: 1024 * 1024,
            });
          else resolve(message);
        });
      });
      expect(reply.png).toBeNull();
      expect(reply.heapBytes).toBeLessThanOrEqual(256 * 1024 * 1024);
    } finally {
      await worker.terminate();
    }
  });
});

describe("XML photo", () => {
  const jp2Xml = EAADHAAR_XML.replace(PHOTO_JPEG_BASE64, inJp2(SAMPLE_PHOTO).toString("base64"));

  it("decodes a JPEG-2000 Pht (here in a JP2 file) only once the document's signature verifies", async () => {
    const unsigned = await parseEAadhaarXml(jp2Xml, { trustStore: store });
    expect(unsigned.photo).toMatchObject({
      mime: "image/jp2",
      display: null,
      displayWithheld: "signature-not-verified",
    });
    const signed = await parseEAadhaarXml(signEnveloped(jp2Xml, "eaadhaar"), { trustStore: store });
    expect(signed.signature.verified).toBe(true);
    expect(signed.photo).toMatchObject({
      mime: "image/jp2",
      display: { mime: "image/png" },
      displayWithheld: null,
    });
  });
});
