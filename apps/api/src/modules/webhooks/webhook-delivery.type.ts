import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum WebhookDeliveryStatus {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}

registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description:
    "PENDING (queued or retrying), DELIVERED (a 2xx answer), FAILED (gave up, or the endpoint was removed).",
});

@ObjectType({ description: "One delivery attempt of a webhook event." })
export class WebhookAttempt {
  @Field(() => Int, { description: "1 for the first try." })
  attempt!: number;

  @Field()
  at!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when none came back." })
  statusCode!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Why no status came back: timeout, network:<code>, blocked_address, no_endpoint.",
  })
  error!: string | null;

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType({ description: "A webhook event and its delivery attempts." })
export class WebhookDelivery {
  @Field(() => ID, {
    description: "The event id: the body's `id` and the X-LockerKit-Event-Id header (dedupe on it).",
  })
  id!: string;

  @Field({ description: "The event type, e.g. consent.completed." })
  type!: string;

  @Field(() => ID, { nullable: true })
  sessionId!: string | null;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field({ description: "The JSON body as delivered (ids and statuses only)." })
  payload!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the next attempt is due, while PENDING." })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was delivered or given up." })
  completedAt!: Date | null;

  @Field(() => [WebhookAttempt])
  attempts!: WebhookAttempt[];
}
