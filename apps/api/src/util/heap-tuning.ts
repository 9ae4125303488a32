import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets the old generation grow past what survived the last full collection, in percent.
 * V8's own choice under a steady request load is up to 4 ×, so objects promoted while ≈ 200 requests
 * were in flight piled up to ≈ 300 MB of RSS before a full collection. At 50 % the peak at 200
 * connections was 175–187 MB; at 35 % (with pretenuring off, below) it is 9–15 MB lower for CPU
 * per request within ± 5 %, where 25 % cost ≈ 20 % more CPU (bench/PROFILE.md). No cap: unlike
 * `--max-old-space-size`, a burst can never end in an out-of-memory exit.
 */
export const HEAP_GROWING_PERCENT = 35;

/**
 * The V8 settings `tuneHeap` applies, each unless node was started with a value of its own
 * (`node --heap-growing-percent=N apps/api/dist/main.js`; NODE_OPTIONS accepts neither flag).
 */
const TUNING: ReadonlyArray<{ flag: RegExp; value: string }> = [
  { flag: /^--heap[-_]growing[-_]percent/, value: `--heap-growing-percent=${HEAP_GROWING_PERCENT}` },
  // With 50 requests in flight, many allocation sites of a request (its context, loaders, promises)
  // outlive one scavenge, so V8 started allocating them straight in the old generation: short-lived
  // garbage that only a full collection frees. Off, full collections came half as often and the `me`
  // p99 at 50 connections fell by about a third (bench/PROFILE.md).
  { flag: /^--(no-)?allocation[-_]site[-_]pretenuring/, value: "--no-allocation-site-pretenuring" },
];

/** Applies the API's V8 settings; called first by the entry point, before the heap fills. */
export function tuneHeap(): void {
  for (const { flag, value } of TUNING) {
    if (!process.execArgv.some((given) => flag.test(given))) setFlagsFromString(value);
  }
}
