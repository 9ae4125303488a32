import type { AadhaarKyc, LockerKitSession } from "@lockerkit/client";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "../lib/problems";
import { useFocusAfterRender } from "../lib/useFocusAfterRender";
import { KycCard } from "./KycCard";
import { ProblemNotice } from "./ProblemNotice";
import type { ReportError } from "./SessionScreen";

interface Props {
  session: LockerKitSession;
  report: ReportError;
  eaadhaarAvailable: boolean | null;
  onShown?: () => void;
}

/** The signature-verified e-Aadhaar, fetched from DigiLocker on request (it is an upstream call). */
export function AadhaarSection({ session, report, eaadhaarAvailable, onShown }: Props) {
  const { t } = useTranslation();
  const [kyc, setKyc] = useState<AadhaarKyc | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [empty, setEmpty] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  const focusResult = useFocusAfterRender(result);

  async function load() {
    setLoading(true);
    setProblem(null);
    try {
      const aadhaarKyc = await session.aadhaarKyc();
      setKyc(aadhaarKyc);
      setEmpty(!aadhaarKyc);
      if (aadhaarKyc) onShown?.();
      focusResult();
    } catch (error) {
      setProblem(report(error));
    } finally {
      setLoading(false);
    }
  }

  return (
    <section aria-labelledby="kyc-h" className="card">
      <h2 id="kyc-h">{t("kyc.heading")}</h2>
      {kyc ? (
        <div ref={result} tabIndex={-1} className="focus-target">
          <KycCard kyc={kyc} label={t("kyc.cardLabel")} session={session} />
        </div>
      ) : (
        <>
          <p>
            {t("kyc.intro")}
            {eaadhaarAvailable === false ? t("kyc.noEaadhaar") : ""}
          </p>
          {empty ? <p role="status">{t("kyc.empty")}</p> : null}
          {problem ? <ProblemNotice problem={problem} onRetry={load} compact /> : null}
          <button type="button" onClick={load} disabled={loading} aria-busy={loading}>
            {loading ? t("kyc.fetching") : t("kyc.show")}
          </button>
        </>
      )}
    </section>
  );
}
