import type { EncryptionService } from "../../crypto/encryption.service";
import { newSecret } from "../../crypto/hashing";
import type { TenantEntity } from "../../db/entities/tenant.entity";
import { badInput, notFound } from "../../errors/error-codes";
import { KeysetCursor } from "../../graphql/relay/keyset-cursor";
import { assertPageSize, toConnection } from "../../graphql/relay/connection";
import type { WebhookDeliveriesArgs } from "./webhook-deliveries.args";
import { WebhookDeliveryConnection } from "./webhook-delivery.connection";
import { WebhookDelivery, type WebhookDeliveryStatus } from "./webhook-delivery.type";
import {
  type WebhookEndpointRepository,
  type WebhookEndpointRow,
  webhookSecretAad,
} from "./webhook-endpoint.repository";
import { WebhookEndpoint } from "./webhook-endpoint.type";
import type { WebhookEndpointPayload } from "./webhook-endpoint.payload";
import { isWebhookEventType, WEBHOOK_EVENT_TYPES } from "./webhook-event-types";
import type { WebhookAttemptRow, WebhookEventRepository, WebhookEventRow } from "./webhook-event.repository";
import type { ConfigureWebhookInput } from "./configure-webhook.input";
import { checkWebhookUrl } from "./webhook-url.policy";
import { UUID } from "../../util/uuid";

/** The tenant's webhook endpoint (url, events, signing secret) and its delivery log. */
export class WebhooksService {
  /** Positions are the event `seq`, newest first; cursors are bound to the tenant. */
  private readonly cursor: KeysetCursor;

  constructor(
    private readonly endpoints: WebhookEndpointRepository,
    private readonly events: WebhookEventRepository,
    private readonly crypto: EncryptionService,
    cursorKey: Buffer,
    private readonly production: boolean,
    /** Wakes the delivery worker, so "retry now" does not wait for its next poll. */
    private readonly kick: () => void = () => undefined,
  ) {
    this.cursor = new KeysetCursor(cursorKey, "w1", [/^\d{1,18}$/]);
  }

  async endpoint(tenant: TenantEntity): Promise<WebhookEndpoint | null> {
    const row = await this.endpoints.find(tenant.id);
    return row ? this.toEndpoint(row) : null;
  }

  /** Creates the endpoint (answering its new secret once) or updates url and events (the secret stays). */
  async configure(tenant: TenantEntity, input: ConfigureWebhookInput): Promise<WebhookEndpointPayload> {
    const url = checkWebhookUrl(input.url, this.production);
    const events = [...new Set(input.events ?? WEBHOOK_EVENT_TYPES)];
    if (events.length === 0) throw badInput("events must name at least one event type", "events");
    const unknown = events.find((e) => !isWebhookEventType(e));
    if (unknown !== undefined)
      throw badInput(
        `events: "${unknown.slice(0, 40)}" is not one of ${WEBHOOK_EVENT_TYPES.join(", ")}`,
        "events",
      );
    const secret = newSecret("whsec_");
    const { row, created } = await this.endpoints.upsert(
      tenant.id,
      url,
      events,
      this.crypto.encrypt(secret, webhookSecretAad(tenant.id)),
    );
    return { endpoint: this.toEndpoint(row), secret: created ? secret : null };
  }

  /** A new signing secret, effective for the next attempt (no overlap window: receivers switch at once). */
  async rotateSecret(tenant: TenantEntity): Promise<WebhookEndpointPayload> {
    const secret = newSecret("whsec_");
    const row = await this.endpoints.replaceSecret(
      tenant.id,
      this.crypto.encrypt(secret, webhookSecretAad(tenant.id)),
    );
    if (!row) throw notFound("webhook endpoint");
    return { endpoint: this.toEndpoint(row), secret };
  }

  /** Returns whether there was an endpoint; its pending events become FAILED. */
  remove(tenant: TenantEntity): Promise<boolean> {
    return this.endpoints.delete(tenant.id);
  }

  /** "Retry now" for a FAILED event: queued again, due at once, with its attempts so far kept. */
  async retry(tenant: TenantEntity, id: string): Promise<WebhookDelivery> {
    if (!UUID.test(id)) throw badInput("id is not a webhook event id", "id");
    if (!(await this.endpoints.find(tenant.id)))
      throw badInput("no webhook endpoint is configured: configure one before retrying", "id");
    const row = await this.events.requeue(tenant.id, id);
    if (!row) {
      const existing = await this.events.findOne(tenant.id, id);
      if (!existing) throw notFound("webhook event");
      throw badInput(`only a FAILED event can be retried (this one is ${existing.status})`, "id");
    }
    this.kick();
    return this.toDelivery(row, await this.events.attempts([row.id]));
  }

  async deliveries(tenant: TenantEntity, args: WebhookDeliveriesArgs): Promise<WebhookDeliveryConnection> {
    assertPageSize(args.first);
    const beforeSeq = this.cursor.decodeAfter(tenant.id, args.after)?.[0] ?? null;
    const sessionId = args.filter?.sessionId ?? null;
    if (sessionId !== null && !UUID.test(sessionId))
      throw badInput("filter.sessionId is not a session id", "filter.sessionId");
    const { rows, total } = await this.events.page({
      tenantId: tenant.id,
      sessionId,
      status: args.filter?.status ?? null,
      beforeSeq,
      limit: args.first + 1,
    });
    const page = rows.slice(0, args.first);
    const attempts = page.length ? await this.events.attempts(page.map((r) => r.id)) : [];
    const byEvent = new Map<string, WebhookAttemptRow[]>();
    for (const a of attempts) byEvent.set(a.event_id, [...(byEvent.get(a.event_id) ?? []), a]);
    return toConnection(WebhookDeliveryConnection, rows, args.first, total, beforeSeq, (row) => ({
      cursor: this.cursor.encode(tenant.id, [row.seq]),
      node: this.toDelivery(row, byEvent.get(row.id) ?? []),
    }));
  }

  private toEndpoint(row: WebhookEndpointRow): WebhookEndpoint {
    return Object.assign(new WebhookEndpoint(), {
      url: row.url,
      events: row.events,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  private toDelivery(row: WebhookEventRow, attempts: WebhookAttemptRow[]): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), {
      id: row.id,
      type: row.type,
      sessionId: row.session_id,
      status: row.status as WebhookDeliveryStatus,
      payload: row.body,
      createdAt: row.created_at,
      nextAttemptAt: row.status === "PENDING" ? row.next_attempt_at : null,
      completedAt: row.completed_at,
      attempts: attempts.map((a) => ({
        attempt: a.attempt,
        at: a.at,
        statusCode: a.status_code,
        error: a.error,
        durationMs: a.duration_ms,
      })),
    });
  }
}
