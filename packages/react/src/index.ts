export {
  LockerKitProvider,
  useLockerKit,
  type LockerKitContextValue,
  type LockerKitProviderProps,
} from "./context.js";
export {
  useStartConsent,
  useClaimOnReturn,
  useConsentStatus,
  useDocuments,
  useAadhaarKyc,
  type ClaimState,
  type StartConsentOptions,
  type StartConsentState,
  type ConsentStatusState,
  type DocumentsState,
  type AadhaarKycState,
} from "./hooks.js";
export { ConnectDigiLockerButton, type ConnectDigiLockerButtonProps } from "./ConnectDigiLockerButton.js";
export { consentStorage } from "./storage.js";
