import {
  type AadhaarKyc,
  type ConsentStatus,
  type DocumentFilter,
  type DocumentSummary,
  LockerKitError,
  type LockerKitSession,
  type StartConsentInput,
  type SessionStatus,
  type StartedConsent,
} from "@lockerkit/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLockerKit } from "./context.js";
import { consentStorage } from "./storage.js";

/** Any failure as a LockerKitError (aborts excluded by the callers). */
function asError(error: unknown): LockerKitError {
  return error instanceof LockerKitError
    ? error
    : new LockerKitError(String((error as Error)?.message ?? error), "NETWORK_ERROR");
}

export interface StartConsentOptions {
  /** Send the browser to DigiLocker once started (default true). */
  redirect?: boolean;
  /** With `resumeSessionId`: the session token that authorises the resume (default: this tab's session). */
  bearer?: string;
}

/**
 * `start(input)` starts a consent, keeps the claim verifier and status token in sessionStorage for the
 * return page, and sends the browser to DigiLocker.
 */
export interface StartConsentState {
  start(input: StartConsentInput, options?: StartConsentOptions): Promise<StartedConsent | null>;
  starting: boolean;
  error: LockerKitError | null;
}

export function useStartConsent(): StartConsentState {
  const { client, session } = useLockerKit();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<LockerKitError | null>(null);
  const start = useCallback(
    async (input: StartConsentInput, options: StartConsentOptions = {}): Promise<StartedConsent | null> => {
      setStarting(true);
      setError(null);
      try {
        const bearer = options.bearer ?? (input.resumeSessionId ? session?.token : undefined);
        const started = await client.startConsent(input, { bearer });
        consentStorage.set({
          pendingSessionId: started.sessionId,
          claimVerifier: started.claimVerifier,
          statusToken: started.statusToken,
        });
        if (options.redirect !== false) window.location.assign(started.authorizationUrl);
        else setStarting(false);
        return started;
      } catch (e) {
        setError(asError(e));
        setStarting(false);
        return null;
      }
    },
    [client, session],
  );
  return { start, starting, error };
}

export type ClaimState =
  | { kind: "idle" }
  | { kind: "claiming"; sessionId: string | null }
  | { kind: "claimed"; session: LockerKitSession }
  /** DigiLocker's answer without a claim: `denied`, `failed`, `expired`, … */
  | { kind: "not-granted"; status: string; sessionId: string | null }
  | { kind: "error"; error: LockerKitError; sessionId: string | null };

// A code is single use: one claim per code, even when React runs an effect twice (StrictMode).
const claims = new Map<string, Promise<LockerKitSession>>();

/**
 * On the return page: reads `session`, `status` and `code` from the URL, claims the code once with the
 * stored claim verifier, keeps the session, and takes the code out of the address bar.
 */
export function useClaimOnReturn(options: { search?: string; cleanUrl?: boolean } = {}): ClaimState {
  const { client, setSession } = useLockerKit();
  const search = options.search ?? (typeof window === "undefined" ? "" : window.location.search);
  const cleanUrl = options.cleanUrl ?? true;
  const params = new URLSearchParams(search);
  const sessionId = params.get("session");
  const status = params.get("status");
  const code = params.get("code");
  const [state, setState] = useState<ClaimState>(() =>
    !status
      ? { kind: "idle" }
      : status === "active" && code
        ? { kind: "claiming", sessionId }
        : { kind: "not-granted", status, sessionId },
  );

  useEffect(() => {
    if (status !== "active" || !code) return;
    let live = true;
    let claim = claims.get(code);
    if (!claim) {
      claim = client.claim(code, { claimVerifier: consentStorage.get("claimVerifier") });
      claims.set(code, claim);
    }
    claim.then(
      (session) => {
        consentStorage.remove("claimVerifier", "pendingSessionId", "statusToken");
        if (cleanUrl && typeof window !== "undefined") {
          const url = new URL(window.location.href);
          url.searchParams.delete("code");
          window.history.replaceState(window.history.state, "", url);
        }
        if (!live) return;
        setSession(session);
        setState({ kind: "claimed", session });
      },
      (error: unknown) => live && setState({ kind: "error", error: asError(error), sessionId }),
    );
    return () => {
      live = false;
    };
  }, [client, code, status, sessionId, cleanUrl, setSession]);
  return state;
}

/** The consent's live status by its status token (default: the one this tab started), via watchConsent. */
export interface ConsentStatusState {
  status: SessionStatus | null;
  updatedAt: string | null;
  error: LockerKitError | null;
}

export function useConsentStatus(
  statusToken?: string | null,
  options: { pollIntervalMs?: number } = {},
): ConsentStatusState {
  const { client } = useLockerKit();
  const token = statusToken === undefined ? consentStorage.get("statusToken") : statusToken;
  const [status, setStatus] = useState<ConsentStatus | null>(null);
  const [error, setError] = useState<LockerKitError | null>(null);
  const { pollIntervalMs } = options;
  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    // Never rejects: failures land in `error`.
    void (async () => {
      try {
        for await (const update of client.watchConsent(token, { signal: abort.signal, pollIntervalMs }))
          setStatus(update);
      } catch (e) {
        if (!abort.signal.aborted) setError(asError(e));
      }
    })();
    return () => abort.abort();
  }, [client, token, pollIntervalMs]);
  return { status: status?.status ?? null, updatedAt: status?.updatedAt ?? null, error };
}

function useSessionOrThrow(session?: LockerKitSession | null) {
  const context = useLockerKit();
  return session ?? context.session;
}

export interface DocumentsState {
  /** Every document loaded so far (the first page, then each loadMore's). */
  documents: DocumentSummary[];
  /** Documents matching the filter across all pages; null before the first page. */
  totalCount: number | null;
  hasNextPage: boolean;
  loading: boolean;
  error: LockerKitError | null;
  loadMore(): void;
  reload(): void;
}

/** Pages of the session's documents: `documents` grows with each `loadMore()`. */
export function useDocuments(
  options: { pageSize?: number; filter?: DocumentFilter | null; session?: LockerKitSession | null } = {},
): DocumentsState {
  const session = useSessionOrThrow(options.session);
  const pageSize = options.pageSize ?? 50;
  const filterKey = JSON.stringify(options.filter ?? null);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [totalCount, setTotalCount] = useState<number | null>(null);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasNextPage, setHasNextPage] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<LockerKitError | null>(null);
  const [generation, setGeneration] = useState(0);
  const current = useRef<AbortController | null>(null);

  const load = useCallback(
    async (after: string | null) => {
      if (!session) return;
      current.current?.abort();
      const abort = new AbortController();
      current.current = abort;
      setLoading(true);
      setError(null);
      try {
        const page = await session.documentPage({
          pageSize,
          after,
          filter: (JSON.parse(filterKey) as DocumentFilter | null) ?? undefined,
          signal: abort.signal,
        });
        if (abort.signal.aborted) return;
        setDocuments((previous) => (after ? [...previous, ...page.documents] : page.documents));
        setTotalCount(page.totalCount);
        setEndCursor(page.endCursor);
        setHasNextPage(page.hasNextPage);
      } catch (e) {
        if (!abort.signal.aborted) setError(asError(e));
      } finally {
        if (!abort.signal.aborted) setLoading(false);
      }
    },
    [session, pageSize, filterKey],
  );

  useEffect(() => {
    setDocuments([]);
    setTotalCount(null);
    void load(null);
    return () => current.current?.abort();
  }, [load, generation]);

  const loadMore = useCallback(() => {
    if (hasNextPage && !loading) void load(endCursor);
  }, [hasNextPage, loading, endCursor, load]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { documents, totalCount, hasNextPage, loading, error, loadMore, reload };
}

export interface AadhaarKycState {
  kyc: AadhaarKyc | null;
  loading: boolean;
  error: LockerKitError | null;
  reload(): void;
}

/** The session's signature-verified e-Aadhaar (null when the locker has none). */
export function useAadhaarKyc(options: { session?: LockerKitSession | null } = {}): AadhaarKycState {
  const session = useSessionOrThrow(options.session);
  const [kyc, setKyc] = useState<AadhaarKyc | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<LockerKitError | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!session) return;
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    session.aadhaarKyc({ signal: abort.signal }).then(
      (value) => !abort.signal.aborted && (setKyc(value), setLoading(false)),
      (e: unknown) => !abort.signal.aborted && (setError(asError(e)), setLoading(false)),
    );
    return () => abort.abort();
  }, [session, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { kyc, loading, error, reload };
}
