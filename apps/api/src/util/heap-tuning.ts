import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets the old generation grow past what survived the last full collection, in percent.
 * V8's own choice under a steady request load is up to 4 ×, so objects promoted while ≈ 200 requests
 * were in flight piled up to ≈ 300 MB of RSS before a full collection. At 50 % the peak at 200
 * connections stays near 180 MB for ≈ 2 % more CPU per request (bench/PROFILE.md). No cap: unlike
 * `--max-old-space-size`, a burst can never end in an out-of-memory exit.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Applies HEAP_GROWING_PERCENT unless node was started with a value of its own
 * (`node --heap-growing-percent=N apps/api/dist/main.js`; NODE_OPTIONS does not accept the flag).
 */
export function tuneHeap(): void {
  if (process.execArgv.some((flag) => /^--heap[-_]growing[-_]percent/.test(flag))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
