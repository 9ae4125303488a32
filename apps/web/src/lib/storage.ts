/**
 * The session token lives in sessionStorage: it survives the DigiLocker round trip and reloads in this
 * tab, and is gone when the tab closes. Nothing else about the user is stored in the browser.
 */
const TOKEN = "lockerkit.sessionToken";
const SESSION = "lockerkit.sessionId";
const PENDING = "lockerkit.pendingSessionId";

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
  setPending(id: string) {
    store()?.setItem(PENDING, id);
  },
  setSession(id: string, token: string) {
    const s = store();
    s?.setItem(SESSION, id);
    s?.setItem(TOKEN, token);
    s?.removeItem(PENDING);
  },
  clear() {
    const s = store();
    for (const key of [TOKEN, SESSION, PENDING]) s?.removeItem(key);
  },
};
