import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../documents/issued-document.connection";
import { WebhookDelivery } from "./webhook-delivery.type";

@ObjectType()
export class WebhookDeliveryEdge {
  @Field()
  cursor!: string;

  @Field(() => WebhookDelivery)
  node!: WebhookDelivery;
}

@ObjectType({ description: "The tenant's webhook events, newest first." })
export class WebhookDeliveryConnection {
  @Field(() => Int, { description: "Events matching the filter, across all pages." })
  totalCount!: number;

  @Field(() => [WebhookDeliveryEdge])
  edges!: WebhookDeliveryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
