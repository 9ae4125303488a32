import { GraphQLJSON } from "graphql-scalars";
import type { TypedCertificate } from "@lockerkit/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { SignatureVerdict } from "../aadhaar/aadhaar-kyc.type";
import { DocumentData } from "./document-data.type";

export enum DocumentContentFormat {
  /** The issuer's signed certificate XML, parsed to JSON. */
  XML = "XML",
  /** A file (PDF or image), downloadable through `fileUrl`. */
  FILE = "FILE",
}

registerEnumType(DocumentContentFormat, { name: "DocumentContentFormat" });

@ObjectType({ description: "How far the stored bytes can be trusted." })
export class DocumentIntegrity {
  @Field({
    description: "DigiLocker's hmac over the bytes matched on download (always true for stored content).",
  })
  hmacVerified!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "The XML signature verified against a pinned anchor; null for files.",
  })
  signatureVerified!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Subject of the certificate that verified the signature.",
  })
  signer!: string | null;

  @Field(() => String, { nullable: true, description: "SHA-256 fingerprint of that certificate." })
  fingerprint!: string | null;
}

@ObjectType({ description: "A document's content as fetched from DigiLocker and stored." })
export class DocumentContent {
  @Field(() => DocumentContentFormat)
  format!: DocumentContentFormat;

  @Field()
  mimeType!: string;

  @Field(() => Int)
  size!: number;

  @Field()
  sha256!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The certificate XML as JSON (typed PAN / driving licence, generic otherwise).",
    deprecationReason: "Use `data` (typed documents); `json` is removed in the next release.",
  })
  json!: unknown;

  @Field(() => DocumentData, {
    nullable: true,
    description: "The certificate as a typed document; null for files and XML that was refused.",
  })
  data!: TypedCertificate | null;

  @Field(() => SignatureVerdict, {
    nullable: true,
    description:
      "The certificate XML's signature, checked like the e-Aadhaar's (DigiLocker signer policy); null for files.",
  })
  signature!: SignatureVerdict | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A short-lived signed link to the PDF or image (no token in it); null when DigiLocker has no file for the document.",
  })
  fileUrl!: string | null;

  @Field(() => DocumentIntegrity)
  integrity!: DocumentIntegrity;

  @Field()
  fetchedAt!: Date;
}
