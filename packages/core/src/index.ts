export * from "./digilocker";
