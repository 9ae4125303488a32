import type { AadhaarKyc, LockerKitSession } from "@lockerkit/client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addressLines, formatDate, formatDateTime, formatDuration } from "../lib/format";
import { MatchApplicantForm } from "./MatchApplicantForm";

interface Props {
  kyc: AadhaarKyc;
  /** Distinguishes several cards on one page for assistive technology. */
  label: string;
  /** The session whose DigiLocker e-Aadhaar this is: enables the matchApplicant form. */
  session?: LockerKitSession;
}

/** The Aadhaar KYC card: photo, masked number, address, assurance, freshness and the signature verdict. */
export function KycCard({ kyc, label, session }: Props) {
  const { t } = useTranslation();
  const [photoFailed, setPhotoFailed] = useState(false);
  const lines = addressLines(kyc.address);
  const sig = kyc.signature;
  const { freshness } = kyc;
  const limit = formatDuration(freshness.limitSeconds);
  return (
    <article className="kyc" aria-label={label} data-testid="kyc-card" data-source={kyc.source}>
      <div className="kyc-band">
        <span className="kyc-source">{t(`kyc.sources.${kyc.source}`)}</span>
        {sig.verified ? (
          <span className="badge ok" data-testid="signature-badge">
            <span aria-hidden="true">✓ </span>
            {t("kyc.signatureOk", { signer: sig.signer ?? t("document.trustedSigner") })}
          </span>
        ) : (
          <span className="badge bad" data-testid="signature-badge">
            <span aria-hidden="true">✕ </span>
            {t("kyc.signatureBad")}
            {sig.reason ? `: ${sig.reason}` : ""}
          </span>
        )}
      </div>
      <div className="kyc-body">
        <div className="kyc-photo">
          {kyc.photo && !photoFailed ? (
            <img
              src={kyc.photo}
              alt={t("kyc.photoOf", { name: kyc.name ?? t("kyc.theHolder") })}
              width={120}
              height={150}
              onError={() => setPhotoFailed(true)}
            />
          ) : (
            <div
              className="photo-missing"
              role="img"
              aria-label={kyc.photo ? t("kyc.photoUnreadable") : t("kyc.photoNone")}
            >
              {kyc.photo ? t("kyc.photoUnreadableShort") : t("kyc.photoNoneShort")}
            </div>
          )}
        </div>
        <dl className="facts kyc-facts">
          <div>
            <dt>{t("kyc.name")}</dt>
            <dd className="kyc-name">{kyc.name ?? "—"}</dd>
          </div>
          <div>
            <dt>{t("kyc.aadhaar")}</dt>
            <dd className="mono" data-testid="masked-aadhaar">
              {kyc.maskedAadhaar ?? "—"}
            </dd>
          </div>
          <div>
            <dt>{t("kyc.dateOfBirth")}</dt>
            <dd>{kyc.dateOfBirth ? formatDate(kyc.dateOfBirth) : (kyc.yearOfBirth ?? "—")}</dd>
          </div>
          <div>
            <dt>{t("kyc.gender")}</dt>
            <dd>{kyc.gender ? t(`session.genders.${kyc.gender}`, { defaultValue: kyc.gender }) : "—"}</dd>
          </div>
          {kyc.careOf ? (
            <div>
              <dt>{t("kyc.careOf")}</dt>
              <dd>{kyc.careOf}</dd>
            </div>
          ) : null}
          <div className="wide">
            <dt>{t("kyc.address")}</dt>
            <dd>
              <address>
                {lines.length
                  ? lines.map((line, i) => (
                      <span key={i} className="line">
                        {line}
                      </span>
                    ))
                  : "—"}
              </address>
            </dd>
          </div>
        </dl>
      </div>
      <dl className="facts kyc-meta">
        <div>
          <dt>{t("kyc.assurance")}</dt>
          <dd>
            <span
              className={`badge ${kyc.assurance === "UNVERIFIED" ? "bad" : "ok"}`}
              data-testid="assurance"
              data-assurance={kyc.assurance}
            >
              {t(`kyc.assurances.${kyc.assurance}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t("kyc.freshness")}</dt>
          <dd data-testid="freshness" data-within-limit={freshness.withinLimit}>
            {freshness.ageSeconds === null
              ? t("kyc.ageUnknown", { limit })
              : t(freshness.withinLimit ? "kyc.fresh" : "kyc.stale", {
                  age: formatDuration(freshness.ageSeconds),
                  limit,
                })}
          </dd>
        </div>
        <div>
          <dt>{t("kyc.generated")}</dt>
          <dd>{formatDateTime(kyc.generatedAt)}</dd>
        </div>
        {kyc.qrVersion ? (
          <div>
            <dt>{t("kyc.qrVersion")}</dt>
            <dd>{kyc.qrVersion}</dd>
          </div>
        ) : null}
        {kyc.contact && kyc.contact.mobile.status !== "not-checked" ? (
          <div>
            <dt>{t("kyc.mobile")}</dt>
            <dd>
              {t(`kyc.contact.${kyc.contact.mobile.status}`, { defaultValue: kyc.contact.mobile.status })}
            </dd>
          </div>
        ) : null}
        {kyc.referenceId ? (
          // A reference can be long (an e-Aadhaar transaction id): a row of its own, wrapped anywhere.
          <div className="wide">
            <dt>{t("kyc.reference")}</dt>
            <dd className="mono wrap" data-testid="kyc-reference">
              {kyc.referenceId}
            </dd>
          </div>
        ) : null}
        {sig.verified && sig.certificateExpired ? (
          <div className="wide">
            <dt>{t("kyc.certificate")}</dt>
            <dd>{t("kyc.certificateExpired")}</dd>
          </div>
        ) : null}
        {sig.fingerprint ? (
          <div className="wide">
            <dt>{t("kyc.fingerprint")}</dt>
            <dd className="mono small">{sig.fingerprint}</dd>
          </div>
        ) : null}
      </dl>
      {session ? <MatchApplicantForm session={session} /> : null}
    </article>
  );
}
