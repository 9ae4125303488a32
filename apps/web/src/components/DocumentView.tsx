import type { IssuedDocument, LockerKitSession } from "@lockerkit/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { flattenFields, formatBytes, formatDate, formatDateTime } from "../lib/format";
import type { Problem } from "../lib/problems";
import type { ReportError } from "./SessionScreen";
import { ProblemNotice } from "./ProblemNotice";
import { TypedDocument } from "./TypedDocument";

interface Props {
  session: LockerKitSession;
  id: string;
  report: ReportError;
  onClose: () => void;
}

/** One document: its parsed fields as a table, the file through its signed link, integrity badges. */
export function DocumentView({ session, id, report, onClose }: Props) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<IssuedDocument | null | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    setProblem(null);
    setDoc(undefined);
    session.document(id, abort.signal).then(
      (document) => !abort.signal.aborted && setDoc(document),
      (error: unknown) => !abort.signal.aborted && setProblem(report(error)),
    );
    return () => abort.abort();
  }, [id, session, report, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const content = doc?.content;
  const rows = content?.json ? flattenFields(content.json) : [];

  return (
    <section aria-labelledby="doc-h" className="card document-view">
      <button type="button" className="link back" onClick={onClose}>
        {t("document.back")}
      </button>
      <h2 id="doc-h" ref={heading} tabIndex={-1}>
        {doc?.name ?? t("document.fallbackTitle")}
      </h2>
      {problem ? (
        <ProblemNotice problem={problem} onRetry={retry} compact />
      ) : doc === undefined ? (
        <p role="status" className="loading">
          {t("document.fetching")}
        </p>
      ) : doc === null ? (
        <p role="status">{t("document.gone")}</p>
      ) : (
        <>
          {content ? (
            <ul className="badges" aria-label={t("document.integrity")} data-testid="integrity">
              <li className={`badge ${content.integrity.hmacVerified ? "ok" : "bad"}`}>
                <span aria-hidden="true">{content.integrity.hmacVerified ? "✓ " : "✕ "}</span>
                {content.integrity.hmacVerified ? t("document.hmacOk") : t("document.hmacBad")}
              </li>
              {content.integrity.signatureVerified === null ||
              content.integrity.signatureVerified === undefined ? (
                <li className="badge neutral">{t("document.noSignature")}</li>
              ) : content.integrity.signatureVerified ? (
                <li className="badge ok">
                  <span aria-hidden="true">✓ </span>
                  {t("document.signatureOk", {
                    signer: content.integrity.signer ?? t("document.trustedSigner"),
                  })}
                </li>
              ) : (
                <li className="badge bad">
                  <span aria-hidden="true">✕ </span>
                  {t("document.signatureBad")}
                </li>
              )}
            </ul>
          ) : null}

          <dl className="facts">
            <div>
              <dt>{t("document.type")}</dt>
              <dd>
                {doc.doctype
                  ? `${t(`doctypeNames.${doc.doctype}`, { defaultValue: doc.doctype })} (${doc.doctype})`
                  : "—"}
              </dd>
            </div>
            <div>
              <dt>{t("document.issuer")}</dt>
              <dd>{doc.issuer ?? doc.issuerId ?? "—"}</dd>
            </div>
            <div>
              <dt>{t("document.issuedOn")}</dt>
              <dd>{formatDate(doc.issuedOn)}</dd>
            </div>
            {content ? (
              <>
                <div>
                  <dt>{t("document.format")}</dt>
                  <dd>
                    {content.format === "XML" ? t("document.formatXml") : t("document.formatFile")} ·{" "}
                    {content.mimeType} · {formatBytes(content.size)}
                  </dd>
                </div>
                <div>
                  <dt>{t("document.fetched")}</dt>
                  <dd>{formatDateTime(content.fetchedAt)}</dd>
                </div>
              </>
            ) : null}
            {doc.description ? (
              <div className="wide">
                <dt>{t("document.description")}</dt>
                <dd>{doc.description}</dd>
              </div>
            ) : null}
          </dl>

          {content?.fileUrl ? (
            <p>
              <a
                className="button-link"
                href={content.fileUrl}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="file-link"
              >
                {content.mimeType === "application/pdf" || doc.mimeTypes.includes("application/pdf")
                  ? t("document.downloadPdf")
                  : t("document.downloadFile")}
                <span className="visually-hidden">{t("document.newTab")}</span>
              </a>
            </p>
          ) : null}

          {content?.data ? (
            <TypedDocument content={content} />
          ) : rows.length ? (
            <table className="fields" data-testid="document-fields">
              <caption>{t("document.fields")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("document.field")}</th>
                  <th scope="col">{t("document.value")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{row.label}</th>
                    <td>
                      {row.image ? (
                        <img className="field-image" src={row.image} alt={row.label} />
                      ) : (
                        row.value
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : content?.format === "FILE" ? (
            <p className="muted">{t("document.noFields")}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
