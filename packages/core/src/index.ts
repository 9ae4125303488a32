export * from "./digilocker";
export * from "./aadhaar";
export * from "./xml";
export * from "./kyc";
