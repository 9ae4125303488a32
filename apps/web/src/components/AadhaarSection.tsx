import { useRef, useState } from "react";
import { execute } from "../api/client";
import { AadhaarKycDocument } from "../api/operations";
import type { KycCardFragment } from "../gql/graphql";
import type { Problem } from "../lib/problems";
import { useFocusAfterRender } from "../lib/useFocusAfterRender";
import type { ReportError } from "./SessionScreen";
import { KycCard } from "./KycCard";
import { ProblemNotice } from "./ProblemNotice";

interface Props {
  token: string;
  report: ReportError;
  eaadhaarAvailable: boolean | null;
}

/** The signature-verified e-Aadhaar, fetched from DigiLocker on request (it is an upstream call). */
export function AadhaarSection({ token, report, eaadhaarAvailable }: Props) {
  const [kyc, setKyc] = useState<KycCardFragment | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [empty, setEmpty] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  const focusResult = useFocusAfterRender(result);

  async function load() {
    setLoading(true);
    setProblem(null);
    try {
      const { aadhaarKyc } = await execute(AadhaarKycDocument, {}, { token });
      setKyc(aadhaarKyc);
      setEmpty(!aadhaarKyc);
      focusResult();
    } catch (error) {
      setProblem(report(error));
    } finally {
      setLoading(false);
    }
  }

  return (
    <section aria-labelledby="kyc-h" className="card">
      <h2 id="kyc-h">Aadhaar KYC</h2>
      {kyc ? (
        <div ref={result} tabIndex={-1} className="focus-target">
          <KycCard kyc={kyc} label="Aadhaar KYC from DigiLocker" />
        </div>
      ) : (
        <>
          <p>
            Fetch the e-Aadhaar from DigiLocker. LockerKit verifies its digital signature against pinned certificates before showing it.
            {eaadhaarAvailable === false ? " DigiLocker reports no e-Aadhaar for this account." : ""}
          </p>
          {empty ? <p role="status">DigiLocker returned no e-Aadhaar.</p> : null}
          {problem ? <ProblemNotice problem={problem} onRetry={load} compact /> : null}
          <button type="button" onClick={load} disabled={loading} aria-busy={loading}>
            {loading ? "Fetching e-Aadhaar…" : "Show Aadhaar KYC"}
          </button>
        </>
      )}
    </section>
  );
}
