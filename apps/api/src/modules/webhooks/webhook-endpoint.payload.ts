import { Field, ObjectType } from "type-graphql";
import { WebhookEndpoint } from "./webhook-endpoint.type";

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Field(() => String, {
    nullable: true,
    description:
      "The signing secret (whsec_…), only when it was just created or rotated; it cannot be read again.",
  })
  secret!: string | null;
}
