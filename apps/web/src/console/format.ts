import { useTranslation } from "react-i18next";

/** Dates and percentages in the console's language (Indian English or Hindi). */
export function useFormat() {
  const { i18n } = useTranslation("console");
  const locale = i18n.language === "hi" ? "hi-IN" : "en-IN";
  return {
    dateTime: (value: string | null | undefined) =>
      value ? new Date(value).toLocaleString(locale, { dateStyle: "medium", timeStyle: "medium" }) : "—",
    time: (value: string) =>
      new Date(value).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" }),
    percent: (value: number | null | undefined) =>
      value === null || value === undefined
        ? "—"
        : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value),
  };
}
