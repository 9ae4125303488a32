/**
 * One error hierarchy for everything DigiLocker can answer. Callers switch on the class (or `code`)
 * and never parse upstream text. Descriptions come from DigiLocker and carry no tokens or codes.
 */
export class DigiLockerError extends Error {
  constructor(
    /** DigiLocker's `error` code, or a LockerKit code for transport failures. */
    readonly code: string,
    message: string,
    /** HTTP status DigiLocker answered with; undefined when no answer arrived. */
    readonly status?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400 `invalid_grant`: a code or refresh token that is used, expired, revoked or mismatched. */
export class InvalidGrantError extends DigiLockerError {}
/** 401 `invalid_token`: access token expired or the user revoked consent in DigiLocker. */
export class InvalidTokenError extends DigiLockerError {}
/** `invalid_client`, `invalid_redirect_uri` and the like: our configuration is wrong, not the user. */
export class ClientConfigurationError extends DigiLockerError {}
/** 404 `aadhaar_not_linked` / `aadhaar_not_available`. */
export class AadhaarNotLinkedError extends DigiLockerError {}
/** 404 `invalid_uri`, `invalid_id`, `record_not_found`. */
export class NotFoundError extends DigiLockerError {}
/** 403 `insufficient_scope`. */
export class InsufficientScopeError extends DigiLockerError {}
/** Any other 4xx answer. */
export class RequestRejectedError extends DigiLockerError {}
/** 5xx/530, 429, connection failures, or an open circuit: DigiLocker could not serve us. */
export class UpstreamUnavailableError extends DigiLockerError {}
/** The call's deadline passed before an answer arrived. */
export class UpstreamTimeoutError extends DigiLockerError {}
/** An answer arrived but does not follow the wire contract (broken JSON, missing fields). */
export class UpstreamProtocolError extends DigiLockerError {}
/** Downloaded bytes do not match their `hmac` header: damaged or tampered in transit. */
export class IntegrityError extends DigiLockerError {}

const byCode: Record<string, new (code: string, message: string, status?: number) => DigiLockerError> = {
  invalid_grant: InvalidGrantError,
  invalid_token: InvalidTokenError,
  invalid_client: ClientConfigurationError,
  invalid_redirect_uri: ClientConfigurationError,
  invalid_grant_type: ClientConfigurationError,
  invalid_scope: ClientConfigurationError,
  aadhaar_not_linked: AadhaarNotLinkedError,
  aadhaar_not_available: AadhaarNotLinkedError,
  invalid_uri: NotFoundError,
  invalid_id: NotFoundError,
  record_not_found: NotFoundError,
  insufficient_scope: InsufficientScopeError,
};

/** Maps a non-2xx DigiLocker answer (`{error, error_description}`) to its typed error. */
export function errorFromResponse(status: number, body: unknown): DigiLockerError {
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof record.error === "string" && record.error ? record.error : `http_${status}`;
  const description =
    typeof record.error_description === "string" && record.error_description
      ? record.error_description
      : `DigiLocker answered ${status}`;
  if (status >= 500 || status === 429) return new UpstreamUnavailableError(code, description, status);
  const ErrorClass = byCode[code] ?? RequestRejectedError;
  return new ErrorClass(code, description, status);
}
