import type { Redis } from "ioredis";
import type { Logger } from "pino";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import type { RateLimitsConfig } from "../config";
import { AppError, ErrorCode } from "../errors/error-codes";

/** Each principal kind has buckets of its own, so no kind can spend another's. */
export type Bucket =
  | "session" // per session token
  | "secret" // per tenant, secret key
  | "consents" // startConsent per secret key or per session
  | "publishableIp" // per tenant and client IP, publishable key
  | "publishable" // per tenant, all publishable-key traffic
  | "publishableConsents" // startConsent per tenant, publishable key
  | "anonymousIp"; // per client IP: no token, or one that does not authenticate

const WARN_EVERY_MS = 30_000;

export interface RateLimitStoreHooks {
  logger: Logger;
  /** Counts each time the shared backend failed and the replica's own counters decided instead. */
  onBackendError(): void;
}

/**
 * The counters behind the rate limits: in memory per replica by default; with `redisUrl`, in Redis and
 * shared by every replica. Redis never fails a request: commands time out quickly, nothing queues while
 * it is away, and a failed consume falls back to this replica's in-memory counter (with a metric and
 * a throttled warning) rather than refusing or letting the request through unlimited.
 */
export class RateLimitStore {
  private readonly shared: Map<Bucket, RateLimiterAbstract> | null;
  private readonly local: Map<Bucket, RateLimiterAbstract>;
  private lastWarning = 0;

  private constructor(
    private readonly redis: Redis | null,
    limits: RateLimitsConfig,
    private readonly hooks: RateLimitStoreHooks,
  ) {
    const points: Record<Bucket, number> = {
      session: limits.sessionPerMinute,
      secret: limits.tenantPerMinute,
      consents: limits.consentsPerMinute,
      publishableIp: limits.publishablePerIpPerMinute,
      publishable: limits.publishablePerMinute,
      publishableConsents: limits.publishableConsentsPerMinute,
      anonymousIp: limits.anonymousPerIpPerMinute,
    };
    const buckets = Object.keys(points) as Bucket[];
    this.local = new Map(
      buckets.map((b) => [b, new RateLimiterMemory({ points: points[b], duration: 60, keyPrefix: b })]),
    );
    this.shared = redis
      ? new Map(
          buckets.map((b) => [
            b,
            new RateLimiterRedis({
              storeClient: redis,
              points: points[b],
              duration: 60,
              keyPrefix: `${limits.redisPrefix}${b}`,
              rejectIfRedisNotReady: true,
            }),
          ]),
        )
      : null;
  }

  /** With Redis, waits (up to the connect timeout) for the first connection, so boot does not start degraded. */
  static async create(limits: RateLimitsConfig, hooks: RateLimitStoreHooks): Promise<RateLimitStore> {
    // Loaded only when configured: ioredis is ≈ 10 MB of a replica's resident memory.
    const redis = limits.redisUrl
      ? new (await import("ioredis")).Redis(limits.redisUrl, {
          // A request waits for Redis at most this long; while it is away, commands fail at once.
          connectTimeout: 1_000,
          commandTimeout: 250,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 0,
          retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
        })
      : null;
    // ioredis reports connection failures as events; without a listener they would be thrown.
    redis?.on("error", (error: Error) =>
      hooks.logger.debug({ err: error.message }, "rate-limit redis connection error"),
    );
    if (redis) {
      const connected = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 1_000);
        redis.once("ready", () => resolve(true));
        redis.once("error", () => resolve(false));
        redis.once("end", () => resolve(false));
        timer.unref();
      });
      if (!connected)
        hooks.logger.warn(
          "rate-limit redis not reachable at boot; each replica counts on its own until it is",
        );
    }
    return new RateLimitStore(redis, limits, hooks);
  }

  /** Spends `points` of `bucket` for `key`; over the limit, throws RATE_LIMITED with `retryAfterSeconds`. */
  async consume(bucket: Bucket, key: string, points: number): Promise<void> {
    if (points <= 0) return;
    try {
      await this.consumeOrFallBack(bucket, key, points);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError(ErrorCode.RATE_LIMITED, `rate limit exceeded; retry in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
      });
    }
  }

  private async consumeOrFallBack(bucket: Bucket, key: string, points: number): Promise<void> {
    const shared = this.shared?.get(bucket);
    if (shared) {
      try {
        await shared.consume(key, points);
        return;
      } catch (error) {
        if (error instanceof RateLimiterRes) throw error;
        this.backendFailed(error);
      }
    }
    await this.local.get(bucket)!.consume(key, points);
  }

  private backendFailed(error: unknown): void {
    this.hooks.onBackendError();
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.hooks.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      "rate-limit redis unavailable; using this replica's counters",
    );
  }

  stop(): void {
    this.redis?.disconnect();
  }
}
