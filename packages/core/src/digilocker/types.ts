import type { Gender } from "./normalize";

export type ConsentPurpose = "kyc" | "verification" | "compliance" | "availing_services" | "educational";

export interface AuthorizeUrlParams {
  state: string;
  codeChallenge: string;
  purpose?: ConsentPurpose;
  /** DigiLocker doctypes such as `ADHAR`, `PANCR`. */
  documentTypes?: string[];
  /** `signup` sends `dl_flow=signup`; sign-in sends no `dl_flow` (the official spec's only value is `signup`). */
  flow?: "signin" | "signup";
  consentValidTill?: Date;
  scope?: string[];
  /** Sign-up only: the user's mobile number the partner already verified (10 digits); DigiLocker skips its OTP. */
  verifiedMobile?: string;
  /** Sign-up hints sent as `pla=Y` and `plsignup=Y`. */
  pla?: boolean;
  plsignup?: boolean;
  /** Authentication context / methods (`acr`, `amr`), `prompt`, `login_hint`. */
  acr?: string;
  amr?: string;
  prompt?: string;
  loginHint?: string;
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
  /** `/1/user` v2.4: the profile photo, base64 as sent (never on the token response). */
  picture: string | null;
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
  /**
   * `/2/token` only: the OIDC id_token, passed through UNVERIFIED. Real DigiLocker publishes no key
   * location for it, so it is never trusted for identity: the identity is `digilockerid` from the token
   * answer or `/1/user`, over the TLS channel authenticated by the client secret.
   */
  idToken: string | null;
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
  /** Bytes, when the issuer says (often `""` upstream: null). */
  size: number | null;
  /** The folder the item sits in; `""` upstream (the root) is null. */
  parent: string | null;
  /** `file` unless DigiLocker says `dir`. */
  type: "file" | "dir";
}

/** A self-uploaded folder or file (`/1/files/`, `/1/files/{id}`). */
export interface UploadedItem {
  id: string;
  name: string;
  type: "dir" | "file";
  size: number | null;
  /** ISO `YYYY-MM-DD`. */
  date: string | null;
  parent: string | null;
  mimeTypes: string[];
  uri: string | null;
  description: string | null;
  issuer: string | null;
}

export interface UploadedListing {
  directory: string | null;
  items: UploadedItem[];
}

/** Bytes downloaded from `/1/file/`, `/1/xml/` or `/3/xml/eaadhaar`, exactly as received and hmac-verified. */
export interface DownloadedDocument {
  bytes: Buffer;
  /**
   * Normalised media type without parameters: XML downloads are always `application/xml` (DigiLocker
   * sometimes says `text/plain`); a file sent as `application/octet-stream` is sniffed (PDF, JPEG, PNG).
   */
  contentType: string;
  /** The `Content-Type` header as received (null when absent). */
  receivedContentType: string | null;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
}

/** `/1/pull/issuers`. */
export interface PullIssuer {
  orgId: string;
  issuerId: string | null;
  name: string | null;
  description: string | null;
  category: string | null;
}

/** `/1/pull/doctype`. */
export interface PullDocType {
  doctype: string;
  description: string | null;
}

/** `/1/pull/parameters`: what the issuer needs to find the user's record (e.g. `dlno`). */
export interface PullParameter {
  label: string | null;
  paramName: string;
  /** Allowed values when the issuer restricts them; empty when free text. */
  valueList: string[];
  example: string | null;
}

export interface PullDocumentRequest {
  orgId: string;
  doctype: string;
  /** The issuer's parameters by `paramName`, e.g. `{ dlno: "…" }`. */
  parameters: Record<string, string>;
}
