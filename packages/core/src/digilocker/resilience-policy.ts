import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  IsolatedCircuitError,
  TaskCancelledError,
  circuitBreaker,
  handleWhen,
  type CircuitBreakerPolicy,
} from "cockatiel";
import {
  DigiLockerError,
  RateLimitedError,
  RepositoryUnavailableError,
  RequestCancelledError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "./errors";

export interface CircuitBreakerOptions {
  /** Consecutive failed calls (after their retries) that open the circuit. Default 5. */
  threshold?: number;
  /** How long the circuit stays open before one half-open probe decides. Default 10 000 ms. */
  halfOpenAfterMs?: number;
}

export interface BulkheadOptions {
  /** Concurrent upstream requests per host. Default 16. */
  maxConcurrent?: number;
  /** Requests waiting for a slot (each still bounded by its own deadline). Default 1 000. */
  maxQueued?: number;
}

export interface HostResilienceOptions {
  circuitBreaker?: CircuitBreakerOptions;
  /**
   * One breaker per issuer (`repository_service_*` answers for its documents): a dead issuer fails
   * fast without slowing reads of other issuers' documents. Defaults: threshold 3, half-open after 30 s.
   */
  issuerCircuitBreaker?: CircuitBreakerOptions;
  bulkhead?: BulkheadOptions;
  /** Told when the circuit changes state (for logs/metrics). */
  onCircuitStateChange?: (state: CircuitStateName) => void;
}

export type CircuitStateName = "closed" | "open" | "half-open" | "isolated";

/**
 * Whether a failed call counts against the circuit: DigiLocker (not one issuer's repository) failed to
 * answer or answered 5xx, or the deadline passed. 4xx answers (including 429), protocol and integrity
 * errors, and the caller's own cancellation do not count.
 */
export function countsAgainstCircuit(error: Error): boolean {
  if (error instanceof RequestCancelledError) return false;
  if (error instanceof UpstreamTimeoutError) return true;
  if (error instanceof RateLimitedError || error instanceof RepositoryUnavailableError) return false;
  return (
    error instanceof UpstreamUnavailableError &&
    error.code !== "circuit_open" &&
    error.code !== "bulkhead_full"
  );
}

/** Whether a failed call counts against its issuer's breaker: the issuer's repository failed to serve. */
export function countsAgainstIssuer(error: Error): boolean {
  return error instanceof RepositoryUnavailableError && error.code !== "issuer_circuit_open";
}

/** Issuers tracked per host at most (issuer ids are a small catalogue; this only bounds memory). */
const MAX_ISSUERS = 2_000;

/** A concurrency limit whose queue honours each waiter's signal (a waiter leaves the queue when it aborts). */
export class Bulkhead {
  private active = 0;
  private readonly waiters: Array<{
    grant: () => void;
    reject: (error: unknown) => void;
    signal: AbortSignal;
    onAbort: () => void;
  }> = [];

  constructor(
    readonly maxConcurrent: number,
    readonly maxQueued: number,
  ) {
    if (!(maxConcurrent >= 1)) throw new RangeError("bulkhead maxConcurrent must be at least 1");
  }

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiters.length;
  }

  async run<T>(fn: () => Promise<T>, signal: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(signal.reason);
    if (this.active < this.maxConcurrent) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiters.length >= this.maxQueued) {
      return Promise.reject(
        new UpstreamUnavailableError("bulkhead_full", "Too many DigiLocker requests are waiting"),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        signal,
        grant: () => {
          signal.removeEventListener("abort", waiter.onAbort);
          resolve();
        },
        reject,
        onAbort: () => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          reject(signal.reason);
        },
      };
      signal.addEventListener("abort", waiter.onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiters.shift();
    if (next)
      next.grant(); // the slot passes straight to the next waiter
    else this.active--;
  }
}

/**
 * The resilience state shared by every client talking to one DigiLocker host: a circuit breaker
 * (cockatiel, consecutive failures, one half-open probe) and a bulkhead.
 */
export class HostResilience {
  readonly breaker: CircuitBreakerPolicy;
  readonly bulkhead: Bulkhead;

  private readonly issuers = new Map<string, CircuitBreakerPolicy>();
  private readonly issuerOptions: CircuitBreakerOptions;

  constructor(options: HostResilienceOptions = {}) {
    this.breaker = circuitBreaker(handleWhen(countsAgainstCircuit), {
      halfOpenAfter: options.circuitBreaker?.halfOpenAfterMs ?? 10_000,
      breaker: new ConsecutiveBreaker(options.circuitBreaker?.threshold ?? 5),
    });
    this.issuerOptions = options.issuerCircuitBreaker ?? {};
    this.bulkhead = new Bulkhead(options.bulkhead?.maxConcurrent ?? 16, options.bulkhead?.maxQueued ?? 1_000);
    if (options.onCircuitStateChange) this.onCircuitStateChange(options.onCircuitStateChange);
  }

  /** Subscribes to circuit state changes; returns an unsubscribe function. */
  onCircuitStateChange(listener: (state: CircuitStateName) => void): () => void {
    const subscription = this.breaker.onStateChange((state) => {
      try {
        listener(circuitStateName(state));
      } catch {
        // an observer never breaks a call
      }
    });
    return () => subscription.dispose();
  }

  get circuitState(): CircuitStateName {
    return circuitStateName(this.breaker.state);
  }

  /** The state of one issuer's breaker (`closed` for an issuer never seen). */
  issuerCircuitState(issuerId: string): CircuitStateName {
    const breaker = this.issuers.get(issuerId);
    return breaker ? circuitStateName(breaker.state) : "closed";
  }

  /**
   * Runs one whole call through its issuer's breaker: after consecutive `repository_service_*`
   * failures, calls for that issuer fail fast (`issuer_circuit_open`) while other issuers' go on.
   */
  async throughIssuerBreaker<T>(issuerId: string, fn: () => Promise<T>, signal: AbortSignal): Promise<T> {
    let breaker = this.issuers.get(issuerId);
    if (!breaker) {
      if (this.issuers.size >= MAX_ISSUERS) this.issuers.delete(this.issuers.keys().next().value!);
      breaker = circuitBreaker(handleWhen(countsAgainstIssuer), {
        halfOpenAfter: this.issuerOptions.halfOpenAfterMs ?? 30_000,
        breaker: new ConsecutiveBreaker(this.issuerOptions.threshold ?? 3),
      });
      this.issuers.set(issuerId, breaker);
    }
    try {
      return await breaker.execute(fn, signal);
    } catch (error) {
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
        throw new RepositoryUnavailableError(
          "issuer_circuit_open",
          "The issuer's repository is failing; the call was not made",
        );
      }
      if (error instanceof TaskCancelledError) throw abortError(signal);
      throw error;
    }
  }

  /** Runs one whole call (all its attempts) through the breaker; an open circuit fails fast. */
  async throughBreaker<T>(fn: () => Promise<T>, signal: AbortSignal): Promise<T> {
    try {
      return await this.breaker.execute(fn, signal);
    } catch (error) {
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
        throw new UpstreamUnavailableError(
          "circuit_open",
          "DigiLocker is failing; the circuit is open and the call was not made",
        );
      }
      if (error instanceof TaskCancelledError) throw abortError(signal);
      throw error;
    }
  }
}

function circuitStateName(state: CircuitState): CircuitStateName {
  switch (state) {
    case CircuitState.Open:
      return "open";
    case CircuitState.HalfOpen:
      return "half-open";
    case CircuitState.Isolated:
      return "isolated";
    default:
      return "closed";
  }
}

const registry = new Map<string, HostResilience>();

/**
 * The process-wide resilience for a host (origin), created on first use with the given options; every
 * client of that host shares its breaker and bulkhead.
 */
export function hostResilience(origin: string, options: HostResilienceOptions = {}): HostResilience {
  let resilience = registry.get(origin);
  if (!resilience) {
    resilience = new HostResilience(options);
    registry.set(origin, resilience);
  }
  return resilience;
}

/** The typed error for an aborted call: our deadline (`timeout`) or the caller's signal (`cancelled`). */
/**
 * A call's deadline that ends with the call. `AbortSignal.timeout` cannot be cleared: its timer, the signal
 * and everything listening to it stay until it fires, seconds after a fast call (or a fast failure) settled.
 */
export function callDeadline(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException("The operation timed out", "TimeoutError")),
    ms,
  );
  timer.unref();
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

export function abortError(signal: AbortSignal, deadline?: AbortSignal): DigiLockerError {
  const timedOut = deadline
    ? deadline.aborted
    : (signal.reason as Error | undefined)?.name === "TimeoutError";
  return timedOut
    ? new UpstreamTimeoutError("timeout", "DigiLocker did not answer before the deadline")
    : new RequestCancelledError("cancelled", "The DigiLocker call was cancelled by the caller");
}

export interface BackoffOptions {
  /** First and minimum delay, ms. Default 100. */
  baseMs?: number;
  /** Maximum delay, ms. Default 2 000. */
  capMs?: number;
}

/** Capped decorrelated jitter (AWS): `min(cap, random(base, previous × 3))`. */
export class DecorrelatedJitter {
  private previous: number;
  private readonly base: number;
  private readonly cap: number;

  constructor(
    options: BackoffOptions = {},
    private readonly random: () => number = Math.random,
  ) {
    this.base = Math.max(0, options.baseMs ?? 100);
    this.cap = Math.max(this.base, options.capMs ?? 2_000);
    this.previous = this.base;
  }

  next(): number {
    const upper = Math.max(this.base, this.previous * 3);
    this.previous = Math.min(this.cap, this.base + this.random() * (upper - this.base));
    return this.previous;
  }
}

/** Sleeps `ms` unless the signal aborts first (then rejects with the signal's reason). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, but rejects with `onAbort()` once the signal has aborted and `promise` has not
 * settled within `graceMs` after that (a queue, a half-open probe of another call). The grace lets the
 * aborted work report its own error first, so breaker state and events are updated before the caller
 * sees the failure.
 */
export function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal,
  onAbort: () => unknown,
  graceMs = 50,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      signal.removeEventListener("abort", listener);
      settle();
    };
    const listener = () => {
      timer = setTimeout(() => finish(() => reject(onAbort())), graceMs);
    };
    promise.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
    if (signal.aborted) listener();
    else signal.addEventListener("abort", listener, { once: true });
  });
}
