/**
 * What a partner may put on DigiLocker's authorize URL beyond the OAuth basics: scopes, and the
 * sign-up hints (`verified_mobile`, `pla`, `plsignup`). Validated here so a typo fails before the
 * user is sent to DigiLocker, where it would only show an error page.
 */

/** Scopes real partners request (the official spec, Meri Pehchaan's OIDC, production clients). */
export const KNOWN_SCOPES: readonly string[] = [
  "openid",
  "profile",
  "email",
  "address",
  "picture",
  "userdetails",
  "files.issueddocs",
  "files.uploadeddocs",
  "avs",
];

/** `partners.<DOCTYPE>`: consent to one issuer document type, e.g. `partners.PANCR`. */
const PARTNER_SCOPE = /^partners\.[A-Z0-9]{2,16}$/;

export function isKnownScope(scope: string): boolean {
  return KNOWN_SCOPES.includes(scope) || PARTNER_SCOPE.test(scope);
}

/** The first scope that is not one DigiLocker knows, or null when every one is. */
export function unknownScope(scopes: readonly string[]): string | null {
  return scopes.find((s) => !isKnownScope(s)) ?? null;
}

/** A 10-digit Indian mobile number, as `verified_mobile` takes it (no country code, no spaces). */
export function isVerifiedMobile(value: string): boolean {
  return /^[0-9]{10}$/.test(value);
}
