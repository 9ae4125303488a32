import { ArgsType, Field, Int } from "type-graphql";
import { WebhookDeliveryFilter } from "./webhook-delivery-filter.input";

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: "Page size, 1…100." })
  first!: number;

  @Field(() => String, { nullable: true, description: "An endCursor from a previous page." })
  after?: string | null;

  @Field(() => WebhookDeliveryFilter, { nullable: true })
  filter?: WebhookDeliveryFilter | null;
}
