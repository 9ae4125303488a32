import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import enCommon from "./en/common.json";
import hiCommon from "./hi/common.json";

/** The demo's languages; resources live in src/i18n/<lang>/<namespace>.json. */
export const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "hi", label: "हिन्दी" },
] as const;
export type Language = (typeof LANGUAGES)[number]["code"];

const STORAGE_KEY = "lockerkit.lang";

/** `?lang=hi` wins, then the last choice (localStorage), then the browser's languages. */
function initialLanguage(): Language {
  const fromUrl =
    typeof window === "undefined" ? null : new URLSearchParams(window.location.search).get("lang");
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage disabled
  }
  const browser = typeof navigator === "undefined" ? [] : (navigator.languages ?? []);
  for (const candidate of [fromUrl, stored, ...browser]) {
    const code = candidate?.slice(0, 2).toLowerCase();
    if (code === "en" || code === "hi") return code;
  }
  return "en";
}

void i18n.use(initReactI18next).init({
  resources: { en: { common: enCommon }, hi: { common: hiCommon } },
  lng: initialLanguage(),
  fallbackLng: "en",
  defaultNS: "common",
  ns: ["common"],
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

function applyLanguage(lng: string) {
  if (typeof document !== "undefined") document.documentElement.lang = lng;
}
applyLanguage(i18n.language);
i18n.on("languageChanged", (lng) => {
  applyLanguage(lng);
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // storage disabled
  }
});

/** The locale for dates and numbers in the current language. */
export const locale = () => (i18n.language === "hi" ? "hi-IN" : "en-IN");

export default i18n;
