import { useCallback, useEffect, useRef, useState } from "react";
import { execute } from "../api/client";
import { DocumentsDocument } from "../api/operations";
import type { DocumentsQuery } from "../gql/graphql";
import { formatDate } from "../lib/format";
import { useFocusAfterRender } from "../lib/useFocusAfterRender";
import type { Problem } from "../lib/problems";
import type { ReportError } from "./SessionScreen";
import { ProblemNotice } from "./ProblemNotice";

export const PAGE_SIZE = 50;

type Edge = DocumentsQuery["documents"]["edges"][number];

interface Props {
  token: string;
  report: ReportError;
  onOpen: (id: string, from: HTMLElement) => void;
}

/** The issued documents over the cursor connection: "Load more" follows `endCursor`; filters by doctype. */
export function DocumentList({ token, report, onOpen }: Props) {
  const [edges, setEdges] = useState<Edge[]>([]);
  const [totalCount, setTotalCount] = useState<number | null>(null);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasNextPage, setHasNextPage] = useState(false);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  // Doctypes seen so far (with a name), so ticking one filter never hides the others.
  const [types, setTypes] = useState<Map<string, string>>(new Map());
  const request = useRef(0);
  const listEnd = useRef<HTMLParagraphElement>(null);
  // After the last "Load more" the button goes away: focus moves to the note that ends the list.
  const focusListEnd = useFocusAfterRender(listEnd);

  const load = useCallback(
    async (after: string | null, doctypes: string[]) => {
      const id = ++request.current;
      setLoading(true);
      setProblem(null);
      try {
        const { documents } = await execute(
          DocumentsDocument,
          { first: PAGE_SIZE, after, filter: doctypes.length ? { doctypes } : null },
          { token },
        );
        if (id !== request.current) return;
        setEdges((current) => (after ? [...current, ...documents.edges] : documents.edges));
        setTotalCount(documents.totalCount);
        setEndCursor(documents.pageInfo.endCursor ?? null);
        setHasNextPage(documents.pageInfo.hasNextPage);
        setTypes((current) => {
          const fresh = documents.edges.filter((e) => e.node.doctype && !current.has(e.node.doctype));
          if (!fresh.length) return current;
          const next = new Map(current);
          for (const { node } of fresh) next.set(node.doctype!, node.name);
          return next;
        });
        if (!documents.pageInfo.hasNextPage && after) focusListEnd();
      } catch (error) {
        if (id === request.current) setProblem(report(error));
      } finally {
        if (id === request.current) setLoading(false);
      }
    },
    [token, report, focusListEnd],
  );

  useEffect(() => {
    void load(null, selected);
  }, [load, selected]);

  const toggle = (doctype: string, on: boolean) =>
    setSelected((current) => (on ? [...current, doctype].sort() : current.filter((d) => d !== doctype)));

  const sortedTypes = [...types.entries()].sort(([a], [b]) => a.localeCompare(b));

  return (
    <div className="documents">
      {sortedTypes.length > 1 || selected.length ? (
        <fieldset className="filters">
          <legend>Filter by document type</legend>
          <div className="checks">
            {sortedTypes.map(([doctype, name]) => (
              <label key={doctype} className="check chip">
                <input type="checkbox" checked={selected.includes(doctype)} onChange={(e) => toggle(doctype, e.target.checked)} />
                {name} <span className="muted">({doctype})</span>
              </label>
            ))}
          </div>
          {selected.length ? (
            <button type="button" className="link" onClick={() => setSelected([])}>
              Clear filters
            </button>
          ) : null}
        </fieldset>
      ) : null}

      <p className="count" role="status" aria-live="polite" data-testid="documents-count">
        {totalCount === null
          ? "Loading documents…"
          : totalCount === 0
            ? selected.length
              ? "No documents of the selected types."
              : "No issued documents in this DigiLocker."
            : `Showing ${edges.length} of ${totalCount} document${totalCount === 1 ? "" : "s"}${selected.length ? " of the selected types" : ""}.`}
      </p>

      {edges.length ? (
        <ol className="doc-list" aria-label="Issued documents">
          {edges.map(({ node, cursor }) => (
            <li key={cursor} data-doc-id={node.id}>
              <button type="button" className="doc-open" onClick={(e) => onOpen(node.id, e.currentTarget)} aria-describedby={`doc-${node.id}`}>
                {node.name}
              </button>
              <span id={`doc-${node.id}`} className="doc-meta muted">
                {node.doctype ? <span className="tag">{node.doctype}</span> : null} {node.issuer ?? node.issuerId ?? "Unknown issuer"}
                {node.issuedOn ? ` · issued ${formatDate(node.issuedOn)}` : ""}
                {node.content ? " · read" : ""}
              </span>
            </li>
          ))}
        </ol>
      ) : null}

      {problem ? <ProblemNotice problem={problem} onRetry={() => void load(edges.length ? endCursor : null, selected)} compact /> : null}

      {hasNextPage ? (
        <button
          type="button"
          className="load-more"
          onClick={() => loading || void load(endCursor, selected)}
          aria-disabled={loading}
          aria-busy={loading}
        >
          {loading ? "Loading…" : `Load more (${Math.min(PAGE_SIZE, (totalCount ?? 0) - edges.length)} more)`}
        </button>
      ) : totalCount !== null && edges.length > 0 ? (
        <p ref={listEnd} tabIndex={-1} className="muted list-end" data-testid="documents-end">
          All {totalCount} documents shown.
        </p>
      ) : null}
    </div>
  );
}
