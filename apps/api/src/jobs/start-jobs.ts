import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { EncryptionService } from "../crypto/encryption.service";
import type { ConsentSessionRepository } from "../modules/sessions";
import { OutboxRepository } from "../modules/sessions";
import type { DigiLockerClients } from "../modules/tenants";
import {
  WebhookEmitter,
  type WebhookEndpointRepository,
  type WebhookEventRepository,
} from "../modules/webhooks";
import type { Metrics } from "../observability/metrics";
import type { Defer } from "../util/shutdown";
import { PurgeJob } from "./purge.job";
import { RecoverySweep } from "./recovery.sweep";
import { RevokeWorker } from "./revoke.worker";
import { WebhookWorker } from "./webhook.worker";

export interface JobDeps {
  config: Config;
  dataSource: DataSource;
  crypto: EncryptionService;
  logger: Logger;
  metrics: Metrics;
  clients: DigiLockerClients;
  sessions: ConsentSessionRepository;
  webhookEndpoints: WebhookEndpointRepository;
  webhookEvents: WebhookEventRepository;
}

export interface Jobs {
  outbox: OutboxRepository;
  revoker: RevokeWorker;
  webhookWorker: WebhookWorker;
  /** Queues webhook events and wakes the worker (services and the purge emit through it). */
  webhooks: WebhookEmitter;
  purge: PurgeJob;
}

/** Starts the background workers and sweeps; each registers its stop with `defer` (run in reverse). */
export function startJobs(deps: JobDeps, defer: Defer): Jobs {
  const { config, dataSource, crypto, logger, metrics } = deps;
  const outbox = new OutboxRepository(dataSource);
  const revoker = new RevokeWorker(
    outbox,
    deps.clients,
    crypto,
    logger,
    config.outboxMaxAttempts,
    metrics.outboxGaveUp,
  );
  revoker.start();
  defer(async () => revoker.stop());
  const webhookWorker = new WebhookWorker(deps.webhookEvents, deps.webhookEndpoints, crypto, logger, {
    ...config.webhooks,
    blockInternalAddresses: config.env === "production",
    onAttempt: (event, outcome, durationMs) =>
      metrics.webhookDelivery(event.type, outcome, durationMs / 1000),
  });
  webhookWorker.start();
  defer(() => webhookWorker.stop());
  const webhooks = new WebhookEmitter(deps.webhookEvents, () => webhookWorker.kick());
  const recovery = new RecoverySweep(deps.sessions, logger, config.recoveryExchangingAfterS * 1000);
  recovery.start();
  defer(() => recovery.stop());
  const purge = new PurgeJob(dataSource, outbox, crypto, logger, webhooks, (result) =>
    metrics.purgeDone(result),
  );
  purge.start();
  defer(async () => purge.stop());
  return { outbox, revoker, webhookWorker, webhooks, purge };
}
