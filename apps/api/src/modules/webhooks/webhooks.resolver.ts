import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { audited } from "../../graphql/audited";
import type { Context } from "../../graphql/context";
import { keyTenant, Role } from "../../graphql/principal";
import { ConfigureWebhookInput } from "./configure-webhook.input";
import { WebhookDeliveriesArgs } from "./webhook-deliveries.args";
import { WebhookDeliveryConnection } from "./webhook-delivery.connection";
import { WebhookDelivery } from "./webhook-delivery.type";
import { WebhookEndpointPayload } from "./webhook-endpoint.payload";
import { WebhookEndpoint } from "./webhook-endpoint.type";

/** The tenant's webhooks, for its backend: every field needs the secret key. */
@Authorized(Role.SECRET_KEY)
@Resolver()
export class WebhooksResolver {
  @Query(() => WebhookEndpoint, {
    nullable: true,
    description: "The tenant's webhook endpoint, if configured.",
  })
  webhookEndpoint(@Ctx() ctx: Context): Promise<WebhookEndpoint | null> {
    return ctx.services.webhooks.endpoint(keyTenant(ctx.principal));
  }

  @Query(() => WebhookDeliveryConnection, {
    description: "The tenant's webhook events with their delivery attempts, newest first.",
  })
  webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryConnection> {
    return ctx.services.webhooks.deliveries(keyTenant(ctx.principal), args);
  }

  @Mutation(() => WebhookEndpointPayload, {
    description: "Creates or updates the webhook endpoint; the signing secret is returned only when created.",
  })
  configureWebhook(
    @Arg("input", () => ConfigureWebhookInput) input: ConfigureWebhookInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointPayload> {
    const tenant = keyTenant(ctx.principal);
    return audited(
      ctx,
      "webhook.configured",
      () => ctx.services.webhooks.configure(tenant, input),
      () => ({ tenantId: tenant.id, sessionId: null }),
    );
  }

  @Mutation(() => WebhookEndpointPayload, {
    description: "Replaces the signing secret and returns the new one, once.",
  })
  rotateWebhookSecret(@Ctx() ctx: Context): Promise<WebhookEndpointPayload> {
    const tenant = keyTenant(ctx.principal);
    return audited(
      ctx,
      "webhook.secret_rotated",
      () => ctx.services.webhooks.rotateSecret(tenant),
      () => ({ tenantId: tenant.id, sessionId: null }),
    );
  }

  @Mutation(() => Boolean, {
    description: "Removes the endpoint; undelivered events are marked FAILED. False when there was none.",
  })
  deleteWebhook(@Ctx() ctx: Context): Promise<boolean> {
    const tenant = keyTenant(ctx.principal);
    return audited(
      ctx,
      "webhook.deleted",
      () => ctx.services.webhooks.remove(tenant),
      () => ({ tenantId: tenant.id, sessionId: null }),
    );
  }

  @Mutation(() => WebhookDelivery, {
    description:
      "Retry now: queues a FAILED event again for one more attempt, at once. Needs the secret key and a configured endpoint.",
  })
  retryWebhookEvent(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookDelivery> {
    const tenant = keyTenant(ctx.principal);
    return audited(
      ctx,
      "webhook.retried",
      () => ctx.services.webhooks.retry(tenant, id),
      (d) => ({ tenantId: tenant.id, sessionId: d.sessionId }),
    );
  }
}
