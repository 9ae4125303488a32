import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { WebhookEventData, WebhookEventType } from "./webhook-event-types";
import type { WebhookEventRepository } from "./webhook-event.repository";

/**
 * Turns state changes into queued webhook events. Pass the transaction's manager to queue the event
 * atomically with the change; call `flush()` after the commit to attempt delivery at once.
 */
export class WebhookEmitter {
  constructor(
    private readonly events: WebhookEventRepository,
    private readonly onQueued: () => void,
  ) {}

  /** Returns whether an event was queued (the tenant has an endpoint subscribed to `type`). Without `manager`, in its own statement. */
  async emit(
    tenantId: string,
    type: WebhookEventType,
    data: WebhookEventData,
    manager?: Pick<EntityManager, "query">,
  ): Promise<boolean> {
    const id = randomUUID();
    const createdAt = new Date();
    const body = JSON.stringify({ id, type, createdAt: createdAt.toISOString(), data });
    return this.events.enqueue({ id, tenantId, sessionId: data.sessionId, type, body, createdAt }, manager);
  }

  flush(): void {
    this.onQueued();
  }
}
