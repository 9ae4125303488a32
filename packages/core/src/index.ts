export * from "./digilocker";
export * from "./aadhaar";
export * from "./xml";
