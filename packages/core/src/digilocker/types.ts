import type { Gender } from "./normalize";

export type ConsentPurpose = "kyc" | "verification" | "compliance" | "availing_services" | "educational";

export interface AuthorizeUrlParams {
  state: string;
  codeChallenge: string;
  purpose?: ConsentPurpose;
  /** DigiLocker doctypes such as `ADHAR`, `PANCR`. */
  documentTypes?: string[];
  flow?: "signin" | "signup";
  consentValidTill?: Date;
  scope?: string[];
  /** Extra query parameters (the sandbox's shortcut, `login_hint`, …). */
  extra?: Record<string, string>;
}

/** The DigiLocker profile as carried by the token response and `/1/user`. */
export interface DigiLockerProfile {
  digilockerId: string;
  name: string | null;
  /** ISO `YYYY-MM-DD`. */
  dateOfBirth: string | null;
  gender: Gender | null;
  eaadhaarAvailable: boolean;
  referenceKey: string | null;
  mobile: string | null;
  email: string | null;
}

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** When the access token stops working (computed from `expires_in` on receipt). */
  accessTokenExpiresAt: Date;
  scope: string[];
  consentValidTill: Date | null;
  newAccount: boolean;
  /** Present on code exchanges; refreshes may carry only part of it. */
  profile: DigiLockerProfile | null;
}

export interface IssuedFile {
  uri: string;
  name: string;
  doctype: string | null;
  description: string | null;
  issuer: string | null;
  issuerId: string | null;
  /** ISO `YYYY-MM-DD`, whatever format the issuer used. */
  issuedOn: string | null;
  mimeTypes: string[];
}
