import { LockerKitError } from "./errors.js";
import {
  ClaimSessionDocument,
  ConsentStatusChangedDocument,
  ConsentStatusDocument,
  type ConsentStatusFieldsFragment,
  type SessionStatus,
  StartConsentDocument,
  type StartConsentInput,
} from "./generated/graphql.js";
import { LockerKitSession } from "./session.js";
import { subscribe, type WebSocketConstructor } from "./subscription.js";
import { post, type TypedDocument } from "./transport.js";

export interface LockerKitOptions {
  /** The GraphQL endpoint, e.g. `https://kyc.example.com/graphql` (a path like `/graphql` works in a browser). */
  url: string;
  /** The tenant's publishable key (`lk_pk_…`) in a browser; the secret key only on a server. */
  key: string;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
  /** A WebSocket implementation for `watchConsent` (default: the global one; none → polling). */
  WebSocket?: WebSocketConstructor;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/** What `startConsent` answers. `claimVerifier` and `statusToken` are shown once. */
export interface StartedConsent {
  sessionId: string;
  /** DigiLocker's authorize URL: send the browser there. */
  authorizationUrl: string;
  /** For `consentStatus` / `watchConsent` (no personal data behind it). */
  statusToken: string;
  /** For `claim`: kept by this instance too; store it (e.g. sessionStorage) when the page navigates away. */
  claimVerifier: string;
  /** When the pending consent stops accepting DigiLocker's answer. */
  expiresAt: string;
}

export type ConsentStatus = ConsentStatusFieldsFragment;
export type { SessionStatus };

/** Statuses after which a consent is no longer waiting for the user. */
const WAITING: ReadonlySet<SessionStatus> = new Set<SessionStatus>(["PENDING", "EXCHANGING"]);

export interface WatchConsentOptions {
  signal?: AbortSignal;
  /** Polling interval when no subscription can be used (default 2000 ms). */
  pollIntervalMs?: number;
  /** Force polling, even when a WebSocket is available. */
  poll?: boolean;
}

/**
 * The LockerKit client: `new LockerKit({ url, key })`. Framework-free, for browsers and Node ≥ 20 (fetch;
 * WebSocket where present).
 */
export class LockerKit {
  private readonly options: LockerKitOptions;
  private claimVerifier: string | null = null;

  constructor(options: LockerKitOptions) {
    if (!options.url) throw new TypeError("LockerKit: `url` is required");
    if (!options.key) throw new TypeError("LockerKit: `key` is required");
    this.options = options;
  }

  /** Runs any typed document with the tenant key, or with another bearer (a session token). */
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    options: { bearer?: string; signal?: AbortSignal } = {},
  ): Promise<TResult> {
    return post(this.transport(), document, variables, options.bearer ?? this.options.key, options.signal);
  }

  /**
   * Starts a consent. Send the browser to `authorizationUrl`; DigiLocker comes back to `returnUrl` with
   * `session`, `status` and a single-use `code` for `claim`. With `resumeSessionId`, pass the session
   * token as `bearer` (or use the secret key).
   */
  async startConsent(
    input: StartConsentInput,
    options: { bearer?: string; signal?: AbortSignal } = {},
  ): Promise<StartedConsent> {
    const { startConsent } = await this.request(StartConsentDocument, { input }, options);
    this.claimVerifier = startConsent.claimVerifier;
    return {
      sessionId: startConsent.session.id,
      authorizationUrl: startConsent.authorizationUrl,
      statusToken: startConsent.statusToken,
      claimVerifier: startConsent.claimVerifier,
      expiresAt: startConsent.session.expiresAt,
    };
  }

  /** The consent's status (`PENDING`, `ACTIVE`, `DENIED`, …) by its status token. */
  async consentStatus(statusToken: string, signal?: AbortSignal): Promise<SessionStatus> {
    const { consentStatus } = await this.request(ConsentStatusDocument, { statusToken }, { signal });
    if (!consentStatus) throw new LockerKitError("no consent for this status token", "NOT_FOUND");
    return consentStatus.status;
  }

  /**
   * Every change of the consent's status, starting with the current one, until it stops waiting (any
   * status but PENDING and EXCHANGING, which is yielded last). Uses the `consentStatusChanged`
   * subscription over WebSocket; without a WebSocket, or when the socket fails, it polls `consentStatus`.
   */
  async *watchConsent(
    statusToken: string,
    options: WatchConsentOptions = {},
  ): AsyncGenerator<ConsentStatus, void, undefined> {
    const { signal } = options;
    let last: ConsentStatus | null = null;
    const fresh = (status: ConsentStatus) => !last || last.status !== status.status;
    const first = await this.request(ConsentStatusDocument, { statusToken }, { signal });
    if (!first.consentStatus) throw new LockerKitError("no consent for this status token", "NOT_FOUND");
    last = first.consentStatus;
    yield last;
    if (!WAITING.has(last.status)) return;

    const WebSocketImpl = options.poll
      ? undefined
      : (this.options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket);
    if (WebSocketImpl) {
      try {
        const updates = subscribe(
          this.socketUrl(),
          WebSocketImpl,
          { authorization: `Bearer ${this.options.key}` },
          ConsentStatusChangedDocument,
          { statusToken },
          signal,
        );
        for await (const { consentStatusChanged } of updates) {
          if (!fresh(consentStatusChanged)) continue;
          last = consentStatusChanged;
          yield last;
          if (!WAITING.has(last.status)) return;
        }
        if (signal?.aborted) return;
      } catch (error) {
        // A refusal of the request itself is the caller's to see; a socket problem falls back to polling.
        if (!(error instanceof LockerKitError) || !["NETWORK_ERROR", "BAD_REQUEST"].includes(error.code))
          throw error;
      }
    }
    const interval = options.pollIntervalMs ?? 2000;
    while (!signal?.aborted) {
      await sleep(interval, signal);
      if (signal?.aborted) return;
      const { consentStatus } = await this.request(ConsentStatusDocument, { statusToken }, { signal });
      if (!consentStatus || !fresh(consentStatus)) continue;
      last = consentStatus;
      yield last;
      if (!WAITING.has(last.status)) return;
    }
  }

  /**
   * Trades the return URL's `code` (and the claim verifier from `startConsent`, kept by this instance
   * unless given) for a session.
   */
  async claim(
    code: string,
    options: { claimVerifier?: string | null; signal?: AbortSignal } = {},
  ): Promise<LockerKitSession> {
    const claimVerifier = options.claimVerifier ?? this.claimVerifier;
    const { claimSession } = await this.request(
      ClaimSessionDocument,
      { code, claimVerifier },
      { signal: options.signal },
    );
    this.claimVerifier = null;
    return this.session(claimSession.sessionToken, claimSession.session.id);
  }

  /** A session from a stored session token (e.g. after a reload). */
  session(token: string, sessionId: string | null = null): LockerKitSession {
    return new LockerKitSession(token, sessionId, (document, variables, signal) =>
      this.request(document, variables, { bearer: token, signal }),
    );
  }

  private transport() {
    return { url: this.resolvedUrl(), fetch: this.options.fetch, headers: this.options.headers };
  }

  private resolvedUrl() {
    const location = (globalThis as { location?: { href: string } }).location;
    return location ? new URL(this.options.url, location.href).toString() : this.options.url;
  }

  private socketUrl() {
    return this.resolvedUrl().replace(/^http/, "ws");
  }
}

function sleep(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done);
  });
}
