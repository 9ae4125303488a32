/**
 * What the page tells the user for each outcome the API can report: the return URL's `status`, and the
 * `extensions.code` values of DESIGN.md's error catalogue. Pure, so it is unit-tested.
 */
export type ProblemKind =
  | "pending"
  | "denied"
  | "expired"
  | "reconsent"
  | "not-resumable"
  | "failed"
  | "upstream"
  | "rate-limited"
  | "signed-out"
  | "no-aadhaar"
  | "integrity"
  | "invalid-input"
  | "not-found"
  | "internal";

/** What the user can do next: start a new consent, try the same thing again, or fix the input. */
export type ProblemAction = "restart" | "retry" | "fix-input" | "none";

export interface Problem {
  kind: ProblemKind;
  title: string;
  detail: string;
  action: ProblemAction;
}

const BY_CODE: Record<string, Omit<Problem, "detail"> & { detail?: string }> = {
  CONSENT_PENDING: { kind: "pending", title: "Waiting for DigiLocker", detail: "The consent is not complete yet. Finish it in DigiLocker, or start again.", action: "restart" },
  CONSENT_DENIED: { kind: "denied", title: "Consent denied", detail: "You chose not to share your DigiLocker documents. Nothing was shared.", action: "restart" },
  CONSENT_EXPIRED: { kind: "expired", title: "Consent expired", detail: "This consent is no longer valid. Connect DigiLocker again to continue.", action: "restart" },
  REAUTH_REQUIRED: { kind: "reconsent", title: "DigiLocker needs your consent again", detail: "DigiLocker no longer accepts this consent. Connect DigiLocker again to continue.", action: "restart" },
  UNAUTHENTICATED: { kind: "signed-out", title: "Session not valid", detail: "This browser's session is no longer valid. Connect DigiLocker again.", action: "restart" },
  FORBIDDEN: { kind: "signed-out", title: "Not allowed", action: "restart" },
  AADHAAR_NOT_LINKED: { kind: "no-aadhaar", title: "No e-Aadhaar in this DigiLocker", detail: "This DigiLocker account has no Aadhaar linked. Use an offline e-KYC file or the Secure QR instead.", action: "none" },
  INTEGRITY_FAILED: { kind: "integrity", title: "The document arrived damaged", detail: "DigiLocker's checksum did not match, so nothing was stored. Try again.", action: "retry" },
  UPSTREAM_TIMEOUT: { kind: "upstream", title: "DigiLocker is taking too long", detail: "DigiLocker did not answer in time. Try again in a moment.", action: "retry" },
  UPSTREAM_UNAVAILABLE: { kind: "upstream", title: "DigiLocker is unavailable", detail: "DigiLocker is not answering right now. Try again in a moment.", action: "retry" },
  UPSTREAM_MISCONFIGURED: { kind: "upstream", title: "DigiLocker is not set up correctly", detail: "DigiLocker refused this service's partner configuration. The operator has been alerted; your consent is still valid.", action: "none" },
  NETWORK_ERROR: { kind: "upstream", title: "LockerKit cannot be reached", detail: "The LockerKit API did not answer. Check that it is running, then try again.", action: "retry" },
  CONFIG_UNAVAILABLE: { kind: "upstream", title: "LockerKit cannot be reached", detail: "The demo could not load its configuration from the API.", action: "retry" },
  RATE_LIMITED: { kind: "rate-limited", title: "Too many requests", action: "retry" },
  BAD_USER_INPUT: { kind: "invalid-input", title: "Check your input", action: "fix-input" },
  NOT_FOUND: { kind: "not-found", title: "Not found", action: "none" },
};

/** The problem to show for an error code (unknown codes are internal errors, never raw messages). */
export function problemFromError(error: { code?: string; message?: string; retryAfterSeconds?: number; requestId?: string }): Problem {
  const known = error.code ? BY_CODE[error.code] : undefined;
  if (!known) {
    return {
      kind: "internal",
      title: "Something went wrong",
      detail: error.requestId ? `LockerKit could not complete the request (request id ${error.requestId}).` : "LockerKit could not complete the request. Try again.",
      action: "retry",
    };
  }
  let detail = known.detail;
  if (known.kind === "rate-limited") {
    detail = error.retryAfterSeconds ? `Wait ${error.retryAfterSeconds} s, then try again.` : "Wait a moment, then try again.";
  } else if (!detail) {
    // BAD_USER_INPUT, NOT_FOUND and FORBIDDEN messages are written by the API for the client.
    detail = sentence(error.message ?? known.title);
  }
  return { ...known, detail };
}

/**
 * The problem a return URL's `status` reports, or null for `active`. `resumed`: the return is for a
 * re-consent of the session this tab holds, which DigiLocker only lets the same account continue.
 */
export function problemFromReturnStatus(status: string | null, resumed = false): Problem | null {
  switch (status) {
    case "active":
      return null;
    case "denied":
      return problemFromError({ code: "CONSENT_DENIED" });
    case "expired":
      return { kind: "expired", title: "The consent request expired", detail: "DigiLocker answered after the 10-minute window. Connect DigiLocker again.", action: "restart" };
    case "failed":
      return {
        kind: "failed",
        title: "DigiLocker could not complete the consent",
        detail: resumed
          ? "The consent did not go through, and your session was kept as it was. Connect DigiLocker again with the account this session was started with."
          : "The consent did not go through. Connect DigiLocker again.",
        action: "restart",
      };
    default:
      return { kind: "failed", title: "Unexpected return from DigiLocker", detail: "This page was opened without a consent result. Start from the beginning.", action: "restart" };
  }
}

/** Codes that mean the session itself cannot be reopened (ended, purged, or not this tab's any more). */
const NOT_RESUMABLE = new Set(["BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN"]);

/**
 * Why a re-consent of this tab's session did not start. `fresh`: only a new consent helps, so the
 * caller starts over with this problem shown; otherwise the problem is passing and can be retried.
 */
export function resumeFailure(error: Parameters<typeof problemFromError>[0]): { fresh: boolean; problem: Problem } {
  if (error.code && NOT_RESUMABLE.has(error.code)) {
    return {
      fresh: true,
      problem: {
        kind: "not-resumable",
        title: "Your previous session cannot be continued",
        detail: "It was ended or erased, so DigiLocker cannot be reconnected to it. Connect DigiLocker to start a new consent.",
        action: "none",
      },
    };
  }
  return { fresh: false, problem: problemFromError(error) };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const first = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
