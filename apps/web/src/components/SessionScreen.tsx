import type { LockerKitSession, Profile } from "@lockerkit/client";
import { useLockerKit } from "@lockerkit/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StartNotice } from "../App";
import { formatDate, formatDateTime } from "../lib/format";
import { type Problem, problemOf } from "../lib/problems";
import { useResume } from "../lib/useResume";
import { AadhaarSection } from "./AadhaarSection";
import { DocumentList } from "./DocumentList";
import { DocumentView } from "./DocumentView";
import { ExplorerLink } from "./ExplorerLink";
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
  /** The document open at `/session/documents/<id>`, or null for the list. */
  documentId: string | null;
  /** The API's GraphiQL (development only): offered with this session's token. */
  explorerUrl: string | null;
  onOpenDocument: (id: string | null) => void;
  onKycShown: () => void;
  onRestart: (notice?: StartNotice) => void;
}

export type ReportError = (error: unknown) => Problem;

/** Step 4: what the consent gave access to, read with the session token through @lockerkit/client. */
export function SessionScreen({
  token,
  resumed = false,
  documentId,
  explorerUrl,
  onOpenDocument,
  onKycShown,
  onRestart,
}: Props) {
  const { t } = useTranslation();
  const { client, session: held } = useLockerKit();
  const session: LockerKitSession = useMemo(
    () => (held?.token === token ? held : client.session(token)),
    [held, client, token],
  );
  const [me, setMe] = useState<Profile | null | undefined>(undefined);
  const [meProblem, setMeProblem] = useState<Problem | null>(null);
  const [sessionProblem, setSessionProblem] = useState<Problem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [ending, setEnding] = useState(false);
  const [endProblem, setEndProblem] = useState<Problem | null>(null);
  const [meAttempt, setMeAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmYes = useRef<HTMLButtonElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<string | null>(null);
  const resume = useResume(onRestart);

  /** Turns an error into a problem; session-wide ones (expired, re-consent, …) take over the page. */
  const report = useCallback<ReportError>((error) => {
    const problem = problemOf(error);
    if (SESSION_ENDING.has(problem.kind)) setSessionProblem((current) => current ?? problem);
    return problem;
  }, []);

  useEffect(() => {
    if (!documentId) heading.current?.focus();
    // Only on arrival: opening and closing a document manage focus themselves.
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    setMeProblem(null);
    session.me(abort.signal).then(
      (profile) => !abort.signal.aborted && setMe(profile),
      (error: unknown) => !abort.signal.aborted && setMeProblem(report(error)),
    );
    return () => abort.abort();
  }, [session, report, meAttempt]);

  useEffect(() => {
    if (confirming) confirmYes.current?.focus();
  }, [confirming]);

  async function endSession() {
    setEnding(true);
    setEndProblem(null);
    try {
      await session.end();
      onRestart({ message: t("session.ended") });
    } catch (error) {
      const problem = problemOf(error);
      // A session that is already over needs no ending: go back to the start.
      if (SESSION_ENDING.has(problem.kind)) onRestart({ problem });
      else setEndProblem(problem);
      setEnding(false);
      setConfirming(false);
    }
  }

  const openDoc = (id: string) => onOpenDocument(id);
  useEffect(() => {
    // Back where the user was in the list, once the list is shown again (also after the browser's Back
    // or Forward, which open and close documents by URL).
    if (documentId) opener.current = documentId;
    else if (opener.current) {
      const id = opener.current;
      opener.current = null;
      requestAnimationFrame(() =>
        document.querySelector<HTMLButtonElement>(`[data-doc-id="${CSS.escape(id)}"] button`)?.focus(),
      );
    }
  }, [documentId]);

  const active = !sessionProblem;

  return (
    <div className="session">
      <div className="session-head">
        <h1 id="session-h" ref={heading} tabIndex={-1}>
          {me?.name ? t("session.welcome", { name: me.name }) : t("session.yourDigiLocker")}
        </h1>
        {confirming ? (
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-end" data-testid="confirm-end">
            <p id="confirm-end">{t("session.confirmEnd")}</p>
            <div className="confirm-actions">
              <button
                type="button"
                ref={confirmYes}
                className="danger"
                onClick={endSession}
                disabled={ending}
                aria-busy={ending}
              >
                {ending ? t("session.ending") : t("session.confirmYes")}
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => endButton.current?.focus());
                }}
                disabled={ending}
              >
                {t("session.confirmNo")}
              </button>
            </div>
          </div>
        ) : (
          <>
            <button
              type="button"
              ref={endButton}
              className="danger"
              onClick={() => setConfirming(true)}
              aria-describedby="end-help"
              data-testid="end-session"
            >
              {t("session.end")}
            </button>
            <p id="end-help" className="muted end-help">
              {t("session.endHelp")}
            </p>
          </>
        )}
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
      {resume.problem ? (
        <ProblemNotice problem={resume.problem} onRetry={resume.resume} onRestart={resume.resume} compact />
      ) : null}
      {resumed && !sessionProblem ? (
        <p className="notice notice-ok" role="status" data-testid="resumed">
          {t("session.resumed")}
        </p>
      ) : null}

      {active ? (
        <>
          <section aria-labelledby="profile-h" className="card" hidden={documentId !== null}>
            <h2 id="profile-h">{t("session.profile")}</h2>
            {meProblem && !SESSION_ENDING.has(meProblem.kind) ? (
              <ProblemNotice problem={meProblem} onRetry={() => setMeAttempt((n) => n + 1)} compact />
            ) : me === undefined ? (
              <p role="status" className="loading">
                {t("session.loadingProfile")}
              </p>
            ) : me === null ? (
              <p>{t("session.noProfile")}</p>
            ) : (
              <dl className="facts" data-testid="profile">
                <div>
                  <dt>{t("session.name")}</dt>
                  <dd>{me.name ?? "—"}</dd>
                </div>
                <div>
                  <dt>{t("session.dateOfBirth")}</dt>
                  <dd>{formatDate(me.dateOfBirth)}</dd>
                </div>
                <div>
                  <dt>{t("session.gender")}</dt>
                  <dd>{me.gender ? t(`session.genders.${me.gender}`, { defaultValue: me.gender }) : "—"}</dd>
                </div>
                <div>
                  <dt>{t("session.eaadhaar")}</dt>
                  <dd>{me.eaadhaarAvailable ? t("session.available") : t("session.notAvailable")}</dd>
                </div>
                <div>
                  <dt>{t("session.sessionStatus")}</dt>
                  <dd>
                    <span className={`badge status-${me.sessionStatus.toLowerCase()}`}>
                      {t(`session.status.${me.sessionStatus}`)}
                    </span>
                  </dd>
                </div>
                <div>
                  <dt>{t("session.consentValidTill")}</dt>
                  <dd>{formatDateTime(me.consentValidTill)}</dd>
                </div>
              </dl>
            )}
            {explorerUrl ? <ExplorerLink url={explorerUrl} token={session.token} /> : null}
          </section>

          <div hidden={documentId !== null}>
            <AadhaarSection
              session={session}
              report={report}
              eaadhaarAvailable={me?.eaadhaarAvailable ?? null}
              onShown={onKycShown}
            />
            <KycReceipt session={session} report={report} />
          </div>

          <section aria-labelledby="docs-h" className="card" hidden={documentId !== null}>
            <h2 id="docs-h">{t("documents.heading")}</h2>
            <DocumentList session={session} report={report} onOpen={openDoc} />
          </section>
          {documentId ? (
            <DocumentView
              session={session}
              id={documentId}
              report={report}
              onClose={() => onOpenDocument(null)}
            />
          ) : null}

          <div hidden={documentId !== null}>
            <OfflineVerify session={session} report={report} />
          </div>
        </>
      ) : null}
    </div>
  );
}
