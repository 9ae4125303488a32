/**
 * What survives DigiLocker's round trip, in this tab only (sessionStorage): the claim verifier and
 * status token startConsent returned (never put in a URL), then the session token once claimed.
 */
const KEYS = {
  pendingSessionId: "lockerkit.pendingSessionId",
  claimVerifier: "lockerkit.claimVerifier",
  statusToken: "lockerkit.statusToken",
  sessionId: "lockerkit.sessionId",
  sessionToken: "lockerkit.sessionToken",
} as const;

type Key = keyof typeof KEYS;

function store(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage disabled (privacy mode, sandboxed frame)
  }
}

export const consentStorage = {
  get: (key: Key): string | null => store()?.getItem(KEYS[key]) ?? null,
  set(values: Partial<Record<Key, string>>) {
    for (const [key, value] of Object.entries(values))
      if (value != null) store()?.setItem(KEYS[key as Key], value);
  },
  remove(...keys: Key[]) {
    for (const key of keys) store()?.removeItem(KEYS[key]);
  },
  /** Forgets everything LockerKit keeps in this tab. */
  clear() {
    for (const key of Object.values(KEYS)) store()?.removeItem(key);
  },
};
