import DataLoader from "dataloader";
import type { Services } from "../../graphql/services";
import type { AadhaarKycRow } from "./aadhaar-kyc.repository";

declare module "../../graphql/context" {
  interface Loaders {
    eAadhaar: DataLoader<string, AadhaarKycRow | null>;
    uploadedKyc: DataLoader<string, AadhaarKycRow[]>;
  }
}

/** Stored KYC records of sessions: DigiLocker's e-Aadhaar, and the offline XML uploaded in them. */
export const aadhaarKycLoaders = {
  eAadhaar: (services: Services) =>
    new DataLoader<string, AadhaarKycRow | null>((sessionIds) => services.aadhaar.storedEAadhaar(sessionIds)),
  uploadedKyc: (services: Services) =>
    new DataLoader<string, AadhaarKycRow[]>((sessionIds) => services.aadhaar.storedUploads(sessionIds)),
};
