import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where the tenant's webhook events are POSTed." })
export class WebhookEndpoint {
  @Field()
  url!: string;

  @Field(() => [String], { description: "Subscribed event types, e.g. consent.completed, kyc.verified." })
  events!: string[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
