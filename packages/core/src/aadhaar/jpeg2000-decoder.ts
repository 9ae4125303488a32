import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { checkJpeg2000Header, JPEG2000_LIMITS } from "./jpeg2000-header";

/** Why a JPEG-2000 photo was not converted. */
export type Jpeg2000Refusal = "too-large" | "undecodable" | "decoder-limit";

export type Jpeg2000Outcome = { png: Buffer } | { refused: Jpeg2000Refusal };

const WORKER_FILE = join(__dirname, "jpeg2000.worker.js");
// A real photo decodes in about a millisecond; the header limits bound the rest. Starting a worker (loading
// and compiling the decoder) has its own, longer deadline, so that a busy machine does not fail every decode.
const DECODE_TIMEOUT_MS = 5_000;
const STARTUP_TIMEOUT_MS = 15_000;
// The worker (and its WebAssembly memory, which never shrinks) goes once idle, or once it has grown.
const IDLE_MS = 1_000;
const RECYCLE_HEAP_BYTES = 96 * 1024 * 1024;
const MAX_WASM_BYTES = 256 * 1024 * 1024;
const MAX_QUEUED = 64;
const RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: 48,
  maxYoungGenerationSizeMb: 8,
  codeRangeSizeMb: 16,
  stackSizeMb: 4,
};

interface Job {
  bytes: Uint8Array;
  resolve: (outcome: Jpeg2000Outcome) => void;
}

interface Reply {
  ready?: true;
  id: number;
  png: Uint8Array | null;
  heapBytes: number;
}

/**
 * One decoder worker at a time, jobs in turn. A job that runs past its deadline, a worker that dies or hits
 * its limits, and an idle or grown worker are all answered by terminating the worker: only that returns
 * its WebAssembly memory to the operating system.
 */
class Jpeg2000Decoder {
  private worker: Worker | null = null;
  private workerReady = false;
  private readonly queue: Job[] = [];
  private running: { id: number; job: Job; timer: NodeJS.Timeout } | null = null;
  private idle: NodeJS.Timeout | null = null;
  private nextId = 0;
  /** Workers started and decodes sent, for tests and diagnostics. */
  readonly stats = { workersStarted: 0, decodes: 0 };

  get workerAlive(): boolean {
    return this.worker !== null;
  }

  decode(bytes: Uint8Array): Promise<Jpeg2000Outcome> {
    if (this.queue.length >= MAX_QUEUED) return Promise.resolve({ refused: "decoder-limit" });
    return new Promise((resolve) => {
      this.queue.push({ bytes, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) {
      this.idle ??= setTimeout(() => this.recycle(), IDLE_MS).unref();
      this.worker?.unref();
      return;
    }
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const worker = this.ensureWorker();
    worker.ref();
    const id = ++this.nextId;
    this.running = {
      id,
      job,
      timer: this.deadline(id, this.workerReady ? DECODE_TIMEOUT_MS : STARTUP_TIMEOUT_MS),
    };
    this.stats.decodes++;
    const bytes = new Uint8Array(job.bytes); // its own buffer, not the payload's
    worker.postMessage({ id, bytes, maxPixels: JPEG2000_LIMITS.maxPixels }, [bytes.buffer]);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_FILE, {
      resourceLimits: RESOURCE_LIMITS,
      workerData: { maxWasmBytes: MAX_WASM_BYTES },
    });
    this.workerReady = false;
    worker.on("message", (reply: Reply) => {
      if (reply.ready) {
        this.workerReady = true;
        // The job waiting for the start-up now gets the decode deadline.
        if (this.running) {
          clearTimeout(this.running.timer);
          this.running.timer = this.deadline(this.running.id, DECODE_TIMEOUT_MS);
        }
        return;
      }
      const outcome: Jpeg2000Outcome = reply.png
        ? { png: Buffer.from(reply.png) }
        : { refused: "undecodable" };
      // A failed decode may leave the WebAssembly runtime in a bad state: start the next job afresh.
      this.finish(reply.id, outcome, !reply.png || reply.heapBytes > RECYCLE_HEAP_BYTES);
    });
    // Out of memory (resourceLimits), a crash, or terminate(): the job in hand ends with a clear refusal.
    const lost = () => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (this.running) this.finish(this.running.id, { refused: "decoder-limit" }, false);
    };
    worker.on("error", lost);
    worker.on("exit", lost);
    this.worker = worker;
    this.stats.workersStarted++;
    return worker;
  }

  private deadline(id: number, ms: number): NodeJS.Timeout {
    return setTimeout(() => this.finish(id, { refused: "decoder-limit" }, true), ms);
  }

  private finish(id: number, outcome: Jpeg2000Outcome, recycle: boolean): void {
    if (!this.running || this.running.id !== id) return;
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = null;
    if (recycle) this.recycle();
    job.resolve(outcome);
    this.pump();
  }

  private recycle(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }
}

const decoder = new Jpeg2000Decoder();

/**
 * A JPEG-2000 photo to PNG: the SIZ header is checked against the limits first, then the codestream is
 * decoded in a worker thread with memory and time limits. Never throws.
 */
export async function decodeJpeg2000(bytes: Uint8Array): Promise<Jpeg2000Outcome> {
  const header = checkJpeg2000Header(bytes);
  if (!header.ok) return { refused: header.reason };
  // The decoder reads bare codestreams: a JP2 file gives it the one its `jp2c` box holds.
  return decoder.decode(header.codestream);
}

/** How many decoder workers were started and decodes sent, and whether a worker is alive now. */
export function jpeg2000DecoderStats(): { workersStarted: number; decodes: number; workerAlive: boolean } {
  return { ...decoder.stats, workerAlive: decoder.workerAlive };
}
