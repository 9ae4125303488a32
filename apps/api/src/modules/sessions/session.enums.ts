import { registerEnumType } from "type-graphql";
import { SessionStatus } from "../../db/entities/consent-session.entity";

export { SessionStatus };

export enum ConsentPurpose {
  KYC = "KYC",
  VERIFICATION = "VERIFICATION",
  COMPLIANCE = "COMPLIANCE",
  AVAILING_SERVICES = "AVAILING_SERVICES",
  EDUCATIONAL = "EDUCATIONAL",
}

registerEnumType(SessionStatus, { name: "SessionStatus", description: "Where a consent session stands." });
registerEnumType(ConsentPurpose, {
  name: "ConsentPurpose",
  description: "The purpose shown to the user in DigiLocker.",
});
