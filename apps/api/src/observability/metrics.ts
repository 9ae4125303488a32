import { type CircuitStateName, DigiLockerError, type DigiLockerRequestEvent } from "@lockerkit/core";
import { GraphQLError } from "graphql";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { ErrorCode } from "../errors/error-codes";
import { fromUpstream } from "../errors/upstream-error.mapper";

const PREFIX = "lockerkit_";
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];
const BREAKER_STATE: Record<CircuitStateName, number> = { closed: 0, "half-open": 1, open: 2, isolated: 2 };
const PURGED_KINDS = {
  sessions: "sessions",
  photos: "photos",
  sessionlessKyc: "sessionless_kyc",
  pendingExpired: "pending_expired",
  webhookEvents: "webhook_events",
} as const;

/** What one purge run removed, by kind (jobs/purge.job.ts's PurgeResult). */
type PurgedCounts = Record<keyof typeof PURGED_KINDS, number>;

/** The catalogue code an error means to a client (`ok` for none): the only outcome labels used. */
export function outcomeOf(error: unknown): string {
  if (error === null || error === undefined) return "ok";
  if (error instanceof DigiLockerError) return String(fromUpstream(error).extensions.code);
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === "string" && code in ErrorCode ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * One Prometheus registry per server instance (tests run several servers in one process). Labels only
 * ever carry bounded, non-personal values: operation names, HTTP statuses, catalogue codes.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly graphqlRequests = new Counter({
    name: `${PREFIX}graphql_requests_total`,
    help: "GraphQL requests by operation name and outcome (ok or the error code).",
    labelNames: ["operation", "outcome"] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: `${PREFIX}graphql_request_duration_seconds`,
    help: "GraphQL request duration by operation name.",
    labelNames: ["operation"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly upstreamRequests = new Counter({
    name: `${PREFIX}upstream_requests_total`,
    help: "DigiLocker request attempts by operation and HTTP status (or the failure when no status arrived).",
    labelNames: ["operation", "status"] as const,
    registers: [this.registry],
  });
  private readonly upstreamDuration = new Histogram({
    name: `${PREFIX}upstream_request_duration_seconds`,
    help: "DigiLocker request attempt duration by operation.",
    labelNames: ["operation"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly tokenRefreshes = new Counter({
    name: `${PREFIX}token_refreshes_total`,
    help: "DigiLocker grant refreshes by outcome (ok or the error code).",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });
  private readonly purged = new Counter({
    name: `${PREFIX}purged_total`,
    help: "Records erased or expired by the retention purge, by kind.",
    labelNames: ["kind"] as const,
    registers: [this.registry],
  });
  // The "purge not running" alert: each replica's last completed run (0 until its first).
  private readonly purgeLastSuccess = new Gauge({
    name: `${PREFIX}purge_last_success_timestamp_seconds`,
    help: "Unix time of this replica's last completed retention purge (0 before the first).",
    registers: [this.registry],
  });
  private readonly webhookDeliveries = new Counter({
    name: `${PREFIX}webhook_deliveries_total`,
    help: "Webhook delivery attempts by event type and outcome (delivered, retry, failed).",
    labelNames: ["event", "outcome"] as const,
    registers: [this.registry],
  });
  private readonly webhookDuration = new Histogram({
    name: `${PREFIX}webhook_delivery_duration_seconds`,
    help: "Webhook delivery attempt duration by event type.",
    labelNames: ["event"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly rateLimitBackendErrors = new Counter({
    name: `${PREFIX}rate_limit_backend_errors_total`,
    help: "Rate-limit checks the shared backend (Redis) could not answer; this replica's own counters decided them.",
    registers: [this.registry],
  });
  private readonly outboxGivenUp = new Counter({
    name: `${PREFIX}outbox_given_up_total`,
    help: "Outbox jobs (queued DigiLocker revokes) given up after the maximum number of attempts, by kind.",
    labelNames: ["kind"] as const,
    registers: [this.registry],
  });
  private breakerState: () => CircuitStateName = () => "closed";

  constructor() {
    const state = () => BREAKER_STATE[this.breakerState()];
    new Gauge({
      name: `${PREFIX}upstream_breaker_state`,
      help: "DigiLocker circuit breaker state: 0 closed, 1 half-open, 2 open.",
      registers: [this.registry],
      collect() {
        this.set(state());
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
  }

  /** Where the breaker gauge reads the state from at scrape time. */
  readBreakerFrom(read: () => CircuitStateName): void {
    this.breakerState = read;
  }

  rateLimitBackendError(): void {
    this.rateLimitBackendErrors.inc();
  }

  graphqlRequest(operation: string, outcome: string, seconds: number): void {
    this.graphqlRequests.inc({ operation, outcome });
    this.graphqlDuration.observe({ operation }, seconds);
  }

  /** The core client's `onRequest` observer. An open circuit (attempt 0) counts with status `circuit_open`. */
  readonly upstreamRequest = (event: DigiLockerRequestEvent): void => {
    this.upstreamRequests.inc({
      operation: event.operation,
      status: event.status === null ? event.outcome : String(event.status),
    });
    if (event.attempt > 0)
      this.upstreamDuration.observe({ operation: event.operation }, event.durationMs / 1000);
  };

  /** The session-access service's refresh observer. */
  readonly tokenRefresh = (error: unknown): void => {
    this.tokenRefreshes.inc({ outcome: outcomeOf(error) });
  };

  purgeDone(result: PurgedCounts): void {
    this.purgeLastSuccess.set(Date.now() / 1000);
    for (const [field, kind] of Object.entries(PURGED_KINDS))
      this.purged.inc({ kind }, result[field as keyof PurgedCounts]);
  }

  /** The webhook worker's `onAttempt` observer: one call per attempt (`delivered`, `retry` or `failed`). */
  readonly webhookDelivery = (event: string, outcome: string, seconds: number): void => {
    this.webhookDeliveries.inc({ event, outcome });
    this.webhookDuration.observe({ event }, seconds);
  };

  /** The revoke worker's observer: a job reached its maximum number of attempts. */
  readonly outboxGaveUp = (kind: string): void => {
    this.outboxGivenUp.inc({ kind });
  };

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}
