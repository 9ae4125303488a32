// Minimal typing for the Emscripten build of OpenJPEG shipped by @cornerstonejs/codec-openjpeg (no types).
declare module "@cornerstonejs/codec-openjpeg/decodewasmjs" {
  interface FrameInfo {
    width: number;
    height: number;
    bitsPerSample: number;
    componentCount: number;
    isSigned: boolean;
  }
  interface J2KDecoder {
    getEncodedBuffer(length: number): Uint8Array;
    decode(): void;
    getFrameInfo(): FrameInfo;
    getDecodedBuffer(): Uint8Array;
    delete(): void;
  }
  interface OpenJpegModule {
    J2KDecoder: new () => J2KDecoder;
  }
  const factory: (options?: Record<string, unknown>) => Promise<OpenJpegModule>;
  export = factory;
}
