import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { SessionStatus } from "../sessions/session.enums";

export enum HealthWindow {
  HOUR = "HOUR",
  DAY = "DAY",
}

registerEnumType(HealthWindow, {
  name: "HealthWindow",
  description: "The last hour (5-minute buckets) or the last day (1-hour buckets).",
});

@ObjectType()
export class SessionStatusCount {
  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "One time bucket of the window." })
export class HealthBucket {
  @Field()
  start!: Date;

  @Field(() => Int, { description: "Consents started in the bucket." })
  started!: number;

  @Field(() => Int, { description: "Of those, consents the user granted." })
  completed!: number;

  @Field(() => Int, { description: "Webhook delivery attempts made in the bucket." })
  webhookAttempts!: number;

  @Field(() => Int, { description: "Of those, attempts answered with a 2xx." })
  webhookSucceeded!: number;
}

@ObjectType({ description: "DigiLocker requests of one operation in the window." })
export class UpstreamOperationHealth {
  @Field()
  operation!: string;

  @Field(() => Int)
  requests!: number;

  @Field(() => Int)
  errors!: number;

  @Field(() => Float, { description: "errors / requests, 0…1." })
  errorRate!: number;
}

@ObjectType({
  description:
    "The tenant's operations at a glance. Sessions and webhooks come from the database (this tenant); upstream counts are this API process's own (all tenants share the DigiLocker client), since upstreamSince.",
})
export class OperationsHealth {
  @Field(() => HealthWindow)
  window!: HealthWindow;

  @Field()
  since!: Date;

  @Field(() => [SessionStatusCount], { description: "Sessions created in the window, by their status now." })
  sessionsByStatus!: SessionStatusCount[];

  @Field(() => Float, {
    nullable: true,
    description: "Granted / started consents in the window, 0…1; null when none started.",
  })
  completionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "2xx / webhook attempts in the window, 0…1; null when none.",
  })
  webhookSuccessRate!: number | null;

  @Field(() => [HealthBucket])
  buckets!: HealthBucket[];

  @Field(() => [UpstreamOperationHealth])
  upstream!: UpstreamOperationHealth[];

  @Field({ description: "Since when this process counts upstream requests (its start)." })
  upstreamSince!: Date;
}
