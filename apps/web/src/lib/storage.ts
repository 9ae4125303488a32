import type { ConsentFlow, ConsentPurpose } from "@lockerkit/client";
import { consentStorage } from "@lockerkit/react";

/**
 * @lockerkit/react keeps the claim verifier, status token and session token in sessionStorage (this tab
 * only). The demo adds the consent's own choices, so a re-consent asks DigiLocker for the same.
 */
const REQUEST = "lockerkit.consentRequest";

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
  token: () => consentStorage.get("sessionToken"),
  sessionId: () => consentStorage.get("sessionId"),
  pending: () => consentStorage.get("pendingSessionId"),
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
  clear() {
    consentStorage.clear();
    store()?.removeItem(REQUEST);
  },
};
