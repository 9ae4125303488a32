import {
  AadhaarNotLinkedError,
  ClientConfigurationError,
  type DigiLockerError,
  IntegrityError,
  InvalidGrantError,
  InvalidTokenError,
  NotFoundError,
  UpstreamTimeoutError,
} from "@lockerkit/core";
import { AppError, ErrorCode } from "./error-codes";

/** Maps the core client's typed errors to the catalogue; nothing upstream-specific leaks. */
export function fromUpstream(error: DigiLockerError): AppError {
  if (error instanceof UpstreamTimeoutError)
    return new AppError(ErrorCode.UPSTREAM_TIMEOUT, "DigiLocker did not answer in time");
  if (error instanceof InvalidGrantError || error instanceof InvalidTokenError) {
    return new AppError(
      ErrorCode.REAUTH_REQUIRED,
      "the DigiLocker consent is no longer valid; start a new consent",
    );
  }
  if (error instanceof AadhaarNotLinkedError)
    return new AppError(ErrorCode.AADHAAR_NOT_LINKED, "Aadhaar is not linked to this DigiLocker account");
  if (error instanceof NotFoundError)
    return new AppError(ErrorCode.NOT_FOUND, "DigiLocker has no such document");
  if (error instanceof IntegrityError) {
    if (error.code === "hmac_missing") {
      return new AppError(
        ErrorCode.INTEGRITY_FAILED,
        "DigiLocker sent no hmac header and DIGILOCKER_HMAC=require refuses such downloads; nothing was stored",
      );
    }
    return new AppError(
      ErrorCode.INTEGRITY_FAILED,
      "the document was damaged in transit; nothing was stored",
    );
  }
  // The partner's credentials or registration, never the user's consent: the session is untouched.
  if (error instanceof ClientConfigurationError) {
    return new AppError(
      ErrorCode.UPSTREAM_MISCONFIGURED,
      "DigiLocker refused this service's partner configuration; the operator has been alerted",
    );
  }
  return new AppError(ErrorCode.UPSTREAM_UNAVAILABLE, "DigiLocker is unavailable; try again later");
}
