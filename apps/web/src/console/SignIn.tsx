import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { LockerKitError } from "@lockerkit/client";
import { consoleRequest } from "./api";
import { ConsoleTenantQuery } from "./operations";
import type { ConsoleTenant } from "./types";

/** The secret key goes from this field into memory only: no storage, no URL, no autofill. */
export function SignIn({ onSignedIn }: { onSignedIn: (key: string, tenant: ConsoleTenant) => void }) {
  const { t } = useTranslation("console");
  const [key, setKey] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^lk_sk_/.test(key.trim())) {
      setError(t("signIn.notSecret"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { tenant } = await consoleRequest(key.trim(), ConsoleTenantQuery, {});
      onSignedIn(key.trim(), tenant);
    } catch (e) {
      setError(
        e instanceof LockerKitError && ["UNAUTHENTICATED", "FORBIDDEN"].includes(e.code)
          ? t("signIn.refused")
          : (e as Error).message,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card console-signin" aria-labelledby="signin-title">
      <h1 id="signin-title">{t("signIn.title")}</h1>
      <p className="muted">{t("signIn.intro")}</p>
      <form onSubmit={submit}>
        <label htmlFor="console-key">{t("signIn.key")}</label>
        <input
          id="console-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-describedby="console-key-note"
        />
        <p id="console-key-note" className="muted small">
          {t("signIn.memoryOnly")}
        </p>
        {error && (
          <p role="alert" className="console-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("common.loading") : t("signIn.submit")}
        </button>
      </form>
    </section>
  );
}
