import { Field, ID, InputType } from "type-graphql";
import { WebhookDeliveryStatus } from "./webhook-delivery.type";

@InputType()
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true })
  sessionId?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  status?: WebhookDeliveryStatus | null;
}
