import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { SIGNATURE_HEADER, signWebhook } from "@lockerkit/core";
import type { Logger } from "pino";
import type { EncryptionService } from "../crypto/encryption.service";
import {
  type AttemptOutcome,
  type ClaimedEvent,
  isInternalAddress,
  type WebhookEndpointRepository,
  type WebhookEndpointRow,
  type WebhookEventRepository,
  webhookSecretAad,
} from "../modules/webhooks";

export interface WebhookWorkerOptions {
  /** First retry after about this long; each further one waits twice as long (with jitter), capped at 6 h. */
  retryBaseMs: number;
  /** Attempts before an event is marked FAILED. */
  maxAttempts: number;
  /** Deadline of one delivery (connect, send, response headers). */
  timeoutMs: number;
  /** How often to look for due work (retries, other replicas' events, leases of crashed replicas). */
  pollIntervalMs: number;
  /** Refuse internal addresses (production): checked on the address actually resolved, at connect time. */
  blockInternalAddresses: boolean;
  /** Metrics hook: called once per finished attempt. */
  onAttempt?: (
    event: { type: string; tenantId: string },
    outcome: AttemptOutcome["kind"],
    durationMs: number,
  ) => void;
}

interface AttemptResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const MAX_BACKOFF_MS = 6 * 3600_000;
const BATCH = 20;

class BlockedAddressError extends Error {
  code = "EBLOCKED";
}

/** DNS resolution that refuses internal addresses, so a public name cannot be pointed inside (SSRF). */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    if (addresses.length === 0 || addresses.some((a) => isInternalAddress(a.address)))
      return callback(new BlockedAddressError("internal address"), "", 0);
    if ((options as { all?: boolean }).all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/**
 * Delivers queued webhook events: POST of the stored JSON body, signed with the tenant's secret,
 * 2xx = delivered, anything else (redirects included, never followed) = retry with backoff, at
 * least once and in order per session. Safe on every replica: work is claimed with SKIP LOCKED.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private readonly wakeups = new Set<NodeJS.Timeout>();
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly events: WebhookEventRepository,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly crypto: EncryptionService,
    private readonly logger: Logger,
    private readonly options: WebhookWorkerOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.pollIntervalMs);
    this.timer.unref();
  }

  /** Waits for the delivery in progress (bounded by the timeout), then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    for (const t of this.wakeups) clearTimeout(t);
    await this.running;
  }

  /** Drains due work now, in the background; a kick during a drain makes it go round once more. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: Error) => this.logger.warn({ err: error.message }, "webhook drain failed"))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async drain(): Promise<void> {
    const leaseMs = this.options.timeoutMs + 30_000;
    while (!this.stopped) {
      const batch = await this.events.claimDue(BATCH, leaseMs);
      if (batch.length === 0) return;
      const endpoints = new Map(
        (await this.endpoints.findMany([...new Set(batch.map((e) => e.tenant_id))])).map((e) => [
          e.tenant_id,
          e,
        ]),
      );
      // A batch holds at most one event per session, so delivering it concurrently keeps the order.
      await Promise.all(batch.map((event) => this.deliver(event, endpoints.get(event.tenant_id) ?? null)));
    }
  }

  private async deliver(event: ClaimedEvent, endpoint: WebhookEndpointRow | null): Promise<void> {
    const started = performance.now();
    const result: AttemptResult = endpoint
      ? await this.post(event, endpoint)
      : { statusCode: null, error: "no_endpoint", durationMs: 0 };
    result.durationMs = Math.round(performance.now() - started);
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const outcome: AttemptOutcome = ok
      ? { kind: "delivered" }
      : !endpoint || event.attempts >= this.options.maxAttempts
        ? { kind: "failed" }
        : { kind: "retry", retryInMs: this.backoff(event.attempts) };
    await this.events.finishAttempt(event, result, outcome);
    this.options.onAttempt?.(
      { type: event.type, tenantId: event.tenant_id },
      outcome.kind,
      result.durationMs,
    );
    if (outcome.kind === "retry") {
      this.logger.warn(
        { eventId: event.id, attempt: event.attempts, statusCode: result.statusCode, error: result.error },
        "webhook delivery failed; will retry",
      );
      this.wakeAfter(outcome.retryInMs);
    } else if (outcome.kind === "failed") {
      this.logger.warn({ eventId: event.id, attempts: event.attempts }, "webhook delivery gave up");
    }
  }

  /** Exponential backoff with equal jitter: half the step fixed, half random. */
  private backoff(attempt: number): number {
    const step = Math.min(MAX_BACKOFF_MS, this.options.retryBaseMs * 2 ** Math.min(attempt - 1, 30));
    return Math.round(step / 2 + Math.random() * (step / 2));
  }

  /** Retries come due without waiting for the next poll. */
  private wakeAfter(ms: number): void {
    if (this.stopped) return;
    const t = setTimeout(() => {
      this.wakeups.delete(t);
      this.kick();
    }, ms + 5);
    t.unref();
    this.wakeups.add(t);
  }

  private post(event: ClaimedEvent, endpoint: WebhookEndpointRow): Promise<AttemptResult> {
    const secret = this.crypto.decrypt(endpoint.secret_enc, webhookSecretAad(endpoint.tenant_id));
    const url = new URL(endpoint.url);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    // IP literals skip the DNS lookup, so they are checked here.
    if (this.options.blockInternalAddresses && isIP(host) && isInternalAddress(host)) {
      return Promise.resolve({ statusCode: null, error: "blocked_address", durationMs: 0 });
    }
    const options: RequestOptions = {
      method: "POST",
      // A fresh connection per delivery: nothing pooled towards arbitrary hosts.
      agent: false,
      signal: AbortSignal.timeout(this.options.timeoutMs),
      headers: {
        "content-type": "application/json",
        "user-agent": "LockerKit-Webhooks/1",
        "x-lockerkit-event-id": event.id,
        "x-lockerkit-event-type": event.type,
        "x-lockerkit-attempt": String(event.attempts),
        [SIGNATURE_HEADER]: signWebhook(secret, event.body),
      },
      ...(this.options.blockInternalAddresses ? { lookup: publicOnlyLookup } : {}),
    };
    return new Promise<AttemptResult>((resolve) => {
      const req = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, options, (res) => {
        // Only the status matters; the receiver's body is discarded unread.
        res.resume();
        resolve({ statusCode: res.statusCode ?? null, error: null, durationMs: 0 });
      });
      req.on("error", (error: NodeJS.ErrnoException) => {
        const kind =
          error.name === "AbortError" || error.name === "TimeoutError"
            ? "timeout"
            : error instanceof BlockedAddressError
              ? "blocked_address"
              : `network:${error.code ?? "error"}`;
        resolve({ statusCode: null, error: kind, durationMs: 0 });
      });
      req.end(event.body);
    });
  }
}
