import { sessionStore } from "../lib/storage";
import { ApiError, execute } from "./client";
import { StartConsentDocument } from "./operations";

/**
 * Re-consent on the session this tab holds: `startConsent` with `resumeSessionId`, authorised by the
 * session's own token, then off to DigiLocker. The callback comes back with the same session id and a
 * new claim code, and the session keeps its documents and KYC.
 */
export async function resumeConsent(): Promise<void> {
  const sessionId = sessionStore.sessionId();
  const token = sessionStore.token();
  if (!sessionId || !token) throw new ApiError("this tab holds no session to continue", "UNAUTHENTICATED");
  const { startConsent } = await execute(
    StartConsentDocument,
    // The same choices as the first consent: a resume replaces the session's request with this one.
    {
      input: {
        ...sessionStore.request(),
        returnUrl: `${window.location.origin}/return`,
        resumeSessionId: sessionId,
      },
    },
    { token },
  );
  sessionStore.setPending(startConsent.session.id);
  window.location.assign(startConsent.authorizationUrl);
}
