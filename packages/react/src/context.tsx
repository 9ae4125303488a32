import { LockerKit, type LockerKitOptions, type LockerKitSession } from "@lockerkit/client";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { consentStorage } from "./storage.js";

export interface LockerKitContextValue {
  client: LockerKit;
  /** The claimed session of this tab (restored from sessionStorage), or null. */
  session: LockerKitSession | null;
  /** Keeps a claimed session (and its token in sessionStorage for reloads). */
  setSession(session: LockerKitSession | null): void;
}

const LockerKitContext = createContext<LockerKitContextValue | null>(null);

export type LockerKitProviderProps = { children?: ReactNode } & ({ client: LockerKit } | LockerKitOptions);

/** Gives the hooks a LockerKit client: `<LockerKitProvider url="/graphql" publishable key>` or `client={…}`. */
export function LockerKitProvider(props: LockerKitProviderProps) {
  const { children } = props;
  const given = "client" in props ? props.client : null;
  const url = "url" in props ? props.url : undefined;
  const key = "key" in props ? props.key : undefined;
  const client = useMemo(
    () => given ?? new LockerKit({ ...(props as LockerKitOptions), url: url!, key: key! }),
    [given, url, key],
  );
  const [session, setSessionState] = useState<LockerKitSession | null>(() => {
    const token = consentStorage.get("sessionToken");
    return token ? client.session(token, consentStorage.get("sessionId")) : null;
  });
  const setSession = useCallback((next: LockerKitSession | null) => {
    if (next) consentStorage.set({ sessionToken: next.token, sessionId: next.sessionId ?? undefined });
    else consentStorage.remove("sessionToken", "sessionId");
    setSessionState(next);
  }, []);
  const value = useMemo(() => ({ client, session, setSession }), [client, session, setSession]);
  return <LockerKitContext.Provider value={value}>{children}</LockerKitContext.Provider>;
}

/** The provider's client, session and setter. */
export function useLockerKit(): LockerKitContextValue {
  const value = useContext(LockerKitContext);
  if (!value) throw new Error("LockerKit hooks need a <LockerKitProvider> above them");
  return value;
}
