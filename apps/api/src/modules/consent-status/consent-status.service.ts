import { sha256Hex } from "../../crypto/hashing";
import { type ConsentSessionEntity, SessionStatus } from "../../db/entities/consent-session.entity";
import { AppError, badInput, ErrorCode, notFound } from "../../errors/error-codes";
import type { ConsentSessionRepository } from "../sessions/consent-session.repository";
import { STATUS_TOKEN_PREFIX } from "../sessions/session-secrets";
import type { ConsentStatusBus } from "./consent-status.bus";
import type { ConsentStatus } from "./consent-status.type";

const OPEN = new Set<SessionStatus>([SessionStatus.PENDING, SessionStatus.EXCHANGING]);
/** Every state but PENDING and EXCHANGING ends the consent journey the status token watches. */
export const isFinalStatus = (status: SessionStatus) => !OPEN.has(status);

/**
 * A consent's status for the page that started it, by the status token startConsent returned: one
 * read, or a live feed that ends with the first final state. A pending consent past its window reads
 * EXPIRED even before anything has marked it so.
 */
export class ConsentStatusService {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly sessions: ConsentSessionRepository,
    private readonly bus: ConsentStatusBus,
    private readonly maxPerTenant: number,
  ) {}

  async status(tenantId: string, statusToken: string): Promise<ConsentStatus> {
    return view(await this.find(tenantId, statusToken));
  }

  /**
   * Checks the token and the tenant's cap before anything streams (so refusals are ordinary GraphQL
   * errors), then yields the current status and each change until a final one.
   */
  async watch(tenantId: string, statusToken: string): Promise<AsyncIterableIterator<ConsentStatus>> {
    const session = await this.find(tenantId, statusToken);
    const count = this.open.get(tenantId) ?? 0;
    if (count >= this.maxPerTenant) {
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        `at most ${this.maxPerTenant} open status subscriptions per tenant`,
        { retryAfterSeconds: 30 },
      );
    }
    this.open.set(tenantId, count + 1);
    return await this.feed(session, () => {
      const left = (this.open.get(tenantId) ?? 1) - 1;
      if (left > 0) this.open.set(tenantId, left);
      else this.open.delete(tenantId);
    });
  }

  private async feed(
    session: ConsentSessionEntity,
    release: () => void,
  ): Promise<AsyncIterableIterator<ConsentStatus>> {
    const queue: ConsentStatus[] = [];
    let wake: (() => void) | null = null;
    let last: SessionStatus | null = null;
    let lastAt = 0;
    let done = false;
    let expiry: NodeJS.Timeout | null = null;
    const push = (status: ConsentStatus) => {
      if (done) return;
      queue.push(status);
      wake?.();
    };
    // Listening starts before the current state is read, so no change can fall between the two.
    const unwatch = this.bus.watch(
      session.id,
      (change) => push({ sessionId: change.id, status: change.status, updatedAt: change.updatedAt }),
      () => void this.reread(session).then((s) => s && push(s)),
    );
    const finish = () => {
      if (done) return;
      done = true;
      unwatch();
      if (expiry) clearTimeout(expiry);
      release();
      wake?.();
    };
    const schedule = (status: ConsentStatus) => {
      if (expiry) clearTimeout(expiry);
      expiry = null;
      if (status.status !== SessionStatus.PENDING) return;
      // A pending consent nobody answers: the window's end is a final state too.
      const ms = Math.max(0, session.expiresAt.getTime() - Date.now());
      expiry = setTimeout(
        () => push({ ...status, status: SessionStatus.EXPIRED, updatedAt: session.expiresAt }),
        Math.min(ms, 2 ** 31 - 1),
      );
      expiry.unref();
    };
    const current = (await this.reread(session)) ?? view(session);
    // Changes heard while reading come after the current state; older ones are skipped below.
    queue.unshift(current);
    const iterator: AsyncIterableIterator<ConsentStatus> = {
      next: async () => {
        for (;;) {
          if (done) return { done: true, value: undefined };
          const item = queue.shift();
          if (!item) {
            await new Promise<void>((resolve) => (wake = resolve));
            wake = null;
            continue;
          }
          if (item.status === last || item.updatedAt.getTime() < lastAt) continue;
          last = item.status;
          lastAt = item.updatedAt.getTime();
          if (isFinalStatus(item.status)) {
            finish();
            // The final state is still delivered; the next call completes.
            done = true;
          } else {
            schedule(item);
          }
          return { done: false, value: item };
        }
      },
      return: async () => {
        finish();
        return { done: true, value: undefined };
      },
      throw: async (error: unknown) => {
        finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  private async reread(session: ConsentSessionEntity): Promise<ConsentStatus | null> {
    const fresh = await this.sessions.findById(session.id).catch(() => null);
    if (fresh) session.expiresAt = fresh.expiresAt;
    return fresh ? view(fresh) : null;
  }

  private async find(tenantId: string, statusToken: string): Promise<ConsentSessionEntity> {
    if (!statusToken.startsWith(STATUS_TOKEN_PREFIX) || statusToken.length > 200) {
      throw badInput("statusToken must be the `lk_cs_…` value startConsent returned", "statusToken");
    }
    const session = await this.sessions.findByStatusToken(tenantId, sha256Hex(statusToken));
    if (!session) throw notFound("consent status");
    return session;
  }
}

function view(session: ConsentSessionEntity): ConsentStatus {
  const lapsed = session.status === SessionStatus.PENDING && session.expiresAt.getTime() <= Date.now();
  return lapsed
    ? { sessionId: session.id, status: SessionStatus.EXPIRED, updatedAt: session.expiresAt }
    : { sessionId: session.id, status: session.status, updatedAt: session.updatedAt };
}
