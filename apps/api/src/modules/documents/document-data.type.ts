import type { TypedCertificate } from "@lockerkit/core";
import { createUnionType, Field, InterfaceType, ObjectType } from "type-graphql";

// Typed issued documents (docs/design.md "typed documents"): @lockerkit/core maps the certificate XML, these types
// expose it. Every value is what the XML says: ISO dates, numbers as strings, null when the XML lacks it.

// The core record's `kind` is its GraphQL type name.
const kindOf = (value: unknown): string => (value as TypedCertificate).kind;

@InterfaceType({ description: "What every typed DigiLocker document has.", resolveType: kindOf })
export abstract class CertificateDocument {
  @Field(() => String, {
    nullable: true,
    description: "The certificate's number (PAN, licence number, registration number, roll number…).",
  })
  documentNumber!: string | null;
  @Field(() => String, { nullable: true }) holderName!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD)." }) issuedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The issuing organisation as the certificate names it.",
  })
  issuerName!: string | null;
}

@ObjectType({ description: "A certificate holder's address (`IssuedTo/Person/Address`)." })
export class CertificateAddress {
  @Field(() => String, { nullable: true }) line1!: string | null;
  @Field(() => String, { nullable: true }) line2!: string | null;
  @Field(() => String, { nullable: true }) house!: string | null;
  @Field(() => String, { nullable: true }) landmark!: string | null;
  @Field(() => String, { nullable: true }) locality!: string | null;
  @Field(() => String, { nullable: true, description: "Village, town or city." }) vtc!: string | null;
  @Field(() => String, { nullable: true }) district!: string | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => String, { nullable: true }) pincode!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
}

@ObjectType({ implements: CertificateDocument, description: "PAN verification record (PANCR)." })
export class PanVerification extends CertificateDocument {
  @Field(() => String, { nullable: true }) pan!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD)." }) dateOfBirth!: string | null;
  @Field(() => String, { nullable: true, description: "As the issuer writes it." }) status!: string | null;
}

@ObjectType({ description: "A class of vehicle a licence covers." })
export class VehicleClass {
  @Field(() => String, { nullable: true, description: "Abbreviation, e.g. MCWG, LMV." }) code!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: "NT (non-transport) or TR (transport)." }) category!:
    string | null;
  @Field(() => Boolean, { nullable: true }) transport!: boolean | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) issuedOn!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) endorsedOn!: string | null;
}

@ObjectType({ implements: CertificateDocument, description: "Driving licence (DRVLC)." })
export class DrivingLicence extends CertificateDocument {
  @Field(() => String, { nullable: true }) licenceNumber!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) dateOfBirth!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date: the licence's validity start." })
  validFrom!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date: the licence's validity end." }) validTo!:
    string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) nonTransportValidFrom!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) nonTransportValidTo!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) transportValidFrom!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) transportValidTo!: string | null;
  @Field(() => [VehicleClass]) vehicleClasses!: VehicleClass[];
  @Field(() => CertificateAddress, { nullable: true }) address!: CertificateAddress | null;
  @Field(() => String, { nullable: true, description: "The licensing authority (RTO)." }) issuingAuthority!:
    string | null;
  @Field(() => String, { nullable: true, description: "The RTO's place." }) issuedAt!: string | null;
}

@ObjectType({ implements: CertificateDocument, description: "Vehicle registration certificate (RVCER)." })
export class VehicleRegistration extends CertificateDocument {
  @Field(() => String, { nullable: true }) registrationNumber!: string | null;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field(() => String, { nullable: true }) maker!: string | null;
  @Field(() => String, { nullable: true }) model!: string | null;
  @Field(() => String, { nullable: true }) vehicleClass!: string | null;
  @Field(() => String, { nullable: true }) fuel!: string | null;
  @Field(() => String, { nullable: true }) colour!: string | null;
  @Field(() => String, { nullable: true }) emissionNorms!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) registeredOn!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) registrationValidTo!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) fitnessValidTo!: string | null;
  @Field(() => String, { nullable: true }) insuranceCompany!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) insuranceValidTo!: string | null;
  @Field(() => String, { nullable: true }) financer!: string | null;
  @Field(() => String, { nullable: true, description: "Masked to the last 5 characters." }) chassisNumber!:
    string | null;
  @Field(() => String, { nullable: true, description: "Masked to the last 5 characters." }) engineNumber!:
    string | null;
}

@ObjectType({ description: "One subject of a marksheet; marks are strings as the board writes them." })
export class MarksheetSubject {
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) marksTheory!: string | null;
  @Field(() => String, { nullable: true }) marksPractical!: string | null;
  @Field(() => String, { nullable: true }) marksTotal!: string | null;
  @Field(() => String, { nullable: true }) marksMax!: string | null;
  @Field(() => String, { nullable: true }) grade!: string | null;
}

@ObjectType({
  implements: CertificateDocument,
  description: "Marksheet or pass certificate (SSCER, HSCER, …).",
})
export class Marksheet extends CertificateDocument {
  @Field(() => String, { nullable: true }) board!: string | null;
  @Field(() => String, { nullable: true }) examination!: string | null;
  @Field(() => String, { nullable: true }) examMonth!: string | null;
  @Field(() => String, { nullable: true }) examYear!: string | null;
  @Field(() => String, { nullable: true }) rollNumber!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) dateOfBirth!: string | null;
  @Field(() => String, { nullable: true }) school!: string | null;
  @Field(() => String, { nullable: true }) schoolCode!: string | null;
  @Field(() => [MarksheetSubject]) subjects!: MarksheetSubject[];
  @Field(() => String, { nullable: true }) result!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) resultDate!: string | null;
  @Field(() => String, { nullable: true }) marksTotal!: string | null;
  @Field(() => String, { nullable: true }) marksMax!: string | null;
  @Field(() => String, { nullable: true }) percentage!: string | null;
  @Field(() => String, { nullable: true }) cgpa!: string | null;
  @Field(() => String, { nullable: true }) grade!: string | null;
}

@ObjectType({
  implements: CertificateDocument,
  description: "The Aadhaar issued document (ADHAR): masked number only; aadhaarKyc has the e-KYC.",
})
export class AadhaarDocument extends CertificateDocument {
  @Field(() => String, { nullable: true, description: "XXXX-XXXX-1234." }) maskedAadhaar!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) dateOfBirth!: string | null;
  @Field(() => String, { nullable: true, description: "M, F or T." }) gender!: string | null;
}

@ObjectType({ implements: CertificateDocument, description: "Birth certificate (BTCER)." })
export class BirthCertificate extends CertificateDocument {
  @Field(() => String, { nullable: true }) registrationNumber!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) dateOfBirth!: string | null;
  @Field(() => String, { nullable: true, description: "M, F or T." }) gender!: string | null;
  @Field(() => String, { nullable: true, description: "The parent or guardian the certificate names." })
  parentName!: string | null;
  @Field(() => String, { nullable: true, description: "ISO date." }) registeredOn!: string | null;
}

@ObjectType({ description: "One labelled value of a generic certificate; never empty." })
export class GenericField {
  @Field({ description: 'Human label, e.g. "Date of birth".' }) label!: string;
  @Field({ description: "Where the value is in the certificate XML, e.g. IssuedTo/Person@dob." })
  path!: string;
  @Field() value!: string;
}

@ObjectType({ implements: CertificateDocument, description: "Any other certificate, as labelled rows." })
export class GenericCertificate extends CertificateDocument {
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => [GenericField]) fields!: GenericField[];
}

export const DocumentData = createUnionType({
  name: "DocumentData",
  description: "A document's typed content: one of the known doctypes, or GenericCertificate.",
  types: () =>
    [
      PanVerification,
      DrivingLicence,
      VehicleRegistration,
      Marksheet,
      AadhaarDocument,
      BirthCertificate,
      GenericCertificate,
    ] as const,
  resolveType: kindOf,
});
