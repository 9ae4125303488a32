"use strict";
// Decodes JPEG-2000 photos to PNG off the main thread (see jpeg2000-decoder.ts). Plain CommonJS so that the
// same file runs from dist/ and from src/ under jest, which does not transform worker threads.
const { parentPort, workerData } = require("node:worker_threads");
const { PNG } = require("pngjs");

// The decoder grows its WebAssembly memory from JavaScript; past the cap the growth fails, malloc returns
// NULL and OpenJPEG gives up, instead of the process taking whatever a header asks for.
const maxWasmBytes = workerData.maxWasmBytes;
const grow = WebAssembly.Memory.prototype.grow;
WebAssembly.Memory.prototype.grow = function capped(pages) {
  if (this.buffer.byteLength + pages * 65536 > maxWasmBytes) throw new RangeError("photo decoder memory cap");
  return grow.call(this, pages);
};

const factory = require("@cornerstonejs/codec-openjpeg/decodewasmjs");
// OpenJPEG logs progress through Emscripten's print hooks, which default to stdout.
const ready = factory({ print: () => undefined, printErr: () => undefined });
// Tells the pool that start-up is over, so that only the decode itself runs against the decode deadline.
ready.then(
  () => parentPort.postMessage({ ready: true }),
  () => undefined,
);

function toPng(module, bytes, maxPixels) {
  const decoder = new module.J2KDecoder();
  try {
    decoder.getEncodedBuffer(bytes.length).set(bytes);
    decoder.decode();
    const { width, height, bitsPerSample, componentCount } = decoder.getFrameInfo();
    if (bitsPerSample !== 8 || width * height > maxPixels || (componentCount !== 1 && componentCount !== 3))
      return null;
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

parentPort.on("message", async ({ id, bytes, maxPixels }) => {
  let png = null;
  let heapBytes = 0;
  try {
    const module = await ready;
    png = toPng(module, bytes, maxPixels);
    heapBytes = module.HEAPU8.byteLength;
  } catch {
    png = null;
  }
  parentPort.postMessage({ id, png, heapBytes });
});
