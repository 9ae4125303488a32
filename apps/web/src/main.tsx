import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./i18n";
import "./styles.css";

// The operator console is a page of its own, loaded only at /console (charts stay out of the demo's bundle).
const ConsoleApp = lazy(() => import("./console/ConsoleApp").then((m) => ({ default: m.ConsoleApp })));
const isConsole = /^\/console(\/|$)/.test(window.location.pathname);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {isConsole ? (
      <Suspense fallback={null}>
        <ConsoleApp />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
