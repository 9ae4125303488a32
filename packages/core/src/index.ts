export * from "./digilocker";
export * from "./aadhaar";
export * from "./xml";
export * from "./webhooks";
export * from "./kyc";
export * from "./documents";
export * from "./receipts";
