import { useCallback, useEffect, useRef, useState } from "react";
import { execute } from "../api/client";
import { DocumentDocument } from "../api/operations";
import type { DocumentQuery } from "../gql/graphql";
import { formatBytes, formatDate, formatDateTime } from "../lib/format";
import type { Problem } from "../lib/problems";
import type { ReportError } from "./SessionScreen";
import { ProblemNotice } from "./ProblemNotice";
import { TypedDocument } from "./TypedDocument";

interface Props {
  token: string;
  id: string;
  report: ReportError;
  onClose: () => void;
}

/** One document: its parsed fields as a table, the file through its signed link, integrity badges. */
export function DocumentView({ token, id, report, onClose }: Props) {
  const [doc, setDoc] = useState<DocumentQuery["document"] | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    setProblem(null);
    setDoc(undefined);
    execute(DocumentDocument, { id }, { token }).then(
      (data) => live && setDoc(data.document),
      (error: unknown) => live && setProblem(report(error)),
    );
    return () => {
      live = false;
    };
  }, [id, token, report, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const content = doc?.content;

  return (
    <section aria-labelledby="doc-h" className="card document-view">
      <button type="button" className="link back" onClick={onClose}>
        ← Back to documents
      </button>
      <h2 id="doc-h" ref={heading} tabIndex={-1}>
        {doc?.name ?? "Document"}
      </h2>
      {problem ? (
        <ProblemNotice problem={problem} onRetry={retry} compact />
      ) : doc === undefined ? (
        <p role="status" className="loading">
          Fetching the document from DigiLocker…
        </p>
      ) : doc === null ? (
        <p role="status">This document is no longer in the session.</p>
      ) : (
        <>
          {content ? (
            <ul className="badges" aria-label="Integrity checks" data-testid="integrity">
              <li className={`badge ${content.integrity.hmacVerified ? "ok" : "bad"}`}>
                <span aria-hidden="true">{content.integrity.hmacVerified ? "✓ " : "✕ "}</span>
                {content.integrity.hmacVerified ? "Checksum (HMAC) verified" : "Checksum (HMAC) not verified"}
              </li>
              {content.integrity.signatureVerified === null || content.integrity.signatureVerified === undefined ? (
                <li className="badge neutral">No digital signature (file)</li>
              ) : content.integrity.signatureVerified ? (
                <li className="badge ok">
                  <span aria-hidden="true">✓ </span>Signature verified by {content.integrity.signer ?? "a trusted signer"}
                </li>
              ) : (
                <li className="badge bad">
                  <span aria-hidden="true">✕ </span>Signature not verified
                </li>
              )}
            </ul>
          ) : null}

          <dl className="facts">
            <div>
              <dt>Type</dt>
              <dd>{doc.doctype ?? "—"}</dd>
            </div>
            <div>
              <dt>Issuer</dt>
              <dd>{doc.issuer ?? doc.issuerId ?? "—"}</dd>
            </div>
            <div>
              <dt>Issued on</dt>
              <dd>{formatDate(doc.issuedOn)}</dd>
            </div>
            {content ? (
              <>
                <div>
                  <dt>Format</dt>
                  <dd>
                    {content.format === "XML" ? "Certificate data (XML)" : "File"} · {content.mimeType} · {formatBytes(content.size)}
                  </dd>
                </div>
                <div>
                  <dt>Fetched</dt>
                  <dd>{formatDateTime(content.fetchedAt)}</dd>
                </div>
              </>
            ) : null}
            {doc.description ? (
              <div className="wide">
                <dt>Description</dt>
                <dd>{doc.description}</dd>
              </div>
            ) : null}
          </dl>

          {content?.fileUrl ? (
            <p>
              <a className="button-link" href={content.fileUrl} target="_blank" rel="noopener noreferrer" data-testid="file-link">
                Download {content.mimeType === "application/pdf" || doc.mimeTypes.includes("application/pdf") ? "PDF" : "file"}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </p>
          ) : null}

          {content?.data ? (
            <TypedDocument content={content} />
          ) : content?.format === "FILE" ? (
            <p className="muted">This document is a file without structured certificate data.</p>
          ) : null}
        </>
      )}
    </section>
  );
}
