import { Field, ID, InputType } from "type-graphql";

@InputType()
export class PullParameterInput {
  @Field({ description: "A parameter name from issuerParameters." }) name!: string;
  @Field({ description: "Never stored or logged (it may be personal, e.g. a licence number)." })
  value!: string;
}

@InputType()
export class PullDocumentInput {
  @Field() orgId!: string;
  @Field() doctype!: string;
  @Field(() => [PullParameterInput]) parameters!: PullParameterInput[];
  @Field(() => ID, {
    nullable: true,
    description: "With the secret key: the session whose locker receives the document.",
  })
  sessionId?: string | null;
}
