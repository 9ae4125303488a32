// KYC receipts (SD-JWT VC): browser-safe (WebCrypto only), so the holder side runs in a web page.
export { presentKycReceipt, KycReceiptClaimError } from "./present-kyc-receipt";
export { verifyKycReceipt, type VerifyKycReceiptOptions } from "./verify-kyc-receipt";
export {
  KYC_RECEIPT_CLAIMS,
  KYC_RECEIPT_VCT,
  type KycReceiptClaim,
  type KycReceiptFailureReason,
  type KycReceiptVerification,
  type ReceiptJwk,
  type ReceiptJwks,
} from "./kyc-receipt.types";
