import { useCallback, useEffect, useRef, useState } from "react";
import type { StartNotice } from "../App";
import { ApiError, execute } from "../api/client";
import { EndSessionDocument, MeDocument } from "../api/operations";
import type { MeQuery } from "../gql/graphql";
import { formatDate, formatDateTime, genderLabel } from "../lib/format";
import { type Problem, problemFromError } from "../lib/problems";
import { useResume } from "../lib/useResume";
import { DocumentList } from "./DocumentList";
import { DocumentView } from "./DocumentView";
import { AadhaarSection } from "./AadhaarSection";
import { KycReceipt } from "./KycReceipt";
import { OfflineVerify } from "./OfflineVerify";
import { ProblemNotice } from "./ProblemNotice";

/** Problems that end what this session can do: the page stops reading and offers a new consent. */
const SESSION_ENDING = new Set(["denied", "expired", "reconsent", "signed-out", "pending", "failed"]);
/** Of those, the ones a re-consent on this same session fixes: it keeps its id, documents and KYC. */
const RESUMABLE = new Set(["reconsent", "expired", "pending", "denied"]);

interface Props {
  token: string;
  /** Just back from a re-consent of this same session. */
  resumed?: boolean;
  onRestart: (notice?: StartNotice) => void;
}

export type ReportError = (error: unknown) => Problem;

/** Step 4: what the consent gave access to, read with the session token. */
export function SessionScreen({ token, resumed = false, onRestart }: Props) {
  const [me, setMe] = useState<MeQuery["me"] | undefined>(undefined);
  const [meProblem, setMeProblem] = useState<Problem | null>(null);
  const [sessionProblem, setSessionProblem] = useState<Problem | null>(null);
  const [openDocument, setOpenDocument] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
  const [endProblem, setEndProblem] = useState<Problem | null>(null);
  const [meAttempt, setMeAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const resume = useResume(onRestart);

  /** Turns an error into a problem; session-wide ones (expired, re-consent, …) take over the page. */
  const report = useCallback<ReportError>((error) => {
    const problem = problemFromError(error instanceof ApiError ? error : { code: "NETWORK_ERROR" });
    if (SESSION_ENDING.has(problem.kind)) setSessionProblem((current) => current ?? problem);
    return problem;
  }, []);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    setMeProblem(null);
    execute(MeDocument, {}, { token }).then(
      (data) => live && setMe(data.me),
      (error: unknown) => live && setMeProblem(report(error)),
    );
    return () => {
      live = false;
    };
  }, [token, report, meAttempt]);

  async function endSession() {
    setEnding(true);
    setEndProblem(null);
    try {
      await execute(EndSessionDocument, {}, { token });
      onRestart({ message: "Session ended. LockerKit revoked its DigiLocker access and erased this session's personal data." });
    } catch (error) {
      const problem = problemFromError(error instanceof ApiError ? error : { code: "NETWORK_ERROR" });
      // A session that is already over needs no ending: go back to the start.
      if (SESSION_ENDING.has(problem.kind)) onRestart({ problem });
      else setEndProblem(problem);
      setEnding(false);
    }
  }

  const openDoc = (id: string, from: HTMLElement) => {
    opener.current = from;
    setOpenDocument(id);
  };
  const refocusOpener = useRef(false);
  const closeDoc = () => {
    refocusOpener.current = true;
    setOpenDocument(null);
  };
  useEffect(() => {
    // Back where the user was in the list, once the list is shown again.
    if (openDocument === null && refocusOpener.current) {
      refocusOpener.current = false;
      opener.current?.focus();
    }
  }, [openDocument]);

  const active = !sessionProblem;

  return (
    <div className="session">
      <div className="session-head">
        <h1 id="session-h" ref={heading} tabIndex={-1}>
          {me?.name ? `Welcome, ${me.name}` : "Your DigiLocker"}
        </h1>
        <button type="button" className="danger" onClick={endSession} disabled={ending} aria-describedby="end-help">
          {ending ? "Ending session…" : "End session"}
        </button>
        <p id="end-help" className="muted end-help">
          Revokes access at DigiLocker and erases what LockerKit stored for this session.
        </p>
      </div>
      {endProblem ? <ProblemNotice problem={endProblem} onRetry={endSession} compact /> : null}
      {sessionProblem ? (
        <ProblemNotice
          problem={sessionProblem}
          onRestart={RESUMABLE.has(sessionProblem.kind) ? resume.resume : () => onRestart()}
          busy={resume.busy}
          focus
        />
      ) : null}
      {resume.problem ? <ProblemNotice problem={resume.problem} onRetry={resume.resume} onRestart={resume.resume} compact /> : null}
      {resumed && !sessionProblem ? (
        <p className="notice notice-ok" role="status" data-testid="resumed">
          DigiLocker access renewed. This is the same session: its documents and KYC were kept.
        </p>
      ) : null}

      {active ? (
        <>
          <section aria-labelledby="profile-h" className="card">
            <h2 id="profile-h">Profile</h2>
            {meProblem && !SESSION_ENDING.has(meProblem.kind) ? (
              <ProblemNotice problem={meProblem} onRetry={() => setMeAttempt((n) => n + 1)} compact />
            ) : me === undefined ? (
              <p role="status" className="loading">
                Loading profile…
              </p>
            ) : me === null ? (
              <p>DigiLocker shared no profile for this session.</p>
            ) : (
              <dl className="facts" data-testid="profile">
                <div>
                  <dt>Name</dt>
                  <dd>{me.name ?? "—"}</dd>
                </div>
                <div>
                  <dt>Date of birth</dt>
                  <dd>{formatDate(me.dateOfBirth)}</dd>
                </div>
                <div>
                  <dt>Gender</dt>
                  <dd>{genderLabel(me.gender)}</dd>
                </div>
                <div>
                  <dt>e-Aadhaar in DigiLocker</dt>
                  <dd>{me.eaadhaarAvailable ? "Available" : "Not available"}</dd>
                </div>
                <div>
                  <dt>Session</dt>
                  <dd>
                    <span className={`badge status-${me.sessionStatus.toLowerCase()}`}>{me.sessionStatus.replace("_", " ").toLowerCase()}</span>
                  </dd>
                </div>
                <div>
                  <dt>Consent valid till</dt>
                  <dd>{formatDateTime(me.consentValidTill)}</dd>
                </div>
              </dl>
            )}
          </section>

          <AadhaarSection token={token} report={report} eaadhaarAvailable={me?.eaadhaarAvailable ?? null} />
          <KycReceipt token={token} report={report} />

          <section aria-labelledby="docs-h" className="card" hidden={openDocument !== null}>
            <h2 id="docs-h">Issued documents</h2>
            <DocumentList token={token} report={report} onOpen={openDoc} />
          </section>
          {openDocument ? <DocumentView token={token} id={openDocument} report={report} onClose={closeDoc} /> : null}

          <OfflineVerify token={token} report={report} />
        </>
      ) : null}
    </div>
  );
}
