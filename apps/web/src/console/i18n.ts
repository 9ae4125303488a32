import { createInstance } from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../i18n/en/console.json";
import hi from "../i18n/hi/console.json";

export const CONSOLE_LANGUAGES = ["en", "hi"] as const;

/** The console's own i18next instance (namespace `console`), apart from the demo's. */
export function createConsoleI18n() {
  const i18n = createInstance();
  const preferred = navigator.language?.toLowerCase().startsWith("hi") ? "hi" : "en";
  void i18n.use(initReactI18next).init({
    lng: preferred,
    fallbackLng: "en",
    ns: ["console"],
    defaultNS: "console",
    resources: { en: { console: en }, hi: { console: hi } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}
