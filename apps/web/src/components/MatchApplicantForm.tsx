import type { ApplicantMatch, LockerKitSession } from "@lockerkit/client";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Problem, problemOf } from "../lib/problems";
import { ProblemNotice } from "./ProblemNotice";

/** `matchApplicant(name, dateOfBirth)` on the session's e-Aadhaar: what an applicant said against the record. */
export function MatchApplicantForm({ session }: { session: LockerKitSession }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [dateOfBirth, setDateOfBirth] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ApplicantMatch | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      setResult(await session.matchApplicant(name.trim(), dateOfBirth || null));
    } catch (error) {
      setResult(null);
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="match-form" onSubmit={submit} aria-labelledby="match-h" aria-busy={busy}>
      <h3 id="match-h">{t("kyc.match.heading")}</h3>
      <p className="muted">{t("kyc.match.help")}</p>
      <div className="match-fields">
        <div>
          <label htmlFor="match-name">{t("kyc.match.name")}</label>
          <input
            id="match-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            autoComplete="off"
          />
        </div>
        <div>
          <label htmlFor="match-dob">{t("kyc.match.dateOfBirth")}</label>
          <input
            id="match-dob"
            type="date"
            value={dateOfBirth}
            onChange={(e) => setDateOfBirth(e.target.value)}
          />
        </div>
        <button type="submit" disabled={busy || !name.trim()}>
          {busy ? t("kyc.match.checking") : t("kyc.match.submit")}
        </button>
      </div>
      {problem ? <ProblemNotice problem={problem} compact /> : null}
      <div role="status" aria-live="polite">
        {result ? (
          <p
            className={`notice ${result.matches ? "notice-ok" : "notice-failed"}`}
            data-testid="match-result"
            data-matches={result.matches}
          >
            <strong>{result.matches ? t("kyc.match.matches") : t("kyc.match.noMatch")}</strong>
            {" · "}
            {t("kyc.match.nameScore", { score: Math.round(result.nameScore * 100) })}
            {" · "}
            {result.dateOfBirthMatches === true
              ? t("kyc.match.dobYes")
              : result.dateOfBirthMatches === false
                ? t("kyc.match.dobNo")
                : t("kyc.match.dobUnknown")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
