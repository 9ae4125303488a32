/**
 * One error hierarchy for everything DigiLocker can answer. Callers switch on the class (or `code`)
 * and never parse upstream text. Messages are LockerKit's own fixed texts or DigiLocker's
 * `error_description` after redaction: they never carry tokens, codes, verifiers, secrets or URIs.
 */

export interface DigiLockerErrorOptions {
  /** Overrides the class's default `retryable`. */
  retryable?: boolean;
  /** From a `Retry-After` header (429 / 503), in seconds. */
  retryAfterSeconds?: number;
}

export class DigiLockerError extends Error {
  /** Whether the same call may succeed if made again later (it is never retried by the caller blindly). */
  readonly retryable: boolean;
  /** Seconds DigiLocker asked us to wait (`Retry-After`), when it said so. */
  readonly retryAfterSeconds?: number;

  constructor(
    /** DigiLocker's `error` code, or a LockerKit code for transport failures (`timeout`, `circuit_open`, …). */
    readonly code: string,
    message: string,
    /** HTTP status DigiLocker answered with; undefined when no answer arrived. */
    readonly status?: number,
    options: DigiLockerErrorOptions = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.retryable =
      options.retryable ?? (new.target as unknown as { retryableByDefault: boolean }).retryableByDefault;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** Overridden per subclass. */
  static retryableByDefault = false;
}

/** 400 `invalid_grant`: a code or refresh token that is used, expired, revoked or mismatched. */
export class InvalidGrantError extends DigiLockerError {}
/** 401 `invalid_token`: access token expired or the user revoked consent in DigiLocker. */
export class InvalidTokenError extends DigiLockerError {}
/**
 * `invalid_client`, `invalid_client_id` (401 on the pull catalogue), `invalid_redirect_uri`,
 * `invalid_grant_type`, `invalid_scope`: the partner's configuration is wrong, never the user's consent.
 */
export class ClientConfigurationError extends DigiLockerError {}
/** `aadhaar_not_linked` / `aadhaar_not_available` (404 on `/3/xml/eaadhaar`, 400 or 500 on `/pull/pulldocument`). */
export class AadhaarNotLinkedError extends DigiLockerError {}
/** 404 `invalid_uri`, `invalid_id`, `record_not_found`. */
export class NotFoundError extends DigiLockerError {}
/** 403 `insufficient_scope`. */
export class InsufficientScopeError extends DigiLockerError {}
/** Any other 4xx answer (`invalid_request`, `uri_missing`, …). */
export class RequestRejectedError extends DigiLockerError {}
/**
 * Pull-document states: `uri_exists` (already in the locker), `pull_response_pending` (retryable later).
 * HTTP 400 in the Meri Pehchaan guide, 500 in the official OpenAPI spec: the code decides, not the status.
 */
export class PullDocumentStateError extends DigiLockerError {}
/** 5xx/530, connection failures, an open circuit or a full bulkhead: DigiLocker could not serve us. */
export class UpstreamUnavailableError extends DigiLockerError {
  static override retryableByDefault = true;
}
/** 429: DigiLocker asked us to slow down (see `retryAfterSeconds`). */
export class RateLimitedError extends UpstreamUnavailableError {}
/**
 * `repository_service_*`: DigiLocker answered, but the issuer's repository behind it did not. Does not
 * count against DigiLocker's circuit breaker (one issuer being down must not cut off every document).
 */
export class RepositoryUnavailableError extends UpstreamUnavailableError {}
/** The call's deadline passed before an answer arrived. */
export class UpstreamTimeoutError extends DigiLockerError {
  static override retryableByDefault = true;
}
/** The caller's own signal aborted the call (code `cancelled`). */
export class RequestCancelledError extends UpstreamTimeoutError {
  static override retryableByDefault = false;
}
/** An answer arrived but does not follow the wire contract (broken JSON, missing fields, too large). */
export class UpstreamProtocolError extends DigiLockerError {}
/** Downloaded bytes do not match their `hmac` header: damaged or tampered in transit. Nothing may be stored. */
export class IntegrityError extends DigiLockerError {}

type ErrorClass = new (
  code: string,
  message: string,
  status?: number,
  options?: DigiLockerErrorOptions,
) => DigiLockerError;

/** Every DigiLocker error code we know, to its class. Unknown codes fall back on the status. */
export const ERROR_CLASS_BY_CODE: Readonly<Record<string, ErrorClass>> = {
  invalid_grant: InvalidGrantError,
  invalid_token: InvalidTokenError,
  invalid_client: ClientConfigurationError,
  invalid_client_id: ClientConfigurationError,
  invalid_redirect_uri: ClientConfigurationError,
  invalid_grant_type: ClientConfigurationError,
  invalid_scope: ClientConfigurationError,
  unauthorized_client: ClientConfigurationError,
  invalid_request: RequestRejectedError,
  uri_missing: RequestRejectedError,
  invalid_parameter: RequestRejectedError,
  invalid_orgid: RequestRejectedError,
  invalid_doctype: RequestRejectedError,
  aadhaar_not_linked: AadhaarNotLinkedError,
  aadhaar_not_available: AadhaarNotLinkedError,
  invalid_uri: NotFoundError,
  invalid_id: NotFoundError,
  record_not_found: NotFoundError,
  insufficient_scope: InsufficientScopeError,
  uri_exists: PullDocumentStateError,
  pull_response_pending: PullDocumentStateError,
  unexpected_error: UpstreamUnavailableError,
  partner_service_unresponsive: UpstreamUnavailableError,
  repository_service_unresponsive: RepositoryUnavailableError,
  repository_service_configerror: RepositoryUnavailableError,
  repository_service_resperror: RepositoryUnavailableError,
  repository_service_exception: RepositoryUnavailableError,
  repository_service_inactive: RepositoryUnavailableError,
  repository_service_unpublished: RepositoryUnavailableError,
};

/**
 * Codes the official spec answers with HTTP 500 that are outcomes, not outages: classified by their
 * code, never as "unavailable", never retried, never counted against the circuit breaker.
 */
const OUTCOMES_ON_5XX = new Set([
  "pull_response_pending",
  "uri_exists",
  "aadhaar_not_linked",
  "aadhaar_not_available",
  "record_not_found",
  "invalid_orgid",
  "invalid_doctype",
  "invalid_client_id",
]);

const MAX_DESCRIPTION = 200;

/**
 * DigiLocker's descriptions are meant for humans, but we never let an echo of a token, code, URL or
 * document URI through: anything URL-like, long opaque runs, and `uri`-shaped values are redacted.
 */
export function redact(text: string): string {
  return text
    .replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, "[url]")
    .replace(/\b[a-z0-9.]+-[A-Z0-9]+-\S+/g, "[uri]")
    .replace(/[A-Za-z0-9_\-+/=.~]{20,}/g, "[redacted]")
    .replace(/\p{Cc}+/gu, " ")
    .slice(0, MAX_DESCRIPTION);
}

/** Seconds from a `Retry-After` header (delta-seconds or HTTP-date); undefined when absent or invalid. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Maps a non-2xx DigiLocker answer (`{error, error_description}`) to its typed error. A known `error`
 * code decides before the status: the official spec answers pull outcomes with HTTP 500 where the Meri
 * Pehchaan guide says 400, and a pull outcome is never "DigiLocker unavailable". Unknown codes fall
 * back on the status.
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  retryAfterSeconds?: number,
): DigiLockerError {
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const upstreamCode =
    typeof record.error === "string" && /^[a-z0-9_.-]{1,64}$/i.test(record.error) ? record.error : null;
  const code = upstreamCode ?? `http_${status}`;
  const description =
    typeof record.error_description === "string" && record.error_description.trim()
      ? redact(record.error_description.trim())
      : `DigiLocker answered ${status}`;
  const options: DigiLockerErrorOptions = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (status === 429) return new RateLimitedError(code, description, status, options);
  const known =
    upstreamCode && Object.hasOwn(ERROR_CLASS_BY_CODE, upstreamCode)
      ? ERROR_CLASS_BY_CODE[upstreamCode]
      : undefined;
  if (status >= 500 && !(upstreamCode && OUTCOMES_ON_5XX.has(upstreamCode))) {
    // Any other 5xx stays "unavailable", even with a 4xx code (a gateway's confusion is not a revoked consent).
    const ErrorClass =
      known && known.prototype instanceof UpstreamUnavailableError ? known : UpstreamUnavailableError;
    const off =
      upstreamCode === "repository_service_inactive" || upstreamCode === "repository_service_unpublished";
    return new ErrorClass(code, description, status, off ? { ...options, retryable: false } : options);
  }
  if (upstreamCode === "pull_response_pending")
    return new PullDocumentStateError(code, description, status, { ...options, retryable: true });
  if (known) return new known(code, description, status, options);
  if (status === 401) return new InvalidTokenError(code, description, status, options);
  if (status === 403) return new InsufficientScopeError(code, description, status, options);
  if (status === 404) return new NotFoundError(code, description, status, options);
  if (status >= 300 && status < 400)
    return new UpstreamProtocolError(code, `DigiLocker answered an unexpected redirect (${status})`, status);
  return new RequestRejectedError(code, description, status, options);
}

/** `repository_service_inactive|unpublished` (503): the issuer is switched off; asking again soon cannot help. */
export function isRepositoryOff(error: DigiLockerError): boolean {
  return (
    error instanceof RepositoryUnavailableError &&
    (error.code === "repository_service_inactive" || error.code === "repository_service_unpublished")
  );
}
