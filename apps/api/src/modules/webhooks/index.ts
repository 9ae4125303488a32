// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { WebhooksService } from "./webhooks.service";
import { WebhooksResolver } from "./webhooks.resolver";
import { sealedColumns as webhookColumns } from "./webhook-endpoint.repository";

/** Tenants' webhook endpoints and the events queued for them (`webhook_endpoints`, `webhook_events`, `webhook_attempts`). */
export const resolvers = [WebhooksResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    webhooks: WebhooksService;
  }
}

export { WebhookEmitter } from "./webhook-emitter";
export {
  WebhookEndpointRepository,
  type WebhookEndpointRow,
  webhookSecretAad,
} from "./webhook-endpoint.repository";
export type { WebhookEventType } from "./webhook-event-types";
export { type AttemptOutcome, type ClaimedEvent, WebhookEventRepository } from "./webhook-event.repository";
export { isInternalAddress } from "./webhook-url.policy";
export { WebhooksService } from "./webhooks.service";

/** The sealed (encrypted) columns this module stores, for key rotation. */
export const sealedColumns = [...webhookColumns];
