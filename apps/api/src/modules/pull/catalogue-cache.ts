import { SingleFlight } from "../../util/single-flight";

/** Upper bound on cached answers: the real catalogue is small, so this only stops unbounded growth. */
const MAX_ENTRIES = 5_000;

/**
 * DigiLocker's pull catalogue (issuers, their doctypes and parameters) is slow and changes rarely:
 * answers are kept for `ttlMs` per key, concurrent misses share one upstream call, and failures are
 * never cached (the next caller tries again).
 */
export class CatalogueCache {
  private readonly entries = new Map<string, { expiresAt: number; value: unknown }>();
  private readonly loads = new SingleFlight<unknown>();

  constructor(private readonly ttlMs: number) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.value as T;
    return (await this.loads.run(key, async () => {
      const value = await load();
      this.entries.delete(key);
      // Oldest first out: a Map iterates in insertion order.
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { expiresAt: Date.now() + this.ttlMs, value });
      return value;
    })) as T;
  }
}
