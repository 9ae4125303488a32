import { useTranslation } from "react-i18next";

const STEPS = ["consent", "documents", "kyc"] as const;
export type Step = (typeof STEPS)[number];

/** Consent → documents → KYC, as an ordered list with the current step marked for assistive technology. */
export function StepIndicator({ current }: { current: Step }) {
  const { t } = useTranslation();
  const at = STEPS.indexOf(current);
  return (
    <nav aria-label={t("steps.label")} className="steps">
      <ol>
        {STEPS.map((step, i) => (
          <li
            key={step}
            className={i < at ? "done" : i === at ? "current" : ""}
            aria-current={i === at ? "step" : undefined}
            data-step={step}
          >
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            {t(`steps.${step}`)}
            <span className="visually-hidden">
              {" "}
              {i < at ? t("steps.done") : i === at ? t("steps.current") : ""}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
