import { useTranslation } from "react-i18next";
import type { AsyncState } from "./useAsync";

/** Loading and error states, announced to screen readers. */
export function Pending({ state }: { state: AsyncState<unknown> }) {
  const { t } = useTranslation("console");
  if (state.status === "loading")
    return (
      <p role="status" className="muted" aria-live="polite">
        {t("common.loading")}
      </p>
    );
  if (state.status === "error")
    return (
      <p role="alert" className="console-error">
        {state.error.message}
      </p>
    );
  return null;
}

export function Empty({ children }: { children: string }) {
  return <p className="console-empty muted">{children}</p>;
}
