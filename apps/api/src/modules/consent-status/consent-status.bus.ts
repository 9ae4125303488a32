import { EventEmitter } from "node:events";
import type { Logger } from "pino";
import type { SessionStatus } from "../../db/entities/consent-session.entity";
import { listenPostgres } from "../../db/pg-notifications";

/** The channel the `consent_sessions_status_notify` trigger announces every status change on. */
export const CONSENT_STATUS_CHANNEL = "lockerkit_consent_status";

export interface ConsentStatusChange {
  id: string;
  tenantId: string;
  status: SessionStatus;
  updatedAt: Date;
}

type Unlisten = () => Promise<void>;

/**
 * Fans the database's status notifications out to this process's subscribers. The trigger fires for
 * every status change, made by any replica, job or operator, so no code path has to remember to
 * publish. Postgres: one dedicated connection LISTENs (reconnecting with backoff; subscribers then get
 * the current state again). PGlite: its in-process `listen`.
 */
export class ConsentStatusBus {
  private readonly emitter = new EventEmitter();
  private unlisten: Unlisten | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly logger: Logger) {
    // One listener per subscription; the per-tenant cap bounds them, not Node's warning.
    this.emitter.setMaxListeners(0);
  }

  /** Postgres: a dedicated connection, reconnected with backoff when lost. */
  async listenPostgres(databaseUrl: string): Promise<void> {
    const connect = async (): Promise<void> => {
      this.unlisten = await listenPostgres(
        databaseUrl,
        CONSENT_STATUS_CHANNEL,
        (payload) => this.receive(payload),
        (error) => {
          this.logger.warn(
            { err: error.message },
            "consent status listener lost its connection; reconnecting",
          );
          this.unlisten = null;
          this.scheduleReconnect(connect);
        },
      );
      // Changes during the gap are not replayed by Postgres: tell subscribers to re-read.
      this.emitter.emit("reconnected");
    };
    await connect();
  }

  private scheduleReconnect(connect: () => Promise<void>, delayMs = 1000): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      connect().catch((error: Error) => {
        this.logger.warn({ err: error.message }, "consent status listener could not reconnect");
        this.scheduleReconnect(connect, Math.min(delayMs * 2, 30_000));
      });
    }, delayMs);
    this.retry.unref();
  }

  /** PGlite: one process, one database; its `listen` delivers the trigger's notifications in process. */
  async listenPGlite(pglite: {
    listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
  }): Promise<void> {
    this.unlisten = await pglite.listen(CONSENT_STATUS_CHANNEL, (payload) => this.receive(payload));
  }

  private receive(payload: string | undefined): void {
    if (!payload) return;
    try {
      const raw = JSON.parse(payload) as {
        id: string;
        tenantId: string;
        status: SessionStatus;
        updatedAt: string;
      };
      this.emitter.emit(raw.id, { ...raw, updatedAt: new Date(raw.updatedAt) } satisfies ConsentStatusChange);
    } catch {
      this.logger.warn("unreadable consent status notification ignored");
    }
  }

  /** Calls `onChange` for each change of one session; `onGap` after a reconnect. Returns the unsubscribe. */
  watch(sessionId: string, onChange: (change: ConsentStatusChange) => void, onGap: () => void): () => void {
    this.emitter.on(sessionId, onChange);
    this.emitter.on("reconnected", onGap);
    return () => {
      this.emitter.off(sessionId, onChange);
      this.emitter.off("reconnected", onGap);
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.unlisten?.().catch(() => undefined);
    this.unlisten = null;
  }
}
