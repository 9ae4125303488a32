import type { Logger } from "pino";
import type { ConsentSessionRepository } from "../modules/sessions";

/**
 * Resolves what a crash leaves behind. A session in EXCHANGING means a process consumed the state and
 * was calling (or had called) DigiLocker's token endpoint; the code exchange is bounded by a 10 s
 * deadline, so one still there after `exchangingAfterMs` belongs to a dead process. Its code is spent
 * and never retried: the session becomes FAILED (clients read REAUTH_REQUIRED: start a new consent).
 * Each sweep is one conditional UPDATE, so every replica may run it.
 */
export class RecoverySweep {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly sessions: ConsentSessionRepository,
    private readonly logger: Logger,
    private readonly exchangingAfterMs: number,
  ) {}

  start(intervalMs = Math.max(1_000, Math.min(15_000, Math.floor(this.exchangingAfterMs / 3)))): void {
    const tick = () => {
      if (this.running) return;
      this.running = this.sweep()
        .then(() => undefined)
        .catch((error: Error) => this.logger.warn({ err: error.message }, "recovery sweep failed"))
        .finally(() => (this.running = null));
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  async sweep(): Promise<string[]> {
    const failed = await this.sessions.failStuckExchanges(this.exchangingAfterMs);
    if (failed.length)
      this.logger.warn({ sessions: failed.length }, "sessions stuck in EXCHANGING marked FAILED");
    return failed;
  }
}
