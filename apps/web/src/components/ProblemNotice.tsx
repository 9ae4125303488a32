import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "../lib/problems";

interface Props {
  problem: Problem;
  onRetry?: () => void;
  onRestart?: () => void;
  /** Move focus to the notice when it appears (for problems that replace the whole screen). */
  focus?: boolean;
  compact?: boolean;
  /** The restart is under way (on its way to DigiLocker). */
  busy?: boolean;
}

/** One problem, in words, with the one action that helps: try again, or connect DigiLocker again. */
export function ProblemNotice({
  problem,
  onRetry,
  onRestart,
  focus = false,
  compact = false,
  busy = false,
}: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, problem]);
  const Heading = compact ? "h3" : "h2";
  return (
    <div
      ref={ref}
      className={`notice notice-${problem.kind}`}
      role="alert"
      tabIndex={-1}
      data-problem={problem.kind}
      aria-busy={busy}
    >
      <Heading className="notice-title">{problem.title}</Heading>
      <p>{problem.detail}</p>
      {problem.action === "retry" && onRetry ? (
        <button type="button" onClick={onRetry}>
          {t("notice.retry")}
        </button>
      ) : null}
      {problem.action === "restart" && onRestart ? (
        <button type="button" onClick={onRestart}>
          {busy ? t("notice.opening") : t("notice.reconnect")}
        </button>
      ) : null}
    </div>
  );
}
