import type { Logger } from "pino";

/** Registers a stop step; steps run in reverse order of registration. */
export type Defer = (step: () => Promise<unknown>) => void;

export interface Shutdown {
  defer: Defer;
  /** True once stopping began (readiness answers 503 from then on). */
  draining(): boolean;
  /** Idempotent: a second call returns the first call's promise. */
  stop(): Promise<void>;
}

/**
 * Graceful stop: readiness 503 first (after an optional delay for load balancers to notice), then the
 * registered steps in reverse order (Apollo's drain closes the listener and waits for in-flight
 * requests, then jobs, pool, sandbox). A failed step is logged and the next one still runs.
 */
export function createShutdown(delayMs: number, logger: Logger): Shutdown {
  const steps: Array<() => Promise<unknown>> = [];
  let draining = false;
  let stopping: Promise<void> | null = null;
  return {
    defer: (step) => void steps.push(step),
    draining: () => draining,
    stop: () =>
      (stopping ??= (async () => {
        draining = true;
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        for (const step of steps.reverse())
          await step().catch((error: Error) => logger.warn({ err: error.message }, "shutdown step failed"));
      })()),
  };
}
