import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay/connection.args";
import { WebhookDeliveryFilter } from "./webhook-delivery-filter.input";

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => WebhookDeliveryFilter, { nullable: true })
  filter?: WebhookDeliveryFilter | null;
}
