import type { KycReceipt as Receipt, LockerKitSession } from "@lockerkit/client";
// The verifier's side, as a relying party runs it: @lockerkit/core's browser-safe receipts module (WebCrypto).
import { type KycReceiptVerification, verifyKycReceipt } from "@lockerkit/core/receipts";
import { useState } from "react";
import type { Problem } from "../lib/problems";
import { ProblemNotice } from "./ProblemNotice";
import type { ReportError } from "./SessionScreen";

const SHARED = ["name", "yearOfBirth"];
const JWKS_URL = "/.well-known/jwks.json";

interface Props {
  session: LockerKitSession;
  report: ReportError;
}

interface Shared {
  presentation: string;
  verdict: KycReceiptVerification;
}

function Verdict({ verdict, testId }: { verdict: KycReceiptVerification; testId: string }) {
  return verdict.valid ? (
    <span className="badge ok" data-testid={testId}>
      <span aria-hidden="true">✓ </span>Verified against {JWKS_URL} (key {verdict.kid})
    </span>
  ) : (
    <span className="badge bad" data-testid={testId}>
      <span aria-hidden="true">✕ </span>Not verified: {verdict.reason}
    </span>
  );
}

function Claims({ verdict }: { verdict: KycReceiptVerification }) {
  if (!verdict.valid) return null;
  const shown = verdict.disclosed
    .filter((path) => !path.includes("."))
    .map((name) => {
      const value = verdict.claims[name];
      return [
        name,
        name === "photo"
          ? "(photograph)"
          : typeof value === "object"
            ? Object.values(value as object).join(", ")
            : String(value),
      ] as const;
    });
  return (
    <dl className="kv">
      {shown.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The signed KYC receipt (SD-JWT VC) of the session's e-Aadhaar, checked here in the browser against the
 * published keys, and a presentation that shares only name and year of birth, verified the same way.
 */
export function KycReceipt({ session, report }: Props) {
  const [held, setHeld] = useState<{ receipt: Receipt; verdict: KycReceiptVerification } | null>(null);
  const [shared, setShared] = useState<Shared | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(report(error));
    } finally {
      setBusy(false);
    }
  }

  const issue = () =>
    run(async () => {
      const issued = await session.kycReceipt();
      setHeld({ receipt: issued, verdict: await verifyKycReceipt(issued.credential, { jwksUrl: JWKS_URL }) });
      setShared(null);
    });

  const share = () =>
    run(async () => {
      if (!held) return;
      // Holder side (@lockerkit/client): only these disclosures leave; the rest stay salted digests.
      const presentation = held.receipt.present(SHARED);
      setShared({ presentation, verdict: await verifyKycReceipt(presentation, { jwksUrl: JWKS_URL }) });
    });

  return (
    <section aria-labelledby="receipt-h" className="card" data-testid="kyc-receipt">
      <h2 id="receipt-h">KYC receipt</h2>
      <p>
        A signed record of the verified e-Aadhaar that anyone can check offline against LockerKit&apos;s
        published keys. You choose which fields a verifier sees; the others stay hidden behind salted digests.
      </p>
      {problem ? <ProblemNotice problem={problem} onRetry={held ? share : issue} compact /> : null}
      {held ? (
        <>
          <Verdict verdict={held.verdict} testId="receipt-verdict" />
          <p className="muted">
            Valid until {held.receipt.expiresAt ? new Date(held.receipt.expiresAt).toLocaleString() : "—"}
          </p>
          <Claims verdict={held.verdict} />
          <details>
            <summary>Receipt (SD-JWT VC)</summary>
            <textarea
              readOnly
              rows={4}
              value={held.receipt.credential}
              aria-label="KYC receipt"
              data-testid="receipt-credential"
            />
          </details>
          <button type="button" onClick={share} disabled={busy} aria-busy={busy}>
            Share only name + year of birth
          </button>
          {shared ? (
            <div role="status" data-testid="receipt-presentation">
              <h3>What the verifier sees</h3>
              <Verdict verdict={shared.verdict} testId="presentation-verdict" />
              <Claims verdict={shared.verdict} />
              <details>
                <summary>Presentation</summary>
                <textarea readOnly rows={4} value={shared.presentation} aria-label="Presentation" />
              </details>
            </div>
          ) : null}
        </>
      ) : (
        <button type="button" onClick={issue} disabled={busy} aria-busy={busy}>
          {busy ? "Signing…" : "Get a signed KYC receipt"}
        </button>
      )}
    </section>
  );
}
