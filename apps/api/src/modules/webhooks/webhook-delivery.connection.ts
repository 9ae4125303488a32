import { ObjectType } from "type-graphql";
import { Connection } from "../../graphql/relay/connection";
import { WebhookDelivery } from "./webhook-delivery.type";

@ObjectType({ description: "The tenant's webhook events, newest first." })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}
