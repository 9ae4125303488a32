// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { KycReceiptService } from "./kyc-receipt.service";
import { AadhaarKycReceiptResolver } from "./aadhaar-kyc-receipt.resolver";
import { ConsentSessionReceiptResolver } from "./consent-session-receipt.resolver";
import { KycReceiptResolver } from "./kyc-receipt.resolver";

/** Signed KYC receipts (SD-JWT VC) and their status list (`kyc_receipts`). */
export const resolvers = [
  KycReceiptResolver,
  ConsentSessionReceiptResolver,
  AadhaarKycReceiptResolver,
] as const;

declare module "../../graphql/services" {
  interface Services {
    receipts: KycReceiptService;
  }
}

export { KycReceiptRepository } from "./kyc-receipt.repository";
export { KycReceiptService } from "./kyc-receipt.service";
export { ReceiptKeys } from "./receipt-keys";
