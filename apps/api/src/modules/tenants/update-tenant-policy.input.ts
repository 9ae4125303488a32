import { Field, InputType, Int } from "type-graphql";

@InputType({
  description:
    "The set-policy options of the tenant CLI; unset fields stay as they are. Validated like the CLI.",
})
export class UpdateTenantPolicyInput {
  @Field(() => Boolean, { nullable: true })
  returnPhotos?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether revealDocumentContent (the console's \"Show contents\") may answer; set-policy's --console-document-contents.",
  })
  consoleDocumentContents?: boolean | null;

  @Field(() => Int, { nullable: true, description: "1…3650." })
  retentionDays?: number | null;

  @Field(() => Int, { nullable: true, description: "60…315360000 seconds." })
  kycMaxAgeSeconds?: number | null;

  @Field(() => [String], { nullable: true, description: "Replaces the return URL patterns; at least one." })
  returnUrls?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Replaces the allowed origins; an empty list allows none.",
  })
  origins?: string[] | null;
}
