import { isVerifiedMobile } from "./authorize-options";
import {
  AadhaarNotLinkedError,
  DigiLockerError,
  InvalidGrantError,
  InvalidTokenError,
  isRepositoryOff,
  RequestRejectedError,
  UpstreamProtocolError,
  UpstreamUnavailableError,
} from "./errors";
import { parseJsonBody, sendOnce, type UpstreamRequest, type UpstreamResponse } from "./http-transport";
import {
  type DownloadHmacPolicy,
  mediaType,
  pullRequestHmac,
  sha256Hex,
  sniffMediaType,
  verifyDownloadHmac,
} from "./integrity";
import {
  parseIssuedList,
  parseProfile,
  parsePullDocTypes,
  parsePulledUri,
  parsePullIssuers,
  parsePullParameters,
  parseTokenResponse,
  parseUploadedListing,
} from "./parse";
import {
  DecorrelatedJitter,
  HostResilience,
  abortError,
  callDeadline,
  hostResilience,
  raceAbort,
  sleep,
  type BackoffOptions,
  type BulkheadOptions,
  type CircuitBreakerOptions,
  type CircuitStateName,
} from "./resilience-policy";
import type {
  AuthorizeUrlParams,
  DigiLockerProfile,
  DownloadedDocument,
  IssuedFile,
  PullDocType,
  PullDocumentRequest,
  PullIssuer,
  PullParameter,
  TokenSet,
  UploadedListing,
} from "./types";

/** Deadline classes: each call's deadline bounds all of its attempts together. */
export type OperationKind = "token" | "metadata" | "file";

/** Upstream operations, named as the sandbox's request log names them (and as metrics label them). */
export type DigiLockerOperation =
  | "token.authorization_code"
  | "token.refresh_token"
  | "revoke"
  | "user"
  | "files.issued"
  | "files.uploaded"
  | "file"
  | "xml"
  | "eaadhaar"
  | "pull.issuers"
  | "pull.doctype"
  | "pull.parameters"
  | "pull.document";

const OPERATION_KIND: Record<DigiLockerOperation, OperationKind> = {
  "token.authorization_code": "token",
  "token.refresh_token": "token",
  revoke: "token",
  user: "metadata",
  "files.issued": "metadata",
  "files.uploaded": "metadata",
  "pull.issuers": "metadata",
  "pull.doctype": "metadata",
  "pull.parameters": "metadata",
  "pull.document": "file",
  file: "file",
  xml: "file",
  eaadhaar: "file",
};

/** Idempotent reads: the only calls retried. The code exchange, refresh, revoke and pull-document never are. */
const IDEMPOTENT = new Set<DigiLockerOperation>([
  "user",
  "files.issued",
  "files.uploaded",
  "file",
  "xml",
  "eaadhaar",
  "pull.issuers",
  "pull.doctype",
  "pull.parameters",
]);

/**
 * One event per attempt (and one with `attempt: 0` when an open circuit stopped the call before any
 * request). Carries no token, code, URI or personal data: safe for metrics and logs.
 */
export interface DigiLockerRequestEvent {
  operation: DigiLockerOperation;
  /** 1-based attempt number within the call; 0 when no request was made (open circuit). */
  attempt: number;
  /** HTTP status received, or null when none arrived (connection error, timeout, open circuit). */
  status: number | null;
  durationMs: number;
  /** `ok`, or the error's code (`invalid_token`, `timeout`, `connection_failed`, `hmac_mismatch`, …). */
  outcome: string;
  /** Whether another attempt follows this one. */
  willRetry: boolean;
}

export interface DigiLockerClientOptions {
  /** e.g. `https://digilocker.meripehchaan.gov.in/public` or the sandbox's `http://localhost:4100/public`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /**
   * Deadlines in ms, per kind (`token` 10 s, `metadata` 5 s, `file` 20 s) or per operation (which wins);
   * each bounds all attempts of one call together.
   */
  deadlines?: Partial<Record<OperationKind | DigiLockerOperation, number>>;
  /** Maximum attempts for idempotent reads, 1…3 (default 3; 1 = no retry). */
  maxAttempts?: number;
  /** Retry backoff (capped decorrelated jitter); defaults base 100 ms, cap 2 000 ms. */
  backoff?: BackoffOptions;
  /**
   * Circuit breaker and bulkhead settings. Clients of one host with the same settings share one breaker
   * and bulkhead per process; pass `resilience` to share (or isolate) explicitly.
   */
  circuitBreaker?: CircuitBreakerOptions;
  /** Per-issuer breakers for `repository_service_*` failures (see {@link HostResilience}). */
  issuerCircuitBreaker?: CircuitBreakerOptions;
  bulkhead?: BulkheadOptions;
  resilience?: HostResilience;
  /** Downloads without an `hmac` header: refused (`require`, default) or accepted (`verify-if-present`); a wrong one is always refused. */
  hmac?: DownloadHmacPolicy;
  /** Called once per attempt (see {@link DigiLockerRequestEvent}); exceptions it throws are ignored. */
  onRequest?: (event: DigiLockerRequestEvent) => void;
  /** Called when this host's circuit changes state. */
  onCircuitStateChange?: (state: CircuitStateName) => void;
  /** How the client authenticates on `/token` and `/revoke`: form fields (default) or HTTP Basic. */
  clientAuth?: "form" | "basic";
  /** Use the OIDC token endpoint `/oauth2/2/token` (adds `id_token`, passed through unverified). */
  oidc?: boolean;
  /** Largest accepted bodies: JSON answers (default 2 MiB) and downloads (default 20 MiB). */
  maxResponseBytes?: { json?: number; file?: number };
}

export interface CallOptions {
  /** The caller's cancellation (e.g. the HTTP request went away). */
  signal?: AbortSignal;
  /** Overrides this call's deadline, ms. */
  deadlineMs?: number;
}

const DEFAULT_DEADLINES: Record<OperationKind, number> = { token: 10_000, metadata: 5_000, file: 20_000 };
const MAX_ATTEMPTS = 3;

interface CallSpec<T> {
  operation: DigiLockerOperation;
  request: UpstreamRequest;
  parse: (response: UpstreamResponse) => T;
  /** The issuer whose repository serves the call (its own breaker), when one does. */
  issuer?: string;
}

/** The issuer of a document uri (`<issuerid>-<DOCTYPE>-<docid>`), when the uri has that shape. */
function issuerOfUri(uri: string): string | undefined {
  const issuer = /^([a-z0-9.]+)-[A-Z0-9]+-/i.exec(uri)?.[1];
  return issuer ? `issuer:${issuer.toLowerCase()}` : undefined;
}

/**
 * The only code that talks to DigiLocker. Every call has a deadline bounding all its attempts; idempotent
 * reads retry connection errors, 5xx/530 and 429 (honouring `Retry-After`) with capped decorrelated
 * jitter inside that deadline; a timeout is never retried; the code exchange, refresh, revoke and
 * pull-document are never retried. Calls go through a per-host circuit breaker and bulkhead.
 */
export class DigiLockerClient {
  private readonly baseUrl: string;
  private readonly maxAttempts: number;
  private readonly resilience: HostResilience;
  private readonly maxJsonBytes: number;
  private readonly maxFileBytes: number;
  /** `/3/xml/eaadhaar` answered 404 once (a host that only has the spec's `/2/`): go to `/2/` directly. */
  private eaadhaarV2Only = false;

  constructor(private readonly options: DigiLockerClientOptions) {
    const base = new URL(options.baseUrl);
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.maxAttempts = Math.min(MAX_ATTEMPTS, Math.max(1, Math.floor(options.maxAttempts ?? MAX_ATTEMPTS)));
    this.maxJsonBytes = options.maxResponseBytes?.json ?? 2 * 1024 * 1024;
    this.maxFileBytes = options.maxResponseBytes?.file ?? 20 * 1024 * 1024;
    const settings = {
      circuitBreaker: options.circuitBreaker,
      bulkhead: options.bulkhead,
      issuerCircuitBreaker: options.issuerCircuitBreaker,
    };
    this.resilience =
      options.resilience ?? hostResilience(`${base.origin} ${JSON.stringify(settings)}`, settings);
    if (options.onCircuitStateChange) this.resilience.onCircuitStateChange(options.onCircuitStateChange);
  }

  /** The state of this host's circuit breaker. */
  get circuitState(): CircuitStateName {
    return this.resilience.circuitState;
  }

  /** The state of one issuer's breaker (by issuer id, e.g. `in.gov.cbse`). */
  issuerCircuitState(issuerId: string): CircuitStateName {
    return this.resilience.issuerCircuitState(`issuer:${issuerId.toLowerCase()}`);
  }

  /** DigiLocker's own authorize URL (S256 PKCE); the browser goes there, never to LockerKit. */
  authorizeUrl(params: AuthorizeUrlParams): string {
    if (!params.state || !params.codeChallenge)
      throw new TypeError("authorizeUrl needs a state and a PKCE code challenge");
    const query = new URLSearchParams({
      response_type: "code",
      client_id: this.options.clientId,
      redirect_uri: this.options.redirectUri,
      state: params.state,
      code_challenge: params.codeChallenge,
      code_challenge_method: "S256",
    });
    if (params.flow === "signup") query.set("dl_flow", "signup");
    if (params.scope?.length) query.set("scope", params.scope.join(" "));
    if (params.documentTypes?.length) query.set("req_doctype", params.documentTypes.join(","));
    if (params.purpose) query.set("purpose", params.purpose);
    if (params.consentValidTill) {
      query.set("consent_valid_till", String(Math.floor(params.consentValidTill.getTime() / 1000)));
    }
    if (params.acr) query.set("acr", params.acr);
    if (params.amr) query.set("amr", params.amr);
    if (params.prompt) query.set("prompt", params.prompt);
    if (params.loginHint) query.set("login_hint", params.loginHint);
    if (params.verifiedMobile !== undefined) {
      // Never echo the number in the error: it is personal data.
      if (params.flow !== "signup" || !isVerifiedMobile(params.verifiedMobile))
        throw new TypeError("verifiedMobile must be 10 digits, and only on sign-up");
      query.set("verified_mobile", params.verifiedMobile);
    }
    if (params.pla) query.set("pla", "Y");
    if (params.plsignup) query.set("plsignup", "Y");
    for (const [key, value] of Object.entries(params.extra ?? {})) query.set(key, value);
    return `${this.baseUrl}/oauth2/1/authorize?${query}`;
  }

  /** Redeems an authorization code: exactly one request, never retried (a second redemption revokes the grant). */
  async exchangeCode(
    code: string,
    codeVerifier: string,
    options: CallOptions & { oidc?: boolean } = {},
  ): Promise<TokenSet> {
    const oidc = options.oidc ?? this.options.oidc ?? false;
    return this.call(
      {
        operation: "token.authorization_code",
        request: this.clientForm(`/oauth2/${oidc ? 2 : 1}/token`, {
          grant_type: "authorization_code",
          code,
          redirect_uri: this.options.redirectUri,
          code_verifier: codeVerifier,
        }),
        parse: (response) => parseTokenResponse(parseJsonBody(response, "token")),
      },
      options,
    );
  }

  /** Rotates both tokens (the old refresh token dies upstream). One request, never retried blindly. */
  async refresh(refreshToken: string, options: CallOptions & { oidc?: boolean } = {}): Promise<TokenSet> {
    const oidc = options.oidc ?? this.options.oidc ?? false;
    return this.call(
      {
        operation: "token.refresh_token",
        request: this.clientForm(`/oauth2/${oidc ? 2 : 1}/token`, {
          grant_type: "refresh_token",
          refresh_token: refreshToken,
        }),
        parse: (response) => parseTokenResponse(parseJsonBody(response, "token")),
      },
      options,
    );
  }

  /**
   * Revokes every token of the grant. One request, never retried (callers queue failed revokes). A token
   * DigiLocker no longer knows is done: 200 (RFC 7009, the Meri Pehchaan guide) or 400 "The token is
   * invalid" (the official spec), as are `invalid_token` / `invalid_grant`; only a client configuration
   * error or an outage rejects.
   */
  async revoke(
    token: string,
    hint?: "access_token" | "refresh_token",
    options: CallOptions = {},
  ): Promise<void> {
    const form: Record<string, string> = { token };
    if (hint) form.token_type_hint = hint;
    try {
      await this.call(
        { operation: "revoke", request: this.clientForm("/oauth2/1/revoke", form), parse: () => undefined },
        options,
      );
    } catch (error) {
      if (error instanceof InvalidTokenError || error instanceof InvalidGrantError) return;
      if (error instanceof RequestRejectedError && error.status === 400) return;
      throw error;
    }
  }

  /** `/1/user`: the DigiLocker profile. */
  async getUser(accessToken: string, options: CallOptions = {}): Promise<DigiLockerProfile> {
    return this.call(
      {
        operation: "user",
        request: this.bearerGet("/oauth2/1/user", accessToken),
        parse: (r) => parseProfile(parseJsonBody(r, "user")),
      },
      options,
    );
  }

  /**
   * The issued-documents list (`/2/files/issued`; DigiLocker has no pagination for it). `legacy` reads
   * `/1/files/issued` (mime as a comma string); the result has the same shape.
   */
  async listIssued(
    accessToken: string,
    options: CallOptions & { legacy?: boolean } = {},
  ): Promise<IssuedFile[]> {
    return this.call(
      {
        operation: "files.issued",
        request: this.bearerGet(`/oauth2/${options.legacy ? 1 : 2}/files/issued`, accessToken),
        parse: (r) => parseIssuedList(parseJsonBody(r, "issued list")),
      },
      options,
    );
  }

  /** Self-uploaded documents: the root folder (`/1/files/`) or one folder (`/1/files/{id}`). */
  async listUploaded(
    accessToken: string,
    folderId?: string,
    options: CallOptions = {},
  ): Promise<UploadedListing> {
    const path = folderId ? `/oauth2/1/files/${encodeSegment(folderId, "folder id")}` : "/oauth2/1/files/";
    return this.call(
      {
        operation: "files.uploaded",
        request: this.bearerGet(path, accessToken),
        parse: (r) => parseUploadedListing(parseJsonBody(r, "uploaded list")),
      },
      options,
    );
  }

  /** A document's file (`/1/file/{uri}`): exact bytes, hmac-verified, with its (sniffed when generic) media type. */
  async getFile(accessToken: string, uri: string, options: CallOptions = {}): Promise<DownloadedDocument> {
    return this.call(
      {
        operation: "file",
        request: this.bearerGet(
          `/oauth2/1/file/${encodeSegment(uri, "document uri")}`,
          accessToken,
          "*/*",
          this.maxFileBytes,
        ),
        parse: (r) => this.download(r, false),
        issuer: issuerOfUri(uri),
      },
      options,
    );
  }

  /** A document's certificate XML (`/1/xml/{uri}`): the exact bytes received, hmac-verified. */
  async getXml(accessToken: string, uri: string, options: CallOptions = {}): Promise<DownloadedDocument> {
    return this.call(
      {
        operation: "xml",
        request: this.bearerGet(
          `/oauth2/1/xml/${encodeSegment(uri, "document uri")}`,
          accessToken,
          "application/xml, text/plain, */*",
          this.maxFileBytes,
        ),
        parse: (r) => this.download(r, true),
        issuer: issuerOfUri(uri),
      },
      options,
    );
  }

  /**
   * The user's e-Aadhaar XML: exact bytes, hmac-verified. Production clients call `/3/xml/eaadhaar`; the
   * official spec lists `/2/xml/eaadhaar`: a 404 on `/3/` that is not `aadhaar_not_linked` falls back to
   * `/2/` (remembered for this client). `aadhaar_not_linked` / `aadhaar_not_available` → `AadhaarNotLinkedError`.
   */
  async getEAadhaar(accessToken: string, options: CallOptions = {}): Promise<DownloadedDocument> {
    const fetchVersion = (version: 2 | 3) =>
      this.call(
        {
          operation: "eaadhaar",
          request: this.bearerGet(
            `/oauth2/${version}/xml/eaadhaar`,
            accessToken,
            "application/xml, text/plain, */*",
            this.maxFileBytes,
          ),
          parse: (r) => this.download(r, true),
          issuer: "issuer:in.gov.uidai",
        },
        options,
      );
    if (this.eaadhaarV2Only) return fetchVersion(2);
    try {
      return await fetchVersion(3);
    } catch (error) {
      if (
        !(error instanceof DigiLockerError) ||
        error.status !== 404 ||
        error instanceof AadhaarNotLinkedError
      )
        throw error;
      const document = await fetchVersion(2);
      this.eaadhaarV2Only = true;
      return document;
    }
  }

  /** `/1/pull/issuers`: issuers that support pulling documents (client-authenticated, no user token). */
  async listPullIssuers(options: CallOptions = {}): Promise<PullIssuer[]> {
    return this.call(
      {
        operation: "pull.issuers",
        request: this.pullForm("/oauth2/1/pull/issuers"),
        parse: (r) => parsePullIssuers(parseJsonBody(r, "issuer list")),
      },
      options,
    );
  }

  /** `/1/pull/doctype`: the document types an issuer can be pulled for. */
  async listPullDocTypes(orgId: string, options: CallOptions = {}): Promise<PullDocType[]> {
    return this.call(
      {
        operation: "pull.doctype",
        request: this.pullForm("/oauth2/1/pull/doctype", orgId),
        parse: (r) => parsePullDocTypes(parseJsonBody(r, "document type list")),
      },
      options,
    );
  }

  /** `/1/pull/parameters`: what the issuer needs to find the user's record for a doctype. */
  async listPullParameters(
    orgId: string,
    doctype: string,
    options: CallOptions = {},
  ): Promise<PullParameter[]> {
    return this.call(
      {
        operation: "pull.parameters",
        request: this.pullForm("/oauth2/1/pull/parameters", orgId, doctype),
        parse: (r) => parsePullParameters(parseJsonBody(r, "parameter list")),
      },
      options,
    );
  }

  /**
   * `/1/pull/pulldocument`: asks the issuer to put a document in the user's locker; returns its uri.
   * Not idempotent (it creates state upstream): one request, never retried.
   */
  async pullDocument(
    accessToken: string,
    request: PullDocumentRequest,
    options: CallOptions = {},
  ): Promise<string> {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(request.parameters)) form.set(key, value);
    form.set("orgid", request.orgId);
    form.set("doctype", request.doctype);
    form.set("consent", "Y");
    return this.call(
      {
        operation: "pull.document",
        request: {
          method: "POST",
          path: "/oauth2/1/pull/pulldocument",
          headers: { authorization: bearer(accessToken), accept: "application/json" },
          body: () => new URLSearchParams(form),
          maxBytes: this.maxJsonBytes,
        },
        parse: (r) => parsePulledUri(parseJsonBody(r, "pull")),
        issuer: `org:${request.orgId}`,
      },
      options,
    );
  }

  // ---- request building ----

  private clientForm(path: string, form: Record<string, string>): UpstreamRequest {
    const headers: Record<string, string> = { accept: "application/json" };
    const fields = { ...form };
    if (this.options.clientAuth === "basic") {
      const id = encodeURIComponent(this.options.clientId);
      const secret = encodeURIComponent(this.options.clientSecret);
      headers.authorization = `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
    } else {
      fields.client_id = this.options.clientId;
      fields.client_secret = this.options.clientSecret;
    }
    return {
      method: "POST",
      path,
      headers,
      body: () => new URLSearchParams(fields),
      maxBytes: this.maxJsonBytes,
    };
  }

  private pullForm(path: string, orgId?: string, doctype?: string): UpstreamRequest {
    const { clientId, clientSecret } = this.options;
    return {
      method: "POST",
      path,
      headers: { accept: "application/json" },
      // Signed per attempt: `ts` must be fresh.
      body: () => {
        const ts = String(Math.floor(Date.now() / 1000));
        const form = new URLSearchParams({ clientid: clientId });
        if (orgId !== undefined) form.set("orgid", orgId);
        if (doctype !== undefined) form.set("doctype", doctype);
        form.set("ts", ts);
        form.set("hmac", pullRequestHmac(clientSecret, clientId, ts, orgId, doctype));
        return form;
      },
      maxBytes: this.maxJsonBytes,
    };
  }

  private bearerGet(
    path: string,
    accessToken: string,
    accept = "application/json",
    maxBytes = this.maxJsonBytes,
  ): UpstreamRequest {
    return { method: "GET", path, headers: { authorization: bearer(accessToken), accept }, maxBytes };
  }

  private download(response: UpstreamResponse, xml: boolean): DownloadedDocument {
    verifyDownloadHmac(
      this.options.clientSecret,
      response.bytes,
      response.headers.get("hmac"),
      this.options.hmac ?? "require",
    );
    const received = mediaType(response.headers.get("content-type"));
    let contentType: string;
    if (xml) contentType = "application/xml";
    else if (!received || received === "application/octet-stream" || received === "binary/octet-stream") {
      contentType = sniffMediaType(response.bytes) ?? received ?? "application/octet-stream";
    } else contentType = received;
    return {
      bytes: response.bytes,
      contentType,
      receivedContentType: received,
      sha256: sha256Hex(response.bytes),
    };
  }

  // ---- the policy pipeline: deadline → breaker → retries → bulkhead → one HTTP exchange ----

  private deadlineFor(operation: DigiLockerOperation): number {
    const d = this.options.deadlines;
    return d?.[operation] ?? d?.[OPERATION_KIND[operation]] ?? DEFAULT_DEADLINES[OPERATION_KIND[operation]];
  }

  private async call<T>(spec: CallSpec<T>, options: CallOptions): Promise<T> {
    const deadlineMs = options.deadlineMs ?? this.deadlineFor(spec.operation);
    const timeout = callDeadline(deadlineMs);
    try {
      return await this.callWithin(spec, options, deadlineMs, timeout.signal);
    } finally {
      timeout.clear();
    }
  }

  private async callWithin<T>(
    spec: CallSpec<T>,
    options: CallOptions,
    deadlineMs: number,
    deadline: AbortSignal,
  ): Promise<T> {
    const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
    const endsAt = performance.now() + deadlineMs;
    const attempts = IDEMPOTENT.has(spec.operation) ? this.maxAttempts : 1;
    const started = performance.now();

    const run = async (): Promise<T> => {
      const backoff = new DecorrelatedJitter(this.options.backoff);
      for (let attempt = 1; ; attempt++) {
        const attemptStarted = performance.now();
        let received: number | null = null;
        try {
          const response = await this.resilience.bulkhead.run(
            () => sendOnce(this.baseUrl, spec.request, signal, deadline),
            signal,
          );
          received = response.status;
          // Parse, integrity and protocol errors are final: the upstream answered, retrying cannot fix them.
          const value = spec.parse(response);
          this.emit({
            operation: spec.operation,
            attempt,
            status: response.status,
            durationMs: performance.now() - attemptStarted,
            outcome: "ok",
            willRetry: false,
          });
          return value;
        } catch (raw) {
          const error = toDigiLockerError(raw, signal, deadline);
          const delay = attempt < attempts ? retryDelay(error, backoff, endsAt) : null;
          this.emit({
            operation: spec.operation,
            attempt,
            status: error.status ?? received,
            durationMs: performance.now() - attemptStarted,
            outcome: error.code,
            willRetry: delay !== null,
          });
          if (delay === null) throw error;
          try {
            await sleep(delay, signal);
          } catch {
            throw abortError(signal, deadline);
          }
        }
      }
    };

    const issuer = spec.issuer;
    const guarded = issuer ? () => this.resilience.throughIssuerBreaker(issuer, run, signal) : run;
    try {
      return await raceAbort(this.resilience.throughBreaker(guarded, signal), signal, () =>
        abortError(signal, deadline),
      );
    } catch (error) {
      if (
        error instanceof UpstreamUnavailableError &&
        (error.code === "circuit_open" || error.code === "issuer_circuit_open")
      ) {
        this.emit({
          operation: spec.operation,
          attempt: 0,
          status: null,
          durationMs: performance.now() - started,
          outcome: error.code,
          willRetry: false,
        });
      }
      throw error;
    }
  }

  private emit(event: DigiLockerRequestEvent): void {
    if (!this.options.onRequest) return;
    try {
      this.options.onRequest({ ...event, durationMs: Math.round(event.durationMs) });
    } catch {
      // an observer never breaks a call
    }
  }
}

/**
 * Retry only what may succeed again: connection errors, 5xx/530 and 429 (`UpstreamUnavailableError`,
 * except an open circuit or a full bulkhead). Honours `Retry-After`; returns null when the wait would not
 * fit before the deadline (the real error is then reported, not a timeout).
 */
function retryDelay(error: DigiLockerError, backoff: DecorrelatedJitter, endsAt: number): number | null {
  if (!(error instanceof UpstreamUnavailableError)) return null;
  if (error.code === "circuit_open" || error.code === "bulkhead_full" || error.code === "issuer_circuit_open")
    return null;
  if (isRepositoryOff(error)) return null;
  const jitter = backoff.next();
  const delay =
    error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0
      ? error.retryAfterSeconds * 1000
      : jitter;
  // Leave the next attempt some time to run: never start one in the last 50 ms.
  return performance.now() + delay + 50 < endsAt ? delay : null;
}

function toDigiLockerError(error: unknown, signal: AbortSignal, deadline: AbortSignal): DigiLockerError {
  if (error instanceof DigiLockerError) return error;
  if (signal.aborted) return abortError(signal, deadline);
  return new UpstreamProtocolError("client_failure", "The DigiLocker answer could not be processed");
}

function bearer(accessToken: string): string {
  if (!accessToken || /[\s\r\n]/.test(accessToken)) {
    throw new InvalidTokenError("invalid_token", "No usable access token was given");
  }
  return `Bearer ${accessToken}`;
}

function encodeSegment(value: string, what: string): string {
  if (!value || value.length > 512)
    throw new RequestRejectedError("invalid_request", `The ${what} is empty or too long`);
  return encodeURIComponent(value);
}
