/** Coalesces concurrent calls with the same key in this process into one execution. */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  run(key: string, work: () => Promise<T>): Promise<T> {
    let promise = this.inFlight.get(key);
    if (!promise) {
      promise = work().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, promise);
    }
    return promise;
  }
}
