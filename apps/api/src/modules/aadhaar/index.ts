// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { AadhaarService } from "./aadhaar.service";
import type { KycChecksService } from "./kyc-checks.service";
import { AadhaarKycChecksResolver } from "./aadhaar-kyc-checks.resolver";
import { AadhaarResolver } from "./aadhaar.resolver";
import { ConsentSessionKycResolver } from "./consent-session-kyc.resolver";
import { sealedColumns as kycColumns } from "./aadhaar-kyc.repository";

/** Aadhaar KYC: DigiLocker's e-Aadhaar and uploaded offline XML (`aadhaar_kyc`). */
export const resolvers = [AadhaarResolver, AadhaarKycChecksResolver, ConsentSessionKycResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    aadhaar: AadhaarService;
    kycChecks: KycChecksService;
  }
}

export { aadhaarKycLoaders as loaders } from "./aadhaar-kyc.loaders";

export { AadhaarKycRepository, type AadhaarKycRow } from "./aadhaar-kyc.repository";
export { AadhaarService, MAX_LISTED_UPLOADS } from "./aadhaar.service";
export { AadhaarKyc, SignatureVerdict } from "./aadhaar-kyc.type";
export { KycAssurance } from "./kyc-assurance.enum";
export { KycChecksService } from "./kyc-checks.service";

/** The sealed (encrypted) columns this module stores, for key rotation. */
export const sealedColumns = [...kycColumns];
