import { errorFromResponse, DigiLockerError, UpstreamProtocolError, UpstreamTimeoutError, UpstreamUnavailableError } from "./errors";
import {
  emptyToNull,
  normalizeEpochSeconds,
  normalizeGender,
  normalizeMime,
  normalizeScope,
  parseDigiLockerDate,
  yesNo,
} from "./normalize";
import type { AuthorizeUrlParams, DigiLockerProfile, IssuedFile, TokenSet } from "./types";

export interface DigiLockerClientOptions {
  /** e.g. `https://digilocker.meripehchaan.gov.in/public` or the sandbox's `http://localhost:4100/public`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Per-operation deadlines in ms; each bounds all attempts of one call together. */
  deadlines?: Partial<Record<OperationKind, number>>;
  /** Maximum attempts for idempotent reads (1 = no retry). */
  maxAttempts?: number;
}

export type OperationKind = "token" | "metadata" | "file";

export interface CallOptions {
  /** The caller's cancellation (e.g. the HTTP request went away). */
  signal?: AbortSignal;
}

const DEFAULT_DEADLINES: Record<OperationKind, number> = { token: 10_000, metadata: 5_000, file: 20_000 };

/**
 * The only code that talks to DigiLocker. Every call has a deadline bounding all its attempts;
 * idempotent reads retry transport failures and 5xx/429 with jittered backoff inside that deadline;
 * the code exchange, refresh and revoke are never retried (a redeemed code cannot be redeemed again).
 */
export class DigiLockerClient {
  private readonly baseUrl: string;
  private readonly deadlines: Record<OperationKind, number>;
  private readonly maxAttempts: number;

  constructor(private readonly options: DigiLockerClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.deadlines = { ...DEFAULT_DEADLINES, ...options.deadlines };
    this.maxAttempts = options.maxAttempts ?? 3;
  }

  /** DigiLocker's own authorize URL (S256 PKCE); the browser goes there, never to LockerKit. */
  authorizeUrl(params: AuthorizeUrlParams): string {
    const query = new URLSearchParams({
      response_type: "code",
      client_id: this.options.clientId,
      redirect_uri: this.options.redirectUri,
      state: params.state,
      code_challenge: params.codeChallenge,
      code_challenge_method: "S256",
    });
    if (params.flow) query.set("dl_flow", params.flow);
    if (params.scope?.length) query.set("scope", params.scope.join(" "));
    if (params.documentTypes?.length) query.set("req_doctype", params.documentTypes.join(","));
    if (params.purpose) query.set("purpose", params.purpose);
    if (params.consentValidTill) {
      query.set("consent_valid_till", String(Math.floor(params.consentValidTill.getTime() / 1000)));
    }
    for (const [key, value] of Object.entries(params.extra ?? {})) query.set(key, value);
    return `${this.baseUrl}/oauth2/1/authorize?${query}`;
  }

  /** Redeems an authorization code. Never retried: a second redemption revokes the grant. */
  async exchangeCode(code: string, codeVerifier: string, options: CallOptions = {}): Promise<TokenSet> {
    const body = await this.postForm(
      "/oauth2/1/token",
      {
        grant_type: "authorization_code",
        code,
        redirect_uri: this.options.redirectUri,
        code_verifier: codeVerifier,
      },
      options,
    );
    return parseTokenResponse(body);
  }

  /** Rotates both tokens; the old refresh token dies upstream. Never retried blindly. */
  async refresh(refreshToken: string, options: CallOptions = {}): Promise<TokenSet> {
    const body = await this.postForm(
      "/oauth2/1/token",
      { grant_type: "refresh_token", refresh_token: refreshToken },
      options,
    );
    return parseTokenResponse(body);
  }

  async revoke(token: string, hint: "access_token" | "refresh_token", options: CallOptions = {}): Promise<void> {
    await this.postForm("/oauth2/1/revoke", { token, token_type_hint: hint }, options);
  }

  async getUser(accessToken: string, options: CallOptions = {}): Promise<DigiLockerProfile> {
    const body = await this.getJson("/oauth2/1/user", accessToken, options);
    return parseProfile(body);
  }

  /** The issued-documents list (`/2/files/issued`); DigiLocker has no pagination for it. */
  async listIssued(accessToken: string, options: CallOptions = {}): Promise<IssuedFile[]> {
    const body = await this.getJson("/oauth2/2/files/issued", accessToken, options);
    const items = (body as { items?: unknown }).items;
    if (!Array.isArray(items)) throw new UpstreamProtocolError("malformed_response", "files/issued has no items list");
    return items.map(parseIssuedFile).filter((f): f is IssuedFile => f !== null);
  }

  private async postForm(path: string, form: Record<string, string>, options: CallOptions): Promise<unknown> {
    const body = new URLSearchParams({
      ...form,
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
    });
    return this.call("token", path, { method: "POST", body, headers: { accept: "application/json" } }, 1, options);
  }

  private getJson(path: string, accessToken: string, options: CallOptions): Promise<unknown> {
    return this.call(
      "metadata",
      path,
      { method: "GET", headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" } },
      this.maxAttempts,
      options,
    );
  }

  private async call(
    kind: OperationKind,
    path: string,
    init: RequestInit,
    attempts: number,
    options: CallOptions,
  ): Promise<unknown> {
    const deadline = AbortSignal.timeout(this.deadlines[kind]);
    const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
    let backoff = 100;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(path, init, signal);
      } catch (error) {
        const retryable = error instanceof UpstreamUnavailableError && attempt < attempts && !signal.aborted;
        if (!retryable) throw error;
        // Decorrelated jitter, capped, and never sleeping past the deadline.
        backoff = Math.min(2_000, 100 + Math.random() * backoff * 3);
        await sleep(backoff, signal).catch(() => undefined);
        if (signal.aborted) throw timeoutOrCancel(deadline);
      }
    }
  }

  private async once(path: string, init: RequestInit, signal: AbortSignal): Promise<unknown> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { ...init, signal, redirect: "manual" });
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw timeoutOrCancel(signal);
      throw new UpstreamUnavailableError("connection_failed", `DigiLocker unreachable: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = text === "" ? {} : JSON.parse(text);
    } catch {
      if (!response.ok) throw errorFromResponse(response.status, {});
      throw new UpstreamProtocolError("malformed_response", `DigiLocker sent a body that is not JSON (${response.status})`);
    }
    if (!response.ok) throw errorFromResponse(response.status, json);
    return json;
  }
}

function timeoutOrCancel(signal: AbortSignal): DigiLockerError {
  const reason = signal.reason as Error | undefined;
  return reason?.name === "TimeoutError"
    ? new UpstreamTimeoutError("timeout", "DigiLocker did not answer before the deadline")
    : new UpstreamTimeoutError("cancelled", "the request was cancelled");
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

function asRecord(body: unknown, what: string): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new UpstreamProtocolError("malformed_response", `${what} is not a JSON object`);
  }
  return body as Record<string, unknown>;
}

export function parseProfile(body: unknown): DigiLockerProfile {
  const record = asRecord(body, "profile");
  const digilockerId = emptyToNull(record.digilockerid);
  if (!digilockerId) throw new UpstreamProtocolError("malformed_response", "profile has no digilockerid");
  return {
    digilockerId,
    name: emptyToNull(record.name),
    dateOfBirth: parseDigiLockerDate(record.dob),
    gender: normalizeGender(record.gender),
    eaadhaarAvailable: yesNo(record.eaadhaar),
    referenceKey: emptyToNull(record.reference_key),
    mobile: emptyToNull(record.mobile),
    email: emptyToNull(record.email),
  };
}

export function parseTokenResponse(body: unknown): TokenSet {
  const record = asRecord(body, "token response");
  const accessToken = emptyToNull(record.access_token);
  if (!accessToken) throw new UpstreamProtocolError("malformed_response", "token response has no access_token");
  const expiresIn = Number(record.expires_in);
  return {
    accessToken,
    refreshToken: emptyToNull(record.refresh_token),
    accessTokenExpiresAt: new Date(Date.now() + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000),
    scope: normalizeScope(record.scope),
    consentValidTill: normalizeEpochSeconds(record.consent_valid_till),
    newAccount: yesNo(record.new_account),
    profile: emptyToNull(record.digilockerid) ? parseProfile(record) : null,
  };
}

export function parseIssuedFile(item: unknown): IssuedFile | null {
  if (typeof item !== "object" || item === null) return null;
  const record = item as Record<string, unknown>;
  const uri = emptyToNull(record.uri);
  if (!uri) return null;
  return {
    uri,
    name: emptyToNull(record.name) ?? uri,
    doctype: emptyToNull(record.doctype),
    description: emptyToNull(record.description),
    issuer: emptyToNull(record.issuer),
    issuerId: emptyToNull(record.issuerid),
    issuedOn: parseDigiLockerDate(record.date),
    mimeTypes: normalizeMime(record.mime),
  };
}
