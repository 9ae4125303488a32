import i18n from "../i18n";

/**
 * What the page tells the user for each outcome the API can report: the return URL's `status`, and the
 * `extensions.code` of @lockerkit/client's LockerKitError. The words are in src/i18n/<lang>/common.json
 * under `problems.<CODE>`. Pure apart from the translation, so it is unit-tested.
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

/** Each code's kind and action; `message: true` shows the API's own message (written for the client). */
const BY_CODE: Record<string, { kind: ProblemKind; action: ProblemAction; message?: boolean }> = {
  CONSENT_PENDING: { kind: "pending", action: "restart" },
  CONSENT_DENIED: { kind: "denied", action: "restart" },
  CONSENT_EXPIRED: { kind: "expired", action: "restart" },
  REAUTH_REQUIRED: { kind: "reconsent", action: "restart" },
  UNAUTHENTICATED: { kind: "signed-out", action: "restart" },
  FORBIDDEN: { kind: "signed-out", action: "restart", message: true },
  AADHAAR_NOT_LINKED: { kind: "no-aadhaar", action: "none" },
  INTEGRITY_FAILED: { kind: "integrity", action: "retry" },
  UPSTREAM_TIMEOUT: { kind: "upstream", action: "retry" },
  UPSTREAM_UNAVAILABLE: { kind: "upstream", action: "retry" },
  UPSTREAM_MISCONFIGURED: { kind: "upstream", action: "none" },
  NETWORK_ERROR: { kind: "upstream", action: "retry" },
  CONFIG_UNAVAILABLE: { kind: "upstream", action: "retry" },
  RATE_LIMITED: { kind: "rate-limited", action: "retry" },
  BAD_USER_INPUT: { kind: "invalid-input", action: "fix-input", message: true },
  NOT_FOUND: { kind: "not-found", action: "none", message: true },
};

const t = (key: string, options: Record<string, unknown> = {}) => i18n.t(key, options) as string;

/** The problem to show for an error code (unknown codes are internal errors, never raw messages). */
export function problemFromError(error: {
  code?: string;
  message?: string;
  retryAfterSeconds?: number;
  requestId?: string;
}): Problem {
  const known = error.code ? BY_CODE[error.code] : undefined;
  if (!known || !error.code) {
    return {
      kind: "internal",
      title: t("problems.INTERNAL.title"),
      detail: error.requestId
        ? t("problems.INTERNAL.detailWithId", { requestId: error.requestId })
        : t("problems.INTERNAL.detail"),
      action: "retry",
    };
  }
  const title = t(`problems.${error.code}.title`);
  let detail: string;
  if (known.kind === "rate-limited") {
    detail = error.retryAfterSeconds
      ? t("problems.RATE_LIMITED.detailWait", { seconds: error.retryAfterSeconds })
      : t("problems.RATE_LIMITED.detail");
  } else if (known.message) {
    detail = sentence(error.message ?? title);
  } else {
    detail = t(`problems.${error.code}.detail`);
  }
  return { kind: known.kind, action: known.action, title, detail };
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
      return {
        kind: "expired",
        title: t("problems.return.expired.title"),
        detail: t("problems.return.expired.detail"),
        action: "restart",
      };
    case "failed":
      return {
        kind: "failed",
        title: t("problems.return.failed.title"),
        detail: resumed ? t("problems.return.failed.detailResumed") : t("problems.return.failed.detail"),
        action: "restart",
      };
    default:
      return {
        kind: "failed",
        title: t("problems.return.unexpected.title"),
        detail: t("problems.return.unexpected.detail"),
        action: "restart",
      };
  }
}

/** Codes that mean the session itself cannot be reopened (ended, purged, or not this tab's any more). */
const NOT_RESUMABLE = new Set(["BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN"]);

/**
 * Why a re-consent of this tab's session did not start. `fresh`: only a new consent helps, so the
 * caller starts over with this problem shown; otherwise the problem is passing and can be retried.
 */
export function resumeFailure(error: Parameters<typeof problemFromError>[0]): {
  fresh: boolean;
  problem: Problem;
} {
  if (error.code && NOT_RESUMABLE.has(error.code)) {
    return {
      fresh: true,
      problem: {
        kind: "not-resumable",
        title: t("problems.notResumable.title"),
        detail: t("problems.notResumable.detail"),
        action: "none",
      },
    };
  }
  return { fresh: false, problem: problemFromError(error) };
}

/** LockerKitError's code, with the demo's own config failure told apart. */
export function problemOf(error: unknown): Problem {
  const e = error as { code?: string; extensions?: Record<string, unknown> } | null;
  if (e?.extensions?.demo === "config") return problemFromError({ code: "CONFIG_UNAVAILABLE" });
  return problemFromError(
    e && typeof e.code === "string"
      ? (error as Parameters<typeof problemFromError>[0])
      : { code: "NETWORK_ERROR" },
  );
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const first = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
