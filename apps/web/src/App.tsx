import { LockerKit } from "@lockerkit/client";
import { LockerKitProvider } from "@lockerkit/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { type DemoConfig, loadDemoConfig } from "./api/config";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { ProblemNotice } from "./components/ProblemNotice";
import { ReturnScreen } from "./components/ReturnScreen";
import { SessionScreen } from "./components/SessionScreen";
import { StartScreen } from "./components/StartScreen";
import { StepIndicator } from "./components/StepIndicator";
import { type Problem, problemOf } from "./lib/problems";
import { sessionStore } from "./lib/storage";

/** The notice the start screen shows after a journey ended: a problem, or a plain message. */
export type StartNotice = { problem: Problem } | { message: string };

type Route =
  | { kind: "start"; notice?: StartNotice }
  | { kind: "return"; params: URLSearchParams }
  | { kind: "session"; token: string; resumed?: boolean; documentId: string | null };

/** `/session/documents/<id>`: a document has its own URL, so Back returns to the list in the app. */
const DOCUMENT_PATH = /^\/session\/documents\/([^/]+)$/;

function routeFromLocation(): Route {
  if (window.location.pathname === "/return")
    return { kind: "return", params: new URLSearchParams(window.location.search) };
  const token = sessionStore.token();
  if (token) {
    const match = DOCUMENT_PATH.exec(window.location.pathname);
    return { kind: "session", token, documentId: match ? decodeURIComponent(match[1]!) : null };
  }
  if (window.location.pathname !== "/") window.history.replaceState(null, "", "/");
  return { kind: "start" };
}

export function App() {
  const { t } = useTranslation();
  const [config, setConfig] = useState<DemoConfig | null>(null);
  const [configProblem, setConfigProblem] = useState<Problem | null>(null);
  const [route, setRoute] = useState<Route>(routeFromLocation);
  const [attempt, setAttempt] = useState(0);
  const [kycShown, setKycShown] = useState(false);

  useEffect(() => {
    let live = true;
    loadDemoConfig().then(
      (c) => live && (setConfig(c), setConfigProblem(null)),
      (error: unknown) => live && setConfigProblem(problemOf(error)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => {
    const onPopState = () =>
      setRoute((current) => (current.kind === "session" ? routeFromLocation() : current));
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const restart = useCallback((notice?: StartNotice) => {
    sessionStore.clear();
    window.history.replaceState(null, "", "/");
    setKycShown(false);
    setRoute({ kind: "start", notice });
  }, []);

  const claimed = useCallback((token: string, resumed: boolean) => {
    // The claim code is single use: take the return URL out of the address bar and the history.
    window.history.replaceState(null, "", "/session");
    setRoute({ kind: "session", token, resumed, documentId: null });
  }, []);

  const openDocument = useCallback((id: string | null) => {
    if (id) window.history.pushState(null, "", `/session/documents/${encodeURIComponent(id)}`);
    else if (DOCUMENT_PATH.test(window.location.pathname)) window.history.back();
    setRoute((current) => (current.kind === "session" ? { ...current, documentId: id } : current));
  }, []);

  useEffect(() => {
    const title =
      route.kind === "session" && route.documentId ? t("app.titles.document") : t(`app.titles.${route.kind}`);
    document.title = `${title} · ${t("app.titleSuffix")}`;
  }, [route, t]);

  const client = useMemo(
    () =>
      config?.publishableKey
        ? new LockerKit({ url: config.graphqlUrl, key: config.publishableKey })
        : config
          ? new LockerKit({ url: config.graphqlUrl, key: "lk_pk_none" })
          : null,
    [config],
  );
  const step = route.kind === "session" ? (kycShown ? "kyc" : "documents") : "consent";

  return (
    <>
      <header className="topbar">
        <span className="brand" aria-hidden="true">
          LK
        </span>
        <span className="brand-name">{t("app.brand")}</span>
        <span className="topbar-note">{t("app.tagline")}</span>
        <LanguageSwitch />
      </header>
      <main id="main">
        <StepIndicator current={step} />
        {configProblem ? (
          <ProblemNotice problem={configProblem} onRetry={() => setAttempt((n) => n + 1)} />
        ) : !client || !config ? (
          <p role="status" className="loading">
            {t("app.loading")}
          </p>
        ) : (
          <LockerKitProvider client={client}>
            {route.kind === "return" ? (
              <ReturnScreen params={route.params} onClaimed={claimed} onRestart={restart} />
            ) : route.kind === "session" ? (
              <SessionScreen
                token={route.token}
                resumed={route.resumed}
                documentId={route.documentId}
                explorerUrl={config.explorerUrl}
                onOpenDocument={openDocument}
                onKycShown={() => setKycShown(true)}
                onRestart={restart}
              />
            ) : (
              <StartScreen config={config} notice={route.notice} />
            )}
          </LockerKitProvider>
        )}
      </main>
      <footer className="footer muted">{t("app.footer")}</footer>
    </>
  );
}
