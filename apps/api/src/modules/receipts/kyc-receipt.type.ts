import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum KycReceiptFormat {
  SD_JWT_VC = "SD_JWT_VC",
}

registerEnumType(KycReceiptFormat, {
  name: "KycReceiptFormat",
  description: "How a KYC receipt is encoded.",
  valuesConfig: {
    SD_JWT_VC: {
      description: "IETF SD-JWT-based Verifiable Credential (ES256; issuer-signed JWT ~ disclosures ~).",
    },
  },
});

@ObjectType({
  description:
    "A signed, selectively disclosable record of a verified Aadhaar KYC, checkable offline against GET /.well-known/jwks.json. Never holds a full Aadhaar number or a token.",
})
export class KycReceipt {
  @Field(() => ID, { description: "For revokeKycReceipt (also the credential's jti)." }) id!: string;
  @Field(() => KycReceiptFormat) format!: KycReceiptFormat;
  @Field({
    description: "The SD-JWT VC: every personal claim is a salted disclosure the holder may leave out.",
  })
  credential!: string;
  @Field({ description: "The credential's exp (the tenant's receipt lifetime, 30 days unless configured)." })
  expiresAt!: Date;
}
