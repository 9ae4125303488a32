import { useEffect, useMemo, useRef, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { AuditPanel } from "./AuditPanel";
import { HealthPanel } from "./HealthPanel";
import { CONSOLE_LANGUAGES, createConsoleI18n } from "./i18n";
import { PolicyPanel } from "./PolicyPanel";
import { SessionsPanel } from "./SessionsPanel";
import { SignIn } from "./SignIn";
import type { ConsoleTenant } from "./types";
import { WebhooksPanel } from "./WebhooksPanel";
import "./console.css";

const TABS = ["sessions", "webhooks", "policy", "health", "audit"] as const;
type Tab = (typeof TABS)[number];

/** The operator console at `/console`: the tenant's KYC operations, signed in with the secret key. */
export function ConsoleApp() {
  const i18n = useMemo(createConsoleI18n, []);
  return (
    <I18nextProvider i18n={i18n}>
      <Console />
    </I18nextProvider>
  );
}

function Console() {
  const { t, i18n } = useTranslation("console");
  // The secret key lives in this state only: never in storage, never in the URL; a reload signs out.
  const [signedIn, setSignedIn] = useState<{ key: string; tenant: ConsoleTenant } | null>(null);
  const [tab, setTab] = useState<Tab>("sessions");
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${signedIn ? t(`tabs.${tab}`) : t("signIn.title")} · ${t("brand")}`;
    document.documentElement.lang = i18n.language;
  }, [signedIn, tab, t, i18n.language]);

  const choose = (next: Tab) => {
    setTab(next);
    main.current?.focus();
  };

  return (
    <>
      <header className="topbar console-topbar">
        <span className="brand" aria-hidden="true">
          LK
        </span>
        <span className="brand-name">{t("brand")}</span>
        <label className="console-language">
          <span className="visually-hidden">{t("language")}</span>
          <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
            {CONSOLE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {signedIn && (
          <span className="console-who">
            <span data-testid="signed-in-as">{t("signedInAs", { tenant: signedIn.tenant.name })}</span>
            <button type="button" onClick={() => (setSignedIn(null), setTab("sessions"))}>
              {t("signOut")}
            </button>
          </span>
        )}
      </header>
      {signedIn && (
        <nav className="console-tabs" aria-label={t("navigation")}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              aria-current={tab === name ? "page" : undefined}
              onClick={() => choose(name)}
            >
              {t(`tabs.${name}`)}
            </button>
          ))}
        </nav>
      )}
      <main className="console-main" ref={main} tabIndex={-1}>
        {!signedIn ? (
          <SignIn onSignedIn={(key, tenant) => setSignedIn({ key, tenant })} />
        ) : tab === "sessions" ? (
          <SessionsPanel secretKey={signedIn.key} />
        ) : tab === "webhooks" ? (
          <WebhooksPanel secretKey={signedIn.key} />
        ) : tab === "policy" ? (
          <PolicyPanel
            secretKey={signedIn.key}
            tenant={signedIn.tenant}
            onSaved={(tenant) => setSignedIn({ ...signedIn, tenant })}
          />
        ) : tab === "health" ? (
          <HealthPanel secretKey={signedIn.key} />
        ) : (
          <AuditPanel secretKey={signedIn.key} />
        )}
      </main>
    </>
  );
}
