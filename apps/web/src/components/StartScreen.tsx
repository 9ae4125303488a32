import { type ConsentFlow, type ConsentPurpose, LockerKit } from "@lockerkit/client";
import { consentStorage, useLockerKit } from "@lockerkit/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StartNotice } from "../App";
import type { DemoConfig } from "../api/config";
import { type Problem, problemOf } from "../lib/problems";
import { sessionStore } from "../lib/storage";
import { ProblemNotice } from "./ProblemNotice";

const PURPOSES: ConsentPurpose[] = ["KYC", "VERIFICATION", "COMPLIANCE", "AVAILING_SERVICES", "EDUCATIONAL"];
const DOCUMENT_TYPES = ["ADHAR", "PANCR", "DRVLC", "SSCER", "INSPL"];
const VALIDITY = [3600, 86400, 30 * 86400];

interface Props {
  config: DemoConfig;
  notice?: StartNotice;
}

/** Step 1: what to ask for, then "Connect DigiLocker" sends the browser to DigiLocker's own screens. */
export function StartScreen({ config, notice: initialNotice }: Props) {
  const { t } = useTranslation();
  const { client } = useLockerKit();
  const [purpose, setPurpose] = useState<ConsentPurpose>("KYC");
  const [doctypes, setDoctypes] = useState<string[]>(["ADHAR", "PANCR"]);
  const [flow, setFlow] = useState<ConsentFlow>("SIGNIN");
  const [validFor, setValidFor] = useState(86400);
  const [key, setKey] = useState(config.publishableKey ?? "");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [pending, setPending] = useState(() => sessionStore.pending());
  // How the last journey ended; once a new consent starts it is old news (Back shows "not finished").
  const [notice, setNotice] = useState(initialNotice);

  useEffect(() => {
    heading.current?.focus();
    // Back from DigiLocker with the browser's Back button: the page may come back from the
    // back/forward cache as it was left ("Opening DigiLocker…"), so bring it up to date.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      setBusy(false);
      setPending(sessionStore.pending());
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);

  const toggle = (doctype: string, on: boolean) =>
    setDoctypes((current) => (on ? [...current, doctype] : current.filter((d) => d !== doctype)));

  async function connect(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const request = { purpose, documentTypes: doctypes, flow, consentValidFor: validFor };
    try {
      // The demo tenant's key, or one pasted into the form.
      const lk =
        key.trim() === config.publishableKey
          ? client
          : new LockerKit({ url: config.graphqlUrl, key: key.trim() });
      const started = await lk.startConsent({
        ...request,
        idempotencyKey: crypto.randomUUID(),
        returnUrl: `${window.location.origin}/return`,
      });
      // What @lockerkit/react's useClaimOnReturn reads on the return page (never in a URL).
      consentStorage.set({
        pendingSessionId: started.sessionId,
        claimVerifier: started.claimVerifier,
        statusToken: started.statusToken,
      });
      sessionStore.setRequest(request);
      setNotice(undefined);
      window.location.assign(started.authorizationUrl);
    } catch (error) {
      setBusy(false);
      setProblem(problemOf(error));
    }
  }

  return (
    <section aria-labelledby="start-h" className="card start">
      <h1 id="start-h" ref={heading} tabIndex={-1}>
        {t("start.heading")}
      </h1>
      {notice && "message" in notice ? (
        <p className="notice notice-ok" role="status">
          {notice.message}
        </p>
      ) : null}
      {notice && "problem" in notice ? <ProblemNotice problem={notice.problem} /> : null}
      {pending && !notice ? (
        <div className="notice notice-pending" role="status" data-problem="pending">
          <h2 className="notice-title">{t("start.pendingTitle")}</h2>
          <p>{t("start.pendingDetail")}</p>
        </div>
      ) : null}
      <p>{t("start.intro")}</p>
      <form onSubmit={connect} aria-busy={busy}>
        <label htmlFor="purpose">{t("start.purpose")}</label>
        <select id="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as ConsentPurpose)}>
          {PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`start.purposes.${p}`)}
            </option>
          ))}
        </select>

        <fieldset>
          <legend>{t("start.documents")}</legend>
          <div className="checks">
            {DOCUMENT_TYPES.map((d) => (
              <label key={d} className="check">
                <input
                  type="checkbox"
                  checked={doctypes.includes(d)}
                  onChange={(e) => toggle(d, e.target.checked)}
                />
                {t(`start.doctypes.${d}`)} <span className="muted">({d})</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{t("start.account")}</legend>
          <div className="checks">
            <label className="check">
              <input
                type="radio"
                name="flow"
                value="SIGNIN"
                checked={flow === "SIGNIN"}
                onChange={() => setFlow("SIGNIN")}
              />
              {t("start.signin")}
            </label>
            <label className="check">
              <input
                type="radio"
                name="flow"
                value="SIGNUP"
                checked={flow === "SIGNUP"}
                onChange={() => setFlow("SIGNUP")}
              />
              {t("start.signup")}
            </label>
          </div>
        </fieldset>

        <label htmlFor="valid-for">{t("start.keepFor")}</label>
        <select id="valid-for" value={validFor} onChange={(e) => setValidFor(Number(e.target.value))}>
          {VALIDITY.map((v) => (
            <option key={v} value={v}>
              {t(`start.validity.${v}`)}
            </option>
          ))}
        </select>

        <details className="advanced" open={!config.publishableKey}>
          <summary>{t("start.tenantKey")}</summary>
          <label htmlFor="publishable-key">{t("start.publishableKey")}</label>
          <input
            id="publishable-key"
            type="text"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            spellCheck={false}
            autoComplete="off"
            placeholder="lk_pk_…"
            aria-describedby="publishable-key-help"
          />
          <p id="publishable-key-help" className="muted">
            {config.publishableKey ? t("start.keyHelpDemo") : t("start.keyHelpNone")}
          </p>
        </details>

        {problem ? <ProblemNotice problem={problem} compact /> : null}
        <button type="submit" className="primary" disabled={busy || !key.trim()}>
          {busy ? t("start.opening") : t("start.connect")}
        </button>
      </form>
    </section>
  );
}
