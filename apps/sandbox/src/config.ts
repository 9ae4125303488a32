/**
 * Which documented DigiLocker the sandbox speaks (docs/digilocker.md "Corrections and dialects"):
 * `meripehchaan` (the v2.x guide, what production answers) or `apisetu` (the official OpenAPI 1.0.0
 * published by API Setu: pull outcomes on HTTP 500, `categories`, 401 `invalid_client_id` on the pull
 * catalogue, 400 for revoking a dead token, the spec's field spellings and a token answer without the
 * profile, e-Aadhaar only at `/2/xml/eaadhaar` with `KycRes` as the root, no `items` for an empty list).
 */
export type SandboxDialect = "meripehchaan" | "apisetu";

export const DIALECTS: readonly SandboxDialect[] = ["meripehchaan", "apisetu"];

export function parseDialect(value: string | undefined): SandboxDialect {
  if (value === undefined || value === "") return "meripehchaan";
  if ((DIALECTS as readonly string[]).includes(value)) return value as SandboxDialect;
  throw new Error(`SANDBOX_DIALECT must be one of ${DIALECTS.join(", ")}`);
}

export interface SandboxConfig {
  dialect: SandboxDialect;
  clientId: string;
  clientSecret: string;
  /** Exact redirect URIs registered for the client. */
  redirectUris: Set<string>;
  accessTokenTtlS: number;
  /** Lifetime of an authorization code. */
  codeTtlS: number;
  /** `/__sandbox/*` controls and the authorize shortcut; off makes the sandbox a plain DigiLocker. */
  controls: boolean;
  /** The partner's name on the consent screen. */
  partnerName: string;
  /** `iss` of id_tokens. */
  issuer: string;
}

export const DEFAULT_CLIENT_ID = "lockerkit-sandbox-client";
export const DEFAULT_CLIENT_SECRET = "lockerkit-sandbox-secret";
export const DEFAULT_PARTNER_NAME = "LockerKit Demo";

/** Scopes the sandbox knows; anything else on authorize is `invalid_scope`. */
export const KNOWN_SCOPES = new Set([
  "openid",
  "profile",
  "email",
  "address",
  "picture",
  "userdetails",
  "files.issueddocs",
  "files.uploadeddocs",
  "issued_documents",
  "pull",
  "avs",
]);

/** `partners.<DOCTYPE>` scopes real partners request (accepted; they read like `files.issueddocs`). */
export const PARTNER_SCOPE = /^partners\.[A-Z0-9]+$/;

/** The effective scope of a grant that requested none. */
export const DEFAULT_SCOPE = ["files.issueddocs", "files.uploadeddocs", "userdetails", "openid"];

export const PURPOSES: Record<string, string> = {
  kyc: "Know Your Customer (KYC)",
  verification: "Verification",
  compliance: "Compliance",
  availing_services: "Availing services",
  educational: "Educational",
};

export const DOCTYPE_NAMES: Record<string, string> = {
  ADHAR: "Aadhaar Card",
  PANCR: "PAN Verification Record",
  DRVLC: "Driving License",
  RVCER: "Registration of Vehicles",
  SSCER: "Class X Marksheet",
  HSCER: "Class XII Marksheet",
  INSPL: "Insurance Policy",
  BTCER: "Birth Certificate",
  PRTAX: "Property Tax Receipt",
  UTLBL: "Electricity Bill",
};
