import type { DigiLockerRequestEvent } from "@lockerkit/core";

const MINUTE_MS = 60_000;
const KEEP_MINUTES = 24 * 60;

export interface UpstreamCount {
  operation: string;
  requests: number;
  errors: number;
}

/**
 * DigiLocker request outcomes per operation in one-minute slots for the last day, in this process:
 * Prometheus counters only grow, so "the last hour" needs its own window. Bounded: at most a day of
 * slots, each a handful of operation names (labels from the core client, never personal data).
 */
export class UpstreamWindow {
  private readonly slots = new Map<number, Map<string, { requests: number; errors: number }>>();
  readonly since = new Date();

  constructor(private readonly now: () => number = Date.now) {}

  /** A core client `onRequest` event: any outcome but `ok` (an error status, timeout, network, open circuit) is an error. */
  readonly record = (event: DigiLockerRequestEvent): void => {
    const slot = Math.floor(this.now() / MINUTE_MS);
    let ops = this.slots.get(slot);
    if (!ops) {
      ops = new Map();
      this.slots.set(slot, ops);
      this.prune(slot);
    }
    const count = ops.get(event.operation) ?? { requests: 0, errors: 0 };
    count.requests += 1;
    if (event.outcome !== "ok") count.errors += 1;
    ops.set(event.operation, count);
  };

  /** Totals per operation over the last `ms`. */
  counts(ms: number): UpstreamCount[] {
    const from = Math.floor((this.now() - ms) / MINUTE_MS);
    const totals = new Map<string, UpstreamCount>();
    for (const [slot, ops] of this.slots) {
      if (slot <= from) continue;
      for (const [operation, c] of ops) {
        const t = totals.get(operation) ?? { operation, requests: 0, errors: 0 };
        t.requests += c.requests;
        t.errors += c.errors;
        totals.set(operation, t);
      }
    }
    return [...totals.values()].sort((a, b) => a.operation.localeCompare(b.operation));
  }

  private prune(current: number): void {
    for (const slot of this.slots.keys()) if (slot <= current - KEEP_MINUTES) this.slots.delete(slot);
  }
}
