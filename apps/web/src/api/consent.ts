import type { StartConsentInput } from "../gql/graphql";
import { sessionStore } from "../lib/storage";
import { ApiError, execute } from "./client";
import { StartConsentDocument } from "./operations";

/**
 * Starts a consent (or, with `resumeSessionId`, a re-consent) returning to `/return`, and sends the
 * browser to DigiLocker. `onStarted` runs once the API accepted it, before the page goes.
 */
export async function openDigiLocker(
  input: Omit<StartConsentInput, "returnUrl">,
  token: string,
  onStarted?: () => void,
): Promise<void> {
  const { startConsent } = await execute(
    StartConsentDocument,
    { input: { ...input, returnUrl: `${window.location.origin}/return` } },
    { token },
  );
  sessionStore.setPending(startConsent.session.id, startConsent.claimVerifier);
  onStarted?.();
  window.location.assign(startConsent.authorizationUrl);
}

/**
 * Re-consent on the session this tab holds, authorised by the session's own token. The callback comes
 * back with the same session id and a new claim code, and the session keeps its documents and KYC.
 */
export async function resumeConsent(): Promise<void> {
  const sessionId = sessionStore.sessionId();
  const token = sessionStore.token();
  if (!sessionId || !token) throw new ApiError("this tab holds no session to continue", "UNAUTHENTICATED");
  // The same choices as the first consent: a resume replaces the session's request with this one.
  await openDigiLocker({ ...sessionStore.request(), resumeSessionId: sessionId }, token);
}
