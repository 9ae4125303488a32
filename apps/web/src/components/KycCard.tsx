import { useState } from "react";
import type { AadhaarSource, KycCardFragment } from "../gql/graphql";
import { addressLines, formatDate, formatDateTime, genderLabel } from "../lib/format";

const SOURCES: Record<AadhaarSource, string> = {
  DIGILOCKER_EAADHAAR: "e-Aadhaar from DigiLocker",
  OFFLINE_EKYC: "Offline e-KYC (paperless)",
  SECURE_QR: "Aadhaar Secure QR",
  LEGACY_QR: "Aadhaar QR (old format)",
};

const CONTACT: Record<string, string> = {
  matched: "matches",
  "not-matched": "does not match",
  "not-present": "not in the record",
};

interface Props {
  kyc: KycCardFragment;
  /** Distinguishes several cards on one page for assistive technology. */
  label: string;
}

/** The Aadhaar KYC card: photo, masked number, address and the signature verdict. */
export function KycCard({ kyc, label }: Props) {
  const [photoFailed, setPhotoFailed] = useState(false);
  const lines = addressLines(kyc.address);
  const sig = kyc.signature;
  return (
    <article className="kyc" aria-label={label} data-testid="kyc-card" data-source={kyc.source}>
      <div className="kyc-band">
        <span className="kyc-source">{SOURCES[kyc.source]}</span>
        {sig.verified ? (
          <span className="badge ok" data-testid="signature-badge">
            <span aria-hidden="true">✓ </span>Signature verified by {sig.signer ?? "a trusted signer"}
          </span>
        ) : (
          <span className="badge bad" data-testid="signature-badge">
            <span aria-hidden="true">✕ </span>Signature not verified{sig.reason ? `: ${sig.reason}` : ""}
          </span>
        )}
      </div>
      <div className="kyc-body">
        <div className="kyc-photo">
          {kyc.photo && !photoFailed ? (
            <img src={kyc.photo} alt={`Photograph of ${kyc.name ?? "the Aadhaar holder"}`} width={120} height={150} onError={() => setPhotoFailed(true)} />
          ) : (
            <div className="photo-missing" role="img" aria-label={kyc.photo ? "Photograph in a format this browser cannot show" : "No photograph shared"}>
              {kyc.photo ? "Photo format not displayable" : "No photo"}
            </div>
          )}
        </div>
        <dl className="facts kyc-facts">
          <div>
            <dt>Name</dt>
            <dd className="kyc-name">{kyc.name ?? "—"}</dd>
          </div>
          <div>
            <dt>Aadhaar</dt>
            <dd className="mono" data-testid="masked-aadhaar">
              {kyc.maskedAadhaar ?? "—"}
            </dd>
          </div>
          <div>
            <dt>Date of birth</dt>
            <dd>{kyc.dateOfBirth ? formatDate(kyc.dateOfBirth) : (kyc.yearOfBirth ?? "—")}</dd>
          </div>
          <div>
            <dt>Gender</dt>
            <dd>{genderLabel(kyc.gender)}</dd>
          </div>
          {kyc.careOf ? (
            <div>
              <dt>Care of</dt>
              <dd>{kyc.careOf}</dd>
            </div>
          ) : null}
          <div className="wide">
            <dt>Address</dt>
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
        {kyc.referenceId ? (
          <div>
            <dt>Reference</dt>
            <dd className="mono">{kyc.referenceId}</dd>
          </div>
        ) : null}
        <div>
          <dt>Generated</dt>
          <dd>{formatDateTime(kyc.generatedAt)}</dd>
        </div>
        {kyc.qrVersion ? (
          <div>
            <dt>QR version</dt>
            <dd>{kyc.qrVersion}</dd>
          </div>
        ) : null}
        {kyc.contact && kyc.contact.mobile.status !== "not-checked" ? (
          <div>
            <dt>Mobile</dt>
            <dd>{CONTACT[kyc.contact.mobile.status] ?? kyc.contact.mobile.status}</dd>
          </div>
        ) : null}
        {sig.verified && sig.certificateExpired ? (
          <div className="wide">
            <dt>Certificate</dt>
            <dd>The signing certificate has since expired; the signature was valid when made.</dd>
          </div>
        ) : null}
        {sig.fingerprint ? (
          <div className="wide">
            <dt>Signer fingerprint (SHA-256)</dt>
            <dd className="mono small">{sig.fingerprint}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
