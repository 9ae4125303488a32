import { Field, InputType } from "type-graphql";
import { SessionStatus } from "./session.enums";

@InputType({ description: "Narrows `consentSessions`; all given conditions must hold." })
export class ConsentSessionFilter {
  @Field(() => [SessionStatus], {
    nullable: true,
    description: "Any of these states (a single value is accepted too).",
  })
  status?: SessionStatus[] | null;

  @Field(() => Date, { nullable: true, description: "Created at or after this instant." })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: "Created strictly before this instant." })
  createdBefore?: Date | null;
}
