import type { PGliteOptions } from "@electric-sql/pglite";
import { PGliteDriver } from "typeorm-pglite";

type ConnectCallback = (error: Error | null, client: unknown, release: (error?: unknown) => void) => void;

/**
 * PGlite is one Postgres session. TypeORM treats the pool as many connections, so two concurrent
 * transactions would interleave on that one session. This pool hands out the session to one
 * holder at a time (a FIFO mutex): every query runner, and so every transaction, runs alone.
 */
export function serialPGliteDriver(options: PGliteOptions): unknown {
  const Pool = new PGliteDriver(options).driver.Pool as unknown as new () => {
    connect(callback: ConnectCallback): Promise<void>;
  };
  class SerialPool extends Pool {
    private tail: Promise<void> = Promise.resolve();

    override connect(callback: ConnectCallback): Promise<void> {
      let unlock!: () => void;
      const previous = this.tail;
      this.tail = new Promise<void>((resolve) => (unlock = resolve));
      return previous.then(() =>
        super.connect((error, client, release) => {
          let released = false;
          callback(error as Error | null, client, (releaseError?: unknown) => {
            if (released) return;
            released = true;
            (release as (e?: unknown) => void)(releaseError);
            unlock();
          });
          if (error) unlock();
        }),
      );
    }
  }
  return { Pool: SerialPool };
}
