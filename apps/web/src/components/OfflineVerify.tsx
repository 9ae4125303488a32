import { type FormEvent, useRef, useState } from "react";
import { execute } from "../api/client";
import { VerifyOfflineAadhaarDocument } from "../api/operations";
import type { KycCardFragment, VerifyOfflineAadhaarInput } from "../gql/graphql";
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
  token: string;
  report: ReportError;
}

type Mode = "zip" | "qr";

/** UIDAI's offline e-KYC ZIP (with its share code) or a Secure QR's text, verified by the API. */
export function OfflineVerify({ token, report }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [shareCode, setShareCode] = useState("");
  const [mobile, setMobile] = useState("");
  const [qrText, setQrText] = useState("");
  const [busy, setBusy] = useState<Mode | null>(null);
  const [problem, setProblem] = useState<{ mode: Mode; problem: Problem } | null>(null);
  const [result, setResult] = useState<{ mode: Mode; kyc: KycCardFragment } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const focusResult = useFocusAfterRender(resultRef);

  async function verify(mode: Mode, input: () => Promise<VerifyOfflineAadhaarInput>) {
    setBusy(mode);
    setProblem(null);
    setResult(null);
    try {
      const { verifyOfflineAadhaar } = await execute(VerifyOfflineAadhaarDocument, { input: await input() }, { token });
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
      setProblem({ mode: "zip", problem: { kind: "invalid-input", title: "Check your input", detail: "That file is too large for an offline e-KYC ZIP.", action: "fix-input" } });
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
      <h2 id="offline-h">Verify an offline Aadhaar</h2>
      <p>No DigiLocker at hand? Use UIDAI&apos;s offline e-KYC download or the Secure QR printed on an Aadhaar letter.</p>
      <div className="offline-forms">
        <form onSubmit={submitZip} aria-labelledby="zip-h" aria-busy={busy === "zip"}>
          <h3 id="zip-h">Offline e-KYC file</h3>
          <label htmlFor="zip-file">Offline e-KYC ZIP file</label>
          <input id="zip-file" type="file" accept=".zip,application/zip" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <label htmlFor="share-code">Share code</label>
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
            The 4-character or longer code chosen when the ZIP was downloaded from UIDAI.
          </p>
          <label htmlFor="offline-mobile">Mobile number (optional)</label>
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
            Checked against the hash in the file; a match is a hint, not proof.
          </p>
          {problem?.mode === "zip" ? <ProblemNotice problem={problem.problem} compact /> : null}
          <button type="submit" aria-disabled={busy !== null}>
            {busy === "zip" ? "Verifying…" : "Verify offline e-KYC"}
          </button>
        </form>

        <form onSubmit={submitQr} aria-labelledby="qr-h" aria-busy={busy === "qr"}>
          <h3 id="qr-h">Secure QR</h3>
          <label htmlFor="qr-text">Secure QR text</label>
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
            Paste the long number a QR scanner reads from the Aadhaar Secure QR.
          </p>
          {problem?.mode === "qr" ? <ProblemNotice problem={problem.problem} compact /> : null}
          <button type="submit" aria-disabled={busy !== null}>
            {busy === "qr" ? "Verifying…" : "Verify Secure QR"}
          </button>
        </form>
      </div>
      {result ? (
        <div ref={resultRef} tabIndex={-1} className="focus-target offline-result">
          <KycCard kyc={result.kyc} label={result.mode === "zip" ? "Aadhaar KYC from the offline e-KYC file" : "Aadhaar KYC from the Secure QR"} />
        </div>
      ) : null}
    </section>
  );
}
