import type { AadhaarKyc, LockerKitSession, VerifyOfflineAadhaarInput } from "@lockerkit/client";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { normaliseQrText, stripDataUrl } from "../lib/format";
import type { Problem } from "../lib/problems";
import { useFocusAfterRender } from "../lib/useFocusAfterRender";
import type { ReportError } from "./SessionScreen";
import { KycCard } from "./KycCard";
import { ProblemNotice } from "./ProblemNotice";

const MAX_ZIP_BYTES = 2 * 1024 * 1024;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(stripDataUrl(String(reader.result)));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsDataURL(file);
  });
}

interface Props {
  session: LockerKitSession;
  report: ReportError;
}

type Mode = "zip" | "qr";

/** UIDAI's offline e-KYC ZIP (with its share code) or a Secure QR's text, verified by the API. */
export function OfflineVerify({ session, report }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [shareCode, setShareCode] = useState("");
  const [mobile, setMobile] = useState("");
  const [qrText, setQrText] = useState("");
  const [busy, setBusy] = useState<Mode | null>(null);
  const [problem, setProblem] = useState<{ mode: Mode; problem: Problem } | null>(null);
  const [result, setResult] = useState<{ mode: Mode; kyc: AadhaarKyc } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const focusResult = useFocusAfterRender(resultRef);

  async function verify(mode: Mode, input: () => Promise<VerifyOfflineAadhaarInput>) {
    setBusy(mode);
    setProblem(null);
    setResult(null);
    try {
      const verifyOfflineAadhaar = await session.verifyOfflineAadhaar(await input());
      setResult({ mode, kyc: verifyOfflineAadhaar });
      focusResult();
    } catch (error) {
      setProblem({ mode, problem: report(error) });
    } finally {
      setBusy(null);
    }
  }

  function submitZip(event: FormEvent) {
    event.preventDefault();
    if (!file || busy) return;
    if (file.size > MAX_ZIP_BYTES) {
      setProblem({
        mode: "zip",
        problem: {
          kind: "invalid-input",
          title: t("problems.BAD_USER_INPUT.title"),
          detail: t("offline.tooLarge"),
          action: "fix-input",
        },
      });
      return;
    }
    void verify("zip", async () => ({
      zipBase64: await readAsBase64(file),
      shareCode: shareCode.trim(),
      mobile: mobile.replace(/\D/g, "") || null,
    }));
  }

  function submitQr(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    void verify("qr", async () => ({ qrText: normaliseQrText(qrText) }));
  }

  return (
    <section aria-labelledby="offline-h" className="card">
      <h2 id="offline-h">{t("offline.heading")}</h2>
      <p>{t("offline.intro")}</p>
      <div className="offline-forms">
        <form onSubmit={submitZip} aria-labelledby="zip-h" aria-busy={busy === "zip"}>
          <h3 id="zip-h">{t("offline.zipHeading")}</h3>
          <label htmlFor="zip-file">{t("offline.zipFile")}</label>
          <input
            id="zip-file"
            type="file"
            accept=".zip,application/zip"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <label htmlFor="share-code">{t("offline.shareCode")}</label>
          <input
            id="share-code"
            type="password"
            value={shareCode}
            onChange={(e) => setShareCode(e.target.value)}
            required
            autoComplete="off"
            aria-describedby="share-code-help"
          />
          <p id="share-code-help" className="muted">
            {t("offline.shareCodeHelp")}
          </p>
          <label htmlFor="offline-mobile">{t("offline.mobile")}</label>
          <input
            id="offline-mobile"
            type="tel"
            inputMode="numeric"
            value={mobile}
            onChange={(e) => setMobile(e.target.value)}
            autoComplete="tel-national"
            aria-describedby="offline-mobile-help"
          />
          <p id="offline-mobile-help" className="muted">
            {t("offline.mobileHelp")}
          </p>
          {problem?.mode === "zip" ? <ProblemNotice problem={problem.problem} compact /> : null}
          <button type="submit" aria-disabled={busy !== null}>
            {busy === "zip" ? t("offline.verifying") : t("offline.verifyZip")}
          </button>
        </form>

        <form onSubmit={submitQr} aria-labelledby="qr-h" aria-busy={busy === "qr"}>
          <h3 id="qr-h">{t("offline.qrHeading")}</h3>
          <label htmlFor="qr-text">{t("offline.qrText")}</label>
          <textarea
            id="qr-text"
            rows={6}
            value={qrText}
            onChange={(e) => setQrText(e.target.value)}
            required
            spellCheck={false}
            aria-describedby="qr-help"
          />
          <p id="qr-help" className="muted">
            {t("offline.qrHelp")}
          </p>
          {problem?.mode === "qr" ? <ProblemNotice problem={problem.problem} compact /> : null}
          <button type="submit" aria-disabled={busy !== null}>
            {busy === "qr" ? t("offline.verifying") : t("offline.verifyQr")}
          </button>
        </form>
      </div>
      {result ? (
        <div ref={resultRef} tabIndex={-1} className="focus-target offline-result">
          <KycCard
            kyc={result.kyc}
            label={result.mode === "zip" ? t("offline.zipLabel") : t("offline.qrLabel")}
          />
        </div>
      ) : null}
    </section>
  );
}
