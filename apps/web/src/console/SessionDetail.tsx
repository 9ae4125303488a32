import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsoleMatchQuery, ConsoleSessionDataQuery } from "../gql/graphql";
import { consoleRequest } from "./api";
import { useFormat } from "./format";
import {
  ConsoleEndMutation,
  ConsoleMatchQuery as MatchQuery,
  ConsoleRefreshMutation,
  ConsoleSessionDataQuery as DataQuery,
  ConsoleSessionQuery,
} from "./operations";
import { SessionDocuments } from "./SessionDocuments";
import { Empty, Pending } from "./States";
import { useAsync } from "./useAsync";

type Data = NonNullable<ConsoleSessionDataQuery["consentSession"]>;
type Match = NonNullable<NonNullable<ConsoleMatchQuery["consentSession"]>["aadhaarKyc"]>["matchApplicant"];

/**
 * One session: its timeline from the audit trail, the KYC verdict, documents' metadata (contents only on
 * request, as the tenant policy allows), refresh and end.
 */
export function SessionDetail({
  secretKey,
  id,
  onBack,
}: {
  secretKey: string;
  id: string;
  onBack: () => void;
}) {
  const { t } = useTranslation("console");
  const f = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const [state, reload] = useAsync(
    () => consoleRequest(secretKey, ConsoleSessionQuery, { id }),
    [secretKey, id],
  );
  const [data, setData] = useState<{
    status: "idle" | "loading" | "ready" | "error";
    value?: Data;
    error?: string;
  }>({ status: "idle" });
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const session = state.status === "ready" ? state.data.consentSession : null;
  const active = session?.status === "ACTIVE";

  useEffect(() => heading.current?.focus(), []);
  // Documents and the e-Aadhaar are read (and stored on first read) only while the grant is active.
  useEffect(() => {
    if (!active) return;
    let live = true;
    setData({ status: "loading" });
    consoleRequest(secretKey, DataQuery, { id }).then(
      (r) => live && r.consentSession && setData({ status: "ready", value: r.consentSession }),
      (e: Error) => live && setData({ status: "error", error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [active, secretKey, id]);

  const act = async (kind: "refresh" | "end") => {
    setBusy(true);
    setNotice(null);
    try {
      if (kind === "refresh") await consoleRequest(secretKey, ConsoleRefreshMutation, { id });
      else await consoleRequest(secretKey, ConsoleEndMutation, { id });
      setNotice(t(kind === "refresh" ? "detail.refreshed" : "detail.ended"));
      setConfirming(false);
      await reload();
    } catch (e) {
      setNotice((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="detail-title" data-testid="session-detail">
      <button type="button" onClick={onBack}>
        ← {t("detail.back")}
      </button>
      <h2 id="detail-title" ref={heading} tabIndex={-1}>
        {t("detail.title")} <code>{id.slice(0, 8)}</code>
      </h2>
      <Pending state={state} />
      {state.status === "ready" && !session && <Empty>{t("detail.notFound")}</Empty>}
      {session && (
        <>
          <dl className="console-facts">
            <dt>{t("sessions.status")}</dt>
            <dd data-testid="detail-status">
              <span className={`pill pill-${session.status.toLowerCase()}`}>
                {t(`status.${session.status}`)}
              </span>
            </dd>
            <dt>{t("sessions.purpose")}</dt>
            <dd>{session.purpose}</dd>
            <dt>{t("sessions.created")}</dt>
            <dd>{f.dateTime(session.createdAt)}</dd>
            <dt>{t("sessions.granted")}</dt>
            <dd>{f.dateTime(session.grantedAt)}</dd>
            <dt>{t("detail.consentValidTill")}</dt>
            <dd>{f.dateTime(session.consentValidTill)}</dd>
            <dt>{t("detail.withdrawn")}</dt>
            <dd>{f.dateTime(session.withdrawnAt)}</dd>
            <dt>{t("detail.documentTypes")}</dt>
            <dd>{session.documentTypes.join(", ") || "—"}</dd>
          </dl>

          <div className="console-actions">
            <button
              type="button"
              disabled={busy || !["ACTIVE", "REAUTH_REQUIRED"].includes(session.status)}
              onClick={() => void act("refresh")}
            >
              {t("detail.refresh")}
            </button>
            {!confirming ? (
              <button
                type="button"
                className="danger"
                disabled={busy || session.status === "ENDED"}
                onClick={() => setConfirming(true)}
              >
                {t("detail.end")}
              </button>
            ) : (
              <span role="group" aria-label={t("detail.confirmEndLabel")} className="console-confirm">
                <span>{t("detail.confirmEnd")}</span>
                <button
                  type="button"
                  className="danger"
                  disabled={busy}
                  onClick={() => void act("end")}
                  autoFocus
                >
                  {t("detail.confirmEndButton")}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t("common.cancel")}
                </button>
              </span>
            )}
          </div>
          {notice && (
            <p role="status" className="console-notice">
              {notice}
            </p>
          )}

          <h3>{t("detail.timeline")}</h3>
          {session.auditTrail.length === 0 ? (
            <Empty>{t("detail.noEvents")}</Empty>
          ) : (
            <ol className="console-timeline" data-testid="timeline">
              {session.auditTrail.map((e) => (
                <li key={e.seq}>
                  <time dateTime={e.at}>{f.dateTime(e.at)}</time> <strong>{e.action}</strong>{" "}
                  <span className="pill">{e.outcome}</span>{" "}
                  <span className="muted">
                    {t("detail.by", { actor: e.actor })}
                    {e.requestId && (
                      <>
                        {" · "}
                        {t("detail.requestId")} <code>{e.requestId}</code>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ol>
          )}

          <h3>{t("detail.kyc")}</h3>
          {!active && data.status !== "ready" && <Empty>{t("detail.kycInactive")}</Empty>}
          {data.status === "loading" && (
            <p role="status" className="muted">
              {t("common.loading")}
            </p>
          )}
          {data.status === "error" && (
            <p role="alert" className="console-error">
              {data.error}
            </p>
          )}
          {data.value && (
            <KycVerdict data={data.value} secretKey={secretKey} id={id} onAudited={() => void reload()} />
          )}
        </>
      )}
    </section>
  );
}

function KycVerdict({
  data,
  secretKey,
  id,
  onAudited,
}: {
  data: Data;
  secretKey: string;
  id: string;
  onAudited: () => void;
}) {
  const { t } = useTranslation("console");
  const f = useFormat();
  const kyc = data.aadhaarKyc;
  const [applicant, setApplicant] = useState({ name: "", dob: "" });
  const [match, setMatch] = useState<Match | null>(null);
  const [matchError, setMatchError] = useState<string | null>(null);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setMatchError(null);
    try {
      const r = await consoleRequest(secretKey, MatchQuery, {
        id,
        name: applicant.name,
        dateOfBirth: applicant.dob || null,
      });
      setMatch(r.consentSession?.aadhaarKyc?.matchApplicant ?? null);
    } catch (e) {
      setMatchError((e as Error).message);
    }
  };

  return (
    <>
      {kyc ? (
        <dl className="console-facts" data-testid="kyc-verdict">
          <dt>{t("kyc.assurance")}</dt>
          <dd data-testid="kyc-assurance">{kyc.assurance}</dd>
          <dt>{t("kyc.signature")}</dt>
          <dd>
            {kyc.signature.verified
              ? t("kyc.verifiedBy", { signer: kyc.signature.signer ?? "?" })
              : t("kyc.notVerified", { reason: kyc.signature.reason ?? "" })}
          </dd>
          <dt>{t("kyc.trust")}</dt>
          <dd>{kyc.signature.trustedBy ?? "—"}</dd>
          <dt>{t("kyc.generated")}</dt>
          <dd>{f.dateTime(kyc.generatedAt)}</dd>
          <dt>{t("kyc.freshness")}</dt>
          <dd>
            {kyc.freshness.withinLimit ? t("kyc.fresh") : t("kyc.stale")} (
            {t("kyc.age", { age: kyc.freshness.ageSeconds ?? "?", limit: kyc.freshness.limitSeconds })})
          </dd>
          <dt>{t("kyc.masked")}</dt>
          <dd>{kyc.maskedAadhaar ?? "—"}</dd>
        </dl>
      ) : (
        <Empty>{t("kyc.none")}</Empty>
      )}
      {kyc && (
        <form className="console-filters" onSubmit={check} aria-labelledby="match-title">
          <h4 id="match-title">{t("kyc.matchTitle")}</h4>
          <label>
            {t("kyc.applicantName")}
            <input
              required
              value={applicant.name}
              onChange={(e) => setApplicant({ ...applicant, name: e.target.value })}
            />
          </label>
          <label>
            {t("kyc.applicantDob")}
            <input
              type="date"
              value={applicant.dob}
              onChange={(e) => setApplicant({ ...applicant, dob: e.target.value })}
            />
          </label>
          <button type="submit">{t("kyc.check")}</button>
          {match && (
            <p role="status" data-testid="match-result">
              {match.matches ? t("kyc.matches") : t("kyc.noMatch")} ·{" "}
              {t("kyc.nameScore", { score: match.nameScore.toFixed(2) })}
            </p>
          )}
          {matchError && (
            <p role="alert" className="console-error">
              {matchError}
            </p>
          )}
        </form>
      )}
      <h3>{t("detail.documents")}</h3>
      <SessionDocuments
        secretKey={secretKey}
        sessionId={id}
        documents={data.documents}
        onAudited={onAudited}
      />
    </>
  );
}
