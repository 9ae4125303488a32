import { GraphQLSafeInt } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "One entry of the tenant's hash-chained audit trail. Holds no personal data." })
export class AuditEvent {
  @Field(() => GraphQLSafeInt, { description: "Position in the tenant's chain." })
  seq!: number;

  @Field()
  at!: Date;

  @Field(() => ID, {
    nullable: true,
    description: "The session the event concerns; null for tenant-wide events (webhook, policy).",
  })
  sessionId!: string | null;

  @Field({
    description:
      "Who acted: tenant:secret, tenant:publishable, console (the operator console), cli (the tenant CLI), session, digilocker or system.",
  })
  actor!: string;

  @Field({
    description:
      "What happened, e.g. consent.started, consent.answered, session.claimed, session.ended, document.content_revealed.",
  })
  action!: string;

  @Field({ description: "ok, the error code, or DigiLocker's answer (active, denied, failed, expired)." })
  outcome!: string;

  @Field(() => String, {
    nullable: true,
    description: "The request id, as in the server's logs and masked errors.",
  })
  requestId!: string | null;
}
