import { useEffect, useMemo, useRef, useState } from "react";
import type { StartNotice } from "../App";
import { ApiError, execute } from "../api/client";
import { ClaimSessionDocument } from "../api/operations";
import type { ClaimSessionMutation } from "../gql/graphql";
import { type Problem, problemFromError, problemFromReturnStatus } from "../lib/problems";
import { sessionStore } from "../lib/storage";
import { useResume } from "../lib/useResume";
import { ProblemNotice } from "./ProblemNotice";

// The claim code is single use: one claim per code even when React runs effects twice (StrictMode).
// It redeems only with the verifier this tab kept from startConsent (a leaked return URL is useless).
const claims = new Map<string, Promise<ClaimSessionMutation>>();
function claimOnce(code: string): Promise<ClaimSessionMutation> {
  let claim = claims.get(code);
  if (!claim) {
    claim = execute(ClaimSessionDocument, { code, claimVerifier: sessionStore.claimVerifier() });
    claims.set(code, claim);
  }
  return claim;
}

interface Props {
  params: URLSearchParams;
  onClaimed: (sessionId: string, token: string) => void;
  onRestart: (notice?: StartNotice) => void;
}

/** Step 3: DigiLocker came back through the API's callback; trade the claim code for a session token. */
export function ReturnScreen({ params, onClaimed, onRestart }: Props) {
  const status = params.get("status");
  const code = params.get("code");
  // Back from a re-consent of the session this tab holds: "Connect DigiLocker again" continues it.
  const [resumable] = useState(() => params.get("session") !== null && params.get("session") === sessionStore.sessionId() && sessionStore.token() !== null);
  const returned = useMemo(() => problemFromReturnStatus(status, resumable), [status, resumable]);
  const resume = useResume(onRestart);
  const [problem, setProblem] = useState<Problem | null>(returned ?? (code ? null : problemFromReturnStatus(null)));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (returned || !code) return;
    let live = true;
    claimOnce(code).then(
      ({ claimSession }) => live && onClaimed(claimSession.session.id, claimSession.sessionToken),
      (error: unknown) => live && setProblem(problemFromError(error instanceof ApiError ? error : { code: "NETWORK_ERROR" })),
    );
    return () => {
      live = false;
    };
  }, [code, returned, onClaimed]);

  const initialProblem = useRef(problem !== null);
  useEffect(() => {
    // A problem notice takes focus itself (it holds the next action); otherwise the heading does.
    if (!initialProblem.current) heading.current?.focus();
  }, []);

  return (
    <section aria-labelledby="return-h" className="card">
      <h1 id="return-h" ref={heading} tabIndex={-1}>
        {problem ? "Back from DigiLocker" : "Finishing your DigiLocker consent"}
      </h1>
      {problem ? (
        <>
          <ProblemNotice
            problem={problem.kind === "invalid-input" ? { ...problem, title: "This consent link was already used or has expired", action: "restart" } : problem}
            onRestart={resumable && problem === returned ? resume.resume : () => onRestart()}
            busy={resume.busy}
            focus
          />
          {resume.problem ? <ProblemNotice problem={resume.problem} onRetry={resume.resume} onRestart={resume.resume} compact /> : null}
        </>
      ) : (
        <p role="status" className="loading">
          Claiming your session…
        </p>
      )}
    </section>
  );
}
