import type { LockerKitSession } from "@lockerkit/client";
import { useDocuments } from "@lockerkit/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format";
import { problemOf } from "../lib/problems";
import { ProblemNotice } from "./ProblemNotice";
import type { ReportError } from "./SessionScreen";

export const PAGE_SIZE = 50;

interface Props {
  session: LockerKitSession;
  report: ReportError;
  onOpen: (id: string) => void;
}

/** The issued documents through @lockerkit/react's useDocuments: "Load more" follows the cursor; filters by type. */
export function DocumentList({ session, report, onOpen }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>([]);
  const filter = useMemo(() => (selected.length ? { doctypes: selected } : null), [selected]);
  const { documents, totalCount, hasNextPage, loading, error, loadMore, reload } = useDocuments({
    session,
    pageSize: PAGE_SIZE,
    filter,
  });
  // Doctypes seen so far, so ticking one filter never hides the others.
  const [types, setTypes] = useState<string[]>([]);
  const listEnd = useRef<HTMLParagraphElement>(null);
  // After the last "Load more" the button goes away: focus moves to the note that ends the list.
  const loadedMore = useRef(false);

  useEffect(() => {
    const fresh = documents.map((d) => d.doctype).filter((d): d is string => !!d && !types.includes(d));
    if (fresh.length) setTypes((current) => [...new Set([...current, ...fresh])].sort());
  }, [documents, types]);

  useEffect(() => {
    if (error) report(error);
  }, [error, report]);

  useEffect(() => {
    if (loadedMore.current && !loading && !hasNextPage) {
      loadedMore.current = false;
      listEnd.current?.focus();
    }
  }, [loading, hasNextPage]);

  const toggle = (doctype: string, on: boolean) =>
    setSelected((current) => (on ? [...current, doctype].sort() : current.filter((d) => d !== doctype)));
  /** The document type's name (never a document's own name), in the page's language. */
  const typeName = (doctype: string) => t(`doctypeNames.${doctype}`, { defaultValue: doctype });
  const problem = error ? problemOf(error) : null;

  return (
    <div className="documents">
      {types.length > 1 || selected.length ? (
        <fieldset className="filters">
          <legend>{t("documents.filter")}</legend>
          <div className="checks">
            {types.map((doctype) => (
              <label key={doctype} className="check chip" data-doctype={doctype}>
                <input
                  type="checkbox"
                  checked={selected.includes(doctype)}
                  onChange={(e) => toggle(doctype, e.target.checked)}
                />
                {typeName(doctype)} <span className="muted">({doctype})</span>
              </label>
            ))}
          </div>
          {selected.length ? (
            <button type="button" className="link" onClick={() => setSelected([])}>
              {t("documents.clearFilters")}
            </button>
          ) : null}
        </fieldset>
      ) : null}

      <p
        className="count"
        role="status"
        aria-live="polite"
        data-testid="documents-count"
        data-shown={documents.length}
        data-total={totalCount ?? ""}
      >
        {totalCount === null
          ? t("documents.loading")
          : totalCount === 0
            ? selected.length
              ? t("documents.noneSelected")
              : t("documents.none")
            : t(selected.length ? "documents.showingSelected" : "documents.showing", {
                shown: documents.length,
                count: totalCount,
              })}
      </p>

      {documents.length ? (
        <ol className="doc-list" aria-label={t("documents.list")}>
          {documents.map((node) => (
            <li key={node.id} data-doc-id={node.id}>
              <button
                type="button"
                className="doc-open"
                onClick={() => onOpen(node.id)}
                aria-describedby={`doc-${node.id}`}
              >
                {node.name}
              </button>
              <span id={`doc-${node.id}`} className="doc-meta muted">
                {node.doctype ? <span className="tag">{node.doctype}</span> : null}{" "}
                {node.issuer ?? node.issuerId ?? t("documents.unknownIssuer")}
                {node.issuedOn ? ` · ${t("documents.issued", { date: formatDate(node.issuedOn) })}` : ""}
                {node.content ? ` · ${t("documents.read")}` : ""}
              </span>
            </li>
          ))}
        </ol>
      ) : null}

      {problem ? (
        <ProblemNotice problem={problem} onRetry={documents.length ? loadMore : reload} compact />
      ) : null}

      {hasNextPage ? (
        <button
          type="button"
          className="load-more"
          onClick={() => {
            loadedMore.current = true;
            loadMore();
          }}
          aria-disabled={loading}
          aria-busy={loading}
        >
          {loading
            ? t("documents.loadingMore")
            : t("documents.loadMore", { count: Math.min(PAGE_SIZE, (totalCount ?? 0) - documents.length) })}
        </button>
      ) : totalCount !== null && documents.length > 0 ? (
        <p ref={listEnd} tabIndex={-1} className="muted list-end" data-testid="documents-end">
          {t("documents.allShown", { count: totalCount })}
        </p>
      ) : null}
    </div>
  );
}
