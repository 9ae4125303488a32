import { useClaimOnReturn } from "@lockerkit/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StartNotice } from "../App";
import { problemFromReturnStatus, problemOf } from "../lib/problems";
import { sessionStore } from "../lib/storage";
import { useResume } from "../lib/useResume";
import { ProblemNotice } from "./ProblemNotice";

interface Props {
  params: URLSearchParams;
  onClaimed: (token: string, resumed: boolean) => void;
  onRestart: (notice?: StartNotice) => void;
}

/**
 * Step 3: DigiLocker came back through the API's callback. @lockerkit/react's useClaimOnReturn trades
 * the single-use code, with the claim verifier this tab kept, for a session token (once per code).
 */
export function ReturnScreen({ params, onClaimed, onRestart }: Props) {
  const { t } = useTranslation();
  const status = params.get("status");
  // Decided before the claim replaces the stored session: a re-consent of the session this tab holds.
  const [resumable] = useState(
    () =>
      params.get("session") !== null &&
      params.get("session") === sessionStore.sessionId() &&
      sessionStore.token() !== null,
  );
  const returned = useMemo(() => problemFromReturnStatus(status, resumable), [status, resumable]);
  const claim = useClaimOnReturn({ search: `?${params.toString()}` });
  const resume = useResume(onRestart);
  const heading = useRef<HTMLHeadingElement>(null);

  const problem = useMemo(() => {
    if (returned) return returned;
    if (claim.kind === "error") {
      const p = problemOf(claim.error);
      return p.kind === "invalid-input"
        ? { ...p, title: t("return.linkUsed"), action: "restart" as const }
        : p;
    }
    if (!params.get("code")) return problemFromReturnStatus(null);
    return null;
  }, [returned, claim, params, t]);

  useEffect(() => {
    if (claim.kind === "claimed") onClaimed(claim.session.token, resumable);
  }, [claim, onClaimed, resumable]);

  const initialProblem = useRef(problem !== null);
  useEffect(() => {
    // A problem notice takes focus itself (it holds the next action); otherwise the heading does.
    if (!initialProblem.current) heading.current?.focus();
  }, []);

  return (
    <section aria-labelledby="return-h" className="card">
      <h1 id="return-h" ref={heading} tabIndex={-1}>
        {problem ? t("return.back") : t("return.finishing")}
      </h1>
      {problem ? (
        <>
          <ProblemNotice
            problem={problem}
            onRestart={resumable && problem === returned ? resume.resume : () => onRestart()}
            busy={resume.busy}
            focus
          />
          {resume.problem ? (
            <ProblemNotice
              problem={resume.problem}
              onRetry={resume.resume}
              onRestart={resume.resume}
              compact
            />
          ) : null}
        </>
      ) : (
        <p role="status" className="loading">
          {t("return.claiming")}
        </p>
      )}
    </section>
  );
}
