import { expectData, gql } from "./graphql-client";

/** Allowed by every tenant the harness creates (`http://localhost:*`). */
export const RETURN_URL = "http://localhost:5173/done";

// Named `Start` and `Claim`: the metrics test counts requests by these operation names.
const START = `mutation Start($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl claimVerifier } }`;
const CLAIM = `mutation Claim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken } }`;

export interface StartedConsent {
  sessionId: string;
  authorizationUrl: string;
  claimVerifier: string;
}

/** `startConsent` with the publishable key; `input` is merged over `{ returnUrl: RETURN_URL }`. */
export async function startConsent(
  apiUrl: string,
  publishableKey: string,
  input: Record<string, unknown> = {},
): Promise<StartedConsent> {
  const started = expectData(
    await gql<{ startConsent: { session: { id: string }; authorizationUrl: string; claimVerifier: string } }>(
      apiUrl,
      START,
      { input: { returnUrl: RETURN_URL, ...input } },
      publishableKey,
    ),
  ).startConsent;
  return {
    sessionId: started.session.id,
    authorizationUrl: started.authorizationUrl,
    claimVerifier: started.claimVerifier,
  };
}

export interface AuthorizeOptions {
  /** The sandbox persona who signs in (default `typical`). */
  persona?: string;
  decision?: "allow" | "deny";
  /**
   * Aim DigiLocker's redirect at this API instead of the redirect URI's origin: every replica serves
   * the callback (behind a proxy they share one URL), and a production redirect URI names a public host.
   */
  callbackTo?: string;
}

/** The sandbox's authorize shortcut (no screens); returns DigiLocker's redirect to the callback, not yet followed. */
export async function authorize(
  authorizationUrl: string,
  { persona = "typical", decision = "allow", callbackTo }: AuthorizeOptions = {},
): Promise<string> {
  const url = new URL(authorizationUrl);
  url.searchParams.set("sandbox_persona", persona);
  url.searchParams.set("sandbox_decision", decision);
  const res = await fetch(url, { redirect: "manual" });
  const location = res.headers.get("location");
  if (res.status !== 302 || !location) throw new Error(`authorize answered ${res.status} without a redirect`);
  if (!callbackTo) return location;
  const callback = new URL(location);
  return new URL(`${callback.pathname}${callback.search}`, callbackTo).toString();
}

/** Visits the callback; `location` is the redirect to the tenant's return URL (status, code). */
export async function followCallback(callbackUrl: string): Promise<{ status: number; location: URL | null }> {
  const res = await fetch(callbackUrl, { redirect: "manual" });
  const location = res.headers.get("location");
  return { status: res.status, location: location ? new URL(location) : null };
}

/** `claimSession`; without `claimVerifier` only on an API that does not require one. Returns the session token. */
export async function claim(apiUrl: string, code: string, claimVerifier?: string): Promise<string> {
  return expectData(
    await gql<{ claimSession: { sessionToken: string } }>(apiUrl, CLAIM, { code, claimVerifier }),
  ).claimSession.sessionToken;
}

export interface ConsentJourneyOptions extends Omit<AuthorizeOptions, "decision"> {
  apiUrl: string;
  publishableKey: string;
  /** Extra `StartConsentInput` fields (and `returnUrl` to override RETURN_URL). */
  input?: Record<string, unknown>;
}

export interface ConsentJourney {
  sessionId: string;
  sessionToken: string;
}

/** startConsent → the sandbox's authorize shortcut (allow) → callback → claimSession with the verifier. */
export async function runConsentJourney({
  apiUrl,
  publishableKey,
  input,
  ...authorizeOptions
}: ConsentJourneyOptions): Promise<ConsentJourney> {
  const started = await startConsent(apiUrl, publishableKey, input);
  const { status, location } = await followCallback(
    await authorize(started.authorizationUrl, authorizeOptions),
  );
  const code = location?.searchParams.get("code");
  if (location?.searchParams.get("status") !== "active" || !code) {
    throw new Error(
      `consent landed with HTTP ${status}, status=${location?.searchParams.get("status") ?? "(no redirect)"}`,
    );
  }
  return { sessionId: started.sessionId, sessionToken: await claim(apiUrl, code, started.claimVerifier) };
}
