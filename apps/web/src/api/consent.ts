import type { LockerKit, StartConsentInput } from "@lockerkit/client";
import { LockerKitError } from "@lockerkit/client";
import { consentStorage } from "@lockerkit/react";
import { sessionStore } from "../lib/storage";

/**
 * Re-consent on the session this tab holds, authorised by the session's own token, with the first
 * consent's choices (a resume replaces the session's request). The callback comes back with the same
 * session id and a new claim code, and the session keeps its documents and KYC.
 */
export async function resumeConsent(client: LockerKit): Promise<void> {
  const sessionId = consentStorage.get("sessionId");
  const token = consentStorage.get("sessionToken");
  if (!sessionId || !token)
    throw new LockerKitError("this tab holds no session to continue", "UNAUTHENTICATED");
  const input: StartConsentInput = {
    ...sessionStore.request(),
    resumeSessionId: sessionId,
    returnUrl: `${window.location.origin}/return`,
  };
  const started = await client.startConsent(input, { bearer: token });
  consentStorage.set({
    pendingSessionId: started.sessionId,
    claimVerifier: started.claimVerifier,
    statusToken: started.statusToken,
  });
  window.location.assign(started.authorizationUrl);
}
