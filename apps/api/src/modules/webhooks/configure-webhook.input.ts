import { Field, InputType } from "type-graphql";

@InputType({ description: "The tenant's webhook endpoint." })
export class ConfigureWebhookInput {
  @Field({
    description:
      "Absolute URL the events are POSTed to; https in production, never a private or local address there.",
  })
  url!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      "Event types to receive: consent.completed, consent.denied, consent.expired, session.ended, kyc.verified. Default: all.",
  })
  events?: string[] | null;
}
