import type { ConsentFlow, ConsentPurpose } from "../gql/graphql";

/**
 * The session token lives in sessionStorage: it survives the DigiLocker round trip and reloads in this
 * tab, and is gone when the tab closes. Nothing else about the user is stored in the browser; the
 * consent's own choices (purpose, document types, …) are kept so a re-consent asks for the same.
 * The claim verifier startConsent returned waits here for the return page (it never travels in a URL)
 * and is dropped once the claim is done.
 */
const TOKEN = "lockerkit.sessionToken";
const SESSION = "lockerkit.sessionId";
const PENDING = "lockerkit.pendingSessionId";
const REQUEST = "lockerkit.consentRequest";
const VERIFIER = "lockerkit.claimVerifier";

/** What the start screen asked DigiLocker for; a re-consent repeats it (the API replaces the session's). */
export interface ConsentRequest {
  purpose: ConsentPurpose;
  documentTypes: string[];
  flow: ConsentFlow;
  consentValidFor: number;
}

function store(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export const sessionStore = {
  token: () => store()?.getItem(TOKEN) ?? null,
  sessionId: () => store()?.getItem(SESSION) ?? null,
  pending: () => store()?.getItem(PENDING) ?? null,
  claimVerifier: () => store()?.getItem(VERIFIER) ?? null,
  setPending(id: string, claimVerifier: string) {
    store()?.setItem(PENDING, id);
    store()?.setItem(VERIFIER, claimVerifier);
  },
  request(): ConsentRequest | null {
    try {
      return JSON.parse(store()?.getItem(REQUEST) ?? "null") as ConsentRequest | null;
    } catch {
      return null;
    }
  },
  setRequest(request: ConsentRequest) {
    store()?.setItem(REQUEST, JSON.stringify(request));
  },
  setSession(id: string, token: string) {
    const s = store();
    s?.setItem(SESSION, id);
    s?.setItem(TOKEN, token);
    s?.removeItem(PENDING);
    s?.removeItem(VERIFIER);
  },
  clear() {
    const s = store();
    for (const key of [TOKEN, SESSION, PENDING, REQUEST, VERIFIER]) s?.removeItem(key);
  },
};
