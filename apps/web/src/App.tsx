import { useCallback, useEffect, useState } from "react";
import { ApiError, type DemoConfig, loadDemoConfig } from "./api/client";
import { ProblemNotice } from "./components/ProblemNotice";
import { ReturnScreen } from "./components/ReturnScreen";
import { SessionScreen } from "./components/SessionScreen";
import { StartScreen } from "./components/StartScreen";
import { type Problem, problemFromError } from "./lib/problems";
import { sessionStore } from "./lib/storage";

/** The notice the start screen shows after a journey ended: a problem, or a plain message. */
export type StartNotice = { problem: Problem } | { message: string };

type Route =
  | { kind: "start"; notice?: StartNotice }
  | { kind: "return"; params: URLSearchParams }
  | { kind: "session"; token: string; resumed?: boolean };

function initialRoute(): Route {
  if (window.location.pathname === "/return") return { kind: "return", params: new URLSearchParams(window.location.search) };
  const token = sessionStore.token();
  if (token) return { kind: "session", token };
  if (window.location.pathname !== "/") window.history.replaceState(null, "", "/");
  return { kind: "start" };
}

export function App() {
  const [config, setConfig] = useState<DemoConfig | null>(null);
  const [configProblem, setConfigProblem] = useState<Problem | null>(null);
  const [route, setRoute] = useState<Route>(initialRoute);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    loadDemoConfig().then(
      (c) => live && (setConfig(c), setConfigProblem(null)),
      (error: unknown) => live && setConfigProblem(problemFromError(error instanceof ApiError ? error : { code: "CONFIG_UNAVAILABLE" })),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const restart = useCallback((notice?: StartNotice) => {
    sessionStore.clear();
    window.history.replaceState(null, "", "/");
    setRoute({ kind: "start", notice });
  }, []);

  const claimed = useCallback((sessionId: string, token: string) => {
    // A re-consent comes back with the session this tab already held.
    const resumed = sessionStore.sessionId() === sessionId;
    sessionStore.setSession(sessionId, token);
    // The claim code is single use: take it out of the address bar and the history.
    window.history.replaceState(null, "", "/session");
    setRoute({ kind: "session", token, resumed });
  }, []);

  useEffect(() => {
    const titles = { start: "Connect DigiLocker", return: "Finishing consent", session: "Your DigiLocker" } as const;
    document.title = `${titles[route.kind]} · LockerKit demo`;
  }, [route.kind]);

  return (
    <>
      <header className="topbar">
        <span className="brand" aria-hidden="true">
          LK
        </span>
        <span className="brand-name">LockerKit demo</span>
        <span className="topbar-note">DigiLocker KYC through one typed GraphQL API</span>
      </header>
      <main id="main">
        {configProblem ? (
          <ProblemNotice problem={configProblem} onRetry={() => setAttempt((n) => n + 1)} />
        ) : route.kind === "return" ? (
          <ReturnScreen params={route.params} onClaimed={claimed} onRestart={restart} />
        ) : route.kind === "session" ? (
          <SessionScreen token={route.token} resumed={route.resumed} onRestart={restart} />
        ) : config ? (
          <StartScreen config={config} notice={route.notice} />
        ) : (
          <p role="status" className="loading">
            Loading…
          </p>
        )}
      </main>
      <footer className="footer muted">
        Demo of LockerKit on the DigiLocker sandbox: every person and document here is fictional.
      </footer>
    </>
  );
}
