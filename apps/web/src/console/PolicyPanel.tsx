import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { LockerKitError } from "@lockerkit/client";
import { consoleRequest } from "./api";
import { ConsoleUpdatePolicyMutation } from "./operations";
import type { ConsoleTenant } from "./types";

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** The tenant CLI's `set-policy` as a form; the API validates it exactly as the CLI does. */
export function PolicyPanel({
  secretKey,
  tenant,
  onSaved,
}: {
  secretKey: string;
  tenant: ConsoleTenant;
  onSaved: (tenant: ConsoleTenant) => void;
}) {
  const { t } = useTranslation("console");
  const p = tenant.policy;
  const [form, setForm] = useState({
    returnPhotos: p.returnPhotos,
    consoleDocumentContents: p.consoleDocumentContents,
    retentionDays: String(p.retentionDays),
    kycMaxAgeSeconds: String(p.kycMaxAgeSeconds),
    returnUrls: p.returnUrls.join("\n"),
    origins: p.origins.join("\n"),
  });
  const [error, setError] = useState<{ field?: string; text: string } | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      const r = await consoleRequest(secretKey, ConsoleUpdatePolicyMutation, {
        input: {
          returnPhotos: form.returnPhotos,
          consoleDocumentContents: form.consoleDocumentContents,
          retentionDays: Number(form.retentionDays),
          kycMaxAgeSeconds: Number(form.kycMaxAgeSeconds),
          returnUrls: lines(form.returnUrls),
          origins: lines(form.origins),
        },
      });
      onSaved(r.updateTenantPolicy);
      setSaved(true);
    } catch (e) {
      setError({ field: e instanceof LockerKitError ? e.field : undefined, text: (e as Error).message });
    }
  };

  const invalid = (field: string) =>
    error?.field === field ? { "aria-invalid": true, "aria-describedby": "policy-error" } : {};
  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">{t("policy.title")}</h2>
      <form className="card console-form" onSubmit={submit} noValidate>
        <label className="inline">
          <input
            type="checkbox"
            checked={form.returnPhotos}
            onChange={(e) => setForm({ ...form, returnPhotos: e.target.checked })}
          />{" "}
          {t("policy.photos")}
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={form.consoleDocumentContents}
            aria-describedby="policy-contents-note"
            onChange={(e) => setForm({ ...form, consoleDocumentContents: e.target.checked })}
          />{" "}
          {t("policy.documentContents")}
        </label>
        <p id="policy-contents-note" className="muted small">
          {t("policy.documentContentsNote")}
        </p>
        <label>
          {t("policy.retention")}
          <input
            type="number"
            inputMode="numeric"
            value={form.retentionDays}
            onChange={(e) => setForm({ ...form, retentionDays: e.target.value })}
            {...invalid("retentionDays")}
          />
        </label>
        <label>
          {t("policy.kycMaxAge")}
          <input
            type="number"
            inputMode="numeric"
            value={form.kycMaxAgeSeconds}
            onChange={(e) => setForm({ ...form, kycMaxAgeSeconds: e.target.value })}
            {...invalid("kycMaxAgeSeconds")}
          />
        </label>
        <label>
          {t("policy.returnUrls")}
          <textarea
            rows={3}
            value={form.returnUrls}
            onChange={(e) => setForm({ ...form, returnUrls: e.target.value })}
            {...invalid("returnUrls")}
          />
        </label>
        <label>
          {t("policy.origins")}
          <textarea
            rows={3}
            value={form.origins}
            onChange={(e) => setForm({ ...form, origins: e.target.value })}
            {...invalid("origins")}
          />
        </label>
        <p className="muted small">{t("policy.patternNote")}</p>
        <button type="submit" className="primary">
          {t("policy.save")}
        </button>
        {error && (
          <p id="policy-error" role="alert" className="console-error">
            {error.text}
          </p>
        )}
        {saved && (
          <p role="status" className="console-notice">
            {t("policy.saved")}
          </p>
        )}
      </form>
    </section>
  );
}
