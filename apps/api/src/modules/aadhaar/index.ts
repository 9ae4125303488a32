// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import { AadhaarKycChecksResolver } from "./aadhaar-kyc-checks.resolver";
import { AadhaarResolver } from "./aadhaar.resolver";

/** Aadhaar KYC: DigiLocker's e-Aadhaar and uploaded offline XML (`aadhaar_kyc`). */
export const resolvers = [AadhaarResolver, AadhaarKycChecksResolver] as const;

export { AadhaarKycRepository, type AadhaarKycRow } from "./aadhaar-kyc.repository";
export { AadhaarService, MAX_LISTED_UPLOADS } from "./aadhaar.service";
export { AadhaarKyc, SignatureVerdict } from "./aadhaar-kyc.type";
export { KycAssurance } from "./kyc-assurance.enum";
export { KycChecksService } from "./kyc-checks.service";
