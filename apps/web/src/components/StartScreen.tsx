import { type FormEvent, useEffect, useRef, useState } from "react";
import type { StartNotice } from "../App";
import { ApiError, type DemoConfig } from "../api/client";
import { openDigiLocker } from "../api/consent";
import type { ConsentFlow, ConsentPurpose } from "../gql/graphql";
import { type Problem, problemFromError } from "../lib/problems";
import { sessionStore } from "../lib/storage";
import { ProblemNotice } from "./ProblemNotice";

const PURPOSES: Array<{ value: ConsentPurpose; label: string }> = [
  { value: "KYC", label: "Know your customer (KYC)" },
  { value: "VERIFICATION", label: "Verification" },
  { value: "COMPLIANCE", label: "Compliance" },
  { value: "AVAILING_SERVICES", label: "Availing services" },
  { value: "EDUCATIONAL", label: "Educational" },
];

const DOCUMENT_TYPES: Array<{ doctype: string; label: string }> = [
  { doctype: "ADHAR", label: "Aadhaar" },
  { doctype: "PANCR", label: "PAN card" },
  { doctype: "DRVLC", label: "Driving licence" },
  { doctype: "SSCER", label: "Class X marksheet" },
  { doctype: "INSPL", label: "Insurance policy" },
];

const VALIDITY: Array<{ seconds: number; label: string }> = [
  { seconds: 3600, label: "1 hour" },
  { seconds: 86400, label: "1 day" },
  { seconds: 30 * 86400, label: "30 days" },
];

interface Props {
  config: DemoConfig;
  notice?: StartNotice;
}

/** Step 1: what to ask for, then "Connect DigiLocker" sends the browser to DigiLocker's own screens. */
export function StartScreen({ config, notice: initialNotice }: Props) {
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
      await openDigiLocker({ ...request, idempotencyKey: crypto.randomUUID() }, key.trim(), () => {
        sessionStore.setRequest(request);
        setNotice(undefined);
      });
    } catch (error) {
      setBusy(false);
      setProblem(problemFromError(error instanceof ApiError ? error : { code: "NETWORK_ERROR" }));
    }
  }

  return (
    <section aria-labelledby="start-h" className="card start">
      <h1 id="start-h" ref={heading} tabIndex={-1}>
        Verify your identity with DigiLocker
      </h1>
      {notice && "message" in notice ? (
        <p className="notice notice-ok" role="status">
          {notice.message}
        </p>
      ) : null}
      {notice && "problem" in notice ? <ProblemNotice problem={notice.problem} /> : null}
      {pending && !notice ? (
        <div className="notice notice-pending" role="status" data-problem="pending">
          <h2 className="notice-title">Consent not finished</h2>
          <p>A DigiLocker consent was started in this tab and has not come back yet. Connect again to start over.</p>
        </div>
      ) : null}
      <p>
        LockerKit asks DigiLocker for your consent, then reads your profile, your issued documents and a
        signature-verified e-Aadhaar. You sign in on DigiLocker&apos;s own pages; this site never sees your PIN.
      </p>
      <form onSubmit={connect} aria-busy={busy}>
        <label htmlFor="purpose">Purpose shown in DigiLocker</label>
        <select id="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as ConsentPurpose)}>
          {PURPOSES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>

        <fieldset>
          <legend>Documents to request</legend>
          <div className="checks">
            {DOCUMENT_TYPES.map((d) => (
              <label key={d.doctype} className="check">
                <input type="checkbox" checked={doctypes.includes(d.doctype)} onChange={(e) => toggle(d.doctype, e.target.checked)} />
                {d.label} <span className="muted">({d.doctype})</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>DigiLocker account</legend>
          <div className="checks">
            <label className="check">
              <input type="radio" name="flow" value="SIGNIN" checked={flow === "SIGNIN"} onChange={() => setFlow("SIGNIN")} />I have a DigiLocker
              account (sign in)
            </label>
            <label className="check">
              <input type="radio" name="flow" value="SIGNUP" checked={flow === "SIGNUP"} onChange={() => setFlow("SIGNUP")} />
              I am new to DigiLocker (sign up)
            </label>
          </div>
        </fieldset>

        <label htmlFor="valid-for">Keep access for</label>
        <select id="valid-for" value={validFor} onChange={(e) => setValidFor(Number(e.target.value))}>
          {VALIDITY.map((v) => (
            <option key={v.seconds} value={v.seconds}>
              {v.label}
            </option>
          ))}
        </select>

        <details className="advanced" open={!config.publishableKey}>
          <summary>Tenant key</summary>
          <label htmlFor="publishable-key">Publishable key</label>
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
            {config.publishableKey
              ? "The demo tenant's key, from the API's /demo-config.json."
              : "This API has no demo tenant: paste a publishable key from `npm run tenant -- create`."}
          </p>
        </details>

        {problem ? <ProblemNotice problem={problem} compact /> : null}
        <button type="submit" className="primary" disabled={busy || !key.trim()}>
          {busy ? "Opening DigiLocker…" : "Connect DigiLocker"}
        </button>
      </form>
    </section>
  );
}
