import { isVerifiedMobile, unknownScope } from "@lockerkit/core";
import { hmacHex } from "../../crypto/hashing";
import { badInput } from "../../errors/error-codes";
import { ConsentFlow } from "./consent.enums";
import type { StartConsentInput } from "./start-consent.input";

/** What a consent asks DigiLocker's authorize URL for beyond the basics; kept encrypted on the session. */
export interface AuthorizeOptions {
  scopes: string[];
  /** Sign-up only; personal data: encrypted at rest, never logged, never echoed in an error. */
  verifiedMobile: string | null;
  pla: boolean;
  plsignup: boolean;
}

const MAX_SCOPES = 20;

/** Validates the input's scopes and sign-up hints; null when it asks for none (DigiLocker's defaults). */
export function authorizeOptionsOf(input: StartConsentInput, flow: ConsentFlow): AuthorizeOptions | null {
  const scopes = [...new Set(input.scopes ?? [])];
  if (scopes.length > MAX_SCOPES) throw badInput(`scopes: at most ${MAX_SCOPES}`, "scopes");
  const unknown = unknownScope(scopes);
  if (unknown !== null) {
    throw badInput(
      `scopes: "${unknown.slice(0, 40)}" is not a DigiLocker scope (known: files.issueddocs, files.uploadeddocs, userdetails, openid, avs, partners.<DOCTYPE>, …)`,
      "scopes",
    );
  }
  const signup = flow === ConsentFlow.SIGNUP;
  const verifiedMobile = input.verifiedMobile ?? null;
  if (verifiedMobile !== null) {
    if (!signup) throw badInput("verifiedMobile is only for sign-up (flow: SIGNUP)", "verifiedMobile");
    if (!isVerifiedMobile(verifiedMobile))
      throw badInput("verifiedMobile must be 10 digits, without country code or spaces", "verifiedMobile");
  }
  const pla = input.signupOptions?.pla === true;
  const plsignup = input.signupOptions?.plsignup === true;
  if ((pla || plsignup) && !signup)
    throw badInput("signupOptions are only for sign-up (flow: SIGNUP)", "signupOptions");
  if (!scopes.length && verifiedMobile === null && !pla && !plsignup) return null;
  return { scopes, verifiedMobile, pla, plsignup };
}

/** The options as an idempotency fingerprint sees them: the mobile only as a keyed MAC (10 digits hash to nothing secret). */
export function fingerprintOf(
  options: AuthorizeOptions,
  mobileKey: Buffer,
): Omit<AuthorizeOptions, "verifiedMobile"> & { verifiedMobile: string | null } {
  return {
    ...options,
    verifiedMobile: options.verifiedMobile === null ? null : hmacHex(mobileKey, options.verifiedMobile),
  };
}
