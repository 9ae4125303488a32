import { Field, ObjectType, registerEnumType } from "type-graphql";
import { IssuedDocument } from "../documents/issued-document.type";

export enum PullDocumentStatus {
  PULLED = "PULLED",
  ALREADY_IN_LOCKER = "ALREADY_IN_LOCKER",
  PENDING = "PENDING",
  NOT_FOUND = "NOT_FOUND",
}

registerEnumType(PullDocumentStatus, {
  name: "PullDocumentStatus",
  description: "What the issuer answered to a pull.",
  valuesConfig: {
    PULLED: { description: "The document is now in the locker (and in `documents`)." },
    ALREADY_IN_LOCKER: { description: "The locker already holds this document (`uri_exists`)." },
    PENDING: {
      description: "The issuer answers later (`pull_response_pending`): re-query `documents(refresh: true)`.",
    },
    NOT_FOUND: { description: "The issuer has no record for these details (`record_not_found`)." },
  },
});

@ObjectType()
export class PullDocumentPayload {
  @Field(() => PullDocumentStatus) status!: PullDocumentStatus;
  @Field(() => IssuedDocument, {
    nullable: true,
    description:
      "PULLED: the new document; ALREADY_IN_LOCKER: the existing one when it can be told apart; else null.",
  })
  document!: IssuedDocument | null;
  @Field({ description: "A human-readable explanation of the status." }) message!: string;
}
