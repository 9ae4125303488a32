import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TypedDocument } from "../components/TypedDocument";
import type { ConsoleRevealDocumentMutation, ConsoleSessionDataQuery } from "../gql/graphql";
import { LockerKitError } from "@lockerkit/client";
import { consoleRequest } from "./api";
import { ConsoleRevealDocumentMutation as RevealMutation } from "./operations";
import { Empty } from "./States";

type Documents = NonNullable<ConsoleSessionDataQuery["consentSession"]>["documents"];
type Document = Documents["edges"][number]["node"];
type Content = ConsoleRevealDocumentMutation["revealDocumentContent"];

/** Where one document's "Show contents" stands; contents live in this state only, never cached elsewhere. */
type Reveal =
  | { step: "confirm" }
  | { step: "loading" }
  | { step: "shown"; content: Content }
  | { step: "forbidden" }
  | { step: "error"; message: string };

/**
 * The session's documents: metadata in a table, and each document's contents only when the operator asks,
 * confirms, and the tenant policy allows it (the API decides and audits every request).
 */
export function SessionDocuments({
  secretKey,
  sessionId,
  documents,
  onAudited,
}: {
  secretKey: string;
  sessionId: string;
  documents: Documents;
  /** After each request, allowed or refused: it is a new entry of the session's timeline. */
  onAudited: () => void;
}) {
  const { t } = useTranslation("console");
  const [reveals, setReveals] = useState<Record<string, Reveal>>({});
  const showButtons = useRef(new Map<string, HTMLButtonElement>());
  const set = (id: string, reveal: Reveal | null) =>
    setReveals((all) => {
      const next = { ...all };
      if (reveal) next[id] = reveal;
      else delete next[id];
      return next;
    });
  const close = (id: string) => {
    set(id, null);
    // Back to the row's button, so a keyboard user keeps their place.
    requestAnimationFrame(() => showButtons.current.get(id)?.focus());
  };

  const reveal = async (document: Document) => {
    set(document.id, { step: "loading" });
    try {
      const r = await consoleRequest(secretKey, RevealMutation, { sessionId, documentId: document.id });
      set(document.id, { step: "shown", content: r.revealDocumentContent });
      requestAnimationFrame(() => window.document.getElementById(`contents-${document.id}`)?.focus());
    } catch (e) {
      set(
        document.id,
        e instanceof LockerKitError && e.code === "FORBIDDEN"
          ? { step: "forbidden" }
          : { step: "error", message: (e as Error).message },
      );
    }
    onAudited();
  };

  if (documents.edges.length === 0) return <Empty>{t("detail.noDocuments")}</Empty>;
  const shown = documents.edges.filter(({ node }) => reveals[node.id]?.step === "shown");
  // The policy is the tenant's, not the document's: one message, however many documents were refused.
  const forbidden = Object.values(reveals).some((r) => r.step === "forbidden");
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="docs-caption" tabIndex={0}>
        <table className="console-table" data-testid="documents-table">
          <caption id="docs-caption">{t("detail.documentsCaption", { count: documents.totalCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("detail.docName")}</th>
              <th scope="col">{t("contents.column")}</th>
              <th scope="col">{t("detail.docType")}</th>
              <th scope="col">{t("detail.docIssuer")}</th>
              <th scope="col">{t("detail.docDate")}</th>
            </tr>
          </thead>
          <tbody>
            {documents.edges.map(({ node }) => {
              const state = reveals[node.id];
              return (
                <tr key={node.id} data-document-id={node.id}>
                  <td>{node.name}</td>
                  {/* Next to the name, so it is on screen at phone widths without scrolling the table. */}
                  <td>
                    {state?.step === "confirm" ? (
                      <span
                        role="group"
                        aria-label={t("contents.confirmLabel", { name: node.name })}
                        className="console-confirm console-confirm-wrap"
                      >
                        <span>{t("contents.confirm")}</span>
                        <button type="button" autoFocus onClick={() => void reveal(node)}>
                          {t("contents.confirmButton")}
                        </button>
                        <button type="button" onClick={() => close(node.id)}>
                          {t("common.cancel")}
                        </button>
                      </span>
                    ) : state?.step === "shown" ? (
                      <button
                        type="button"
                        aria-label={t("contents.hideLabel", { name: node.name })}
                        aria-expanded="true"
                        aria-controls={`contents-${node.id}`}
                        onClick={() => close(node.id)}
                      >
                        {t("contents.hide")}
                      </button>
                    ) : (
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) showButtons.current.set(node.id, el);
                          else showButtons.current.delete(node.id);
                        }}
                        aria-label={t("contents.showLabel", { name: node.name })}
                        aria-expanded="false"
                        disabled={state?.step === "loading"}
                        onClick={() => set(node.id, { step: "confirm" })}
                      >
                        {t("contents.show")}
                      </button>
                    )}
                    {state?.step === "loading" && (
                      <span role="status" className="muted small">
                        {" "}
                        {t("contents.loading")}
                      </span>
                    )}
                  </td>
                  <td>{node.doctype ?? "—"}</td>
                  <td>{node.issuer ?? "—"}</td>
                  <td>{node.issuedOn ?? "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {forbidden && (
        <p role="alert" className="console-error" data-testid="contents-forbidden">
          {t("contents.forbidden")} {t("contents.forbiddenHint")}
        </p>
      )}
      {documents.edges.map(({ node }) => {
        const state = reveals[node.id];
        return state?.step === "error" ? (
          <p key={node.id} role="alert" className="console-error">
            {node.name}: {state.message}
          </p>
        ) : null;
      })}
      {shown.map(({ node }) => {
        const content = (reveals[node.id] as Extract<Reveal, { step: "shown" }>).content;
        return (
          <section
            key={node.id}
            id={`contents-${node.id}`}
            tabIndex={-1}
            className="card console-contents"
            aria-labelledby={`contents-title-${node.id}`}
            data-testid="document-contents"
          >
            <h4 id={`contents-title-${node.id}`}>{t("contents.title", { name: node.name })}</h4>
            <p className="muted small">{t("contents.audited")}</p>
            {content.signature && (
              <p>
                {content.signature.verified
                  ? t("kyc.verifiedBy", { signer: content.signature.signer ?? "?" })
                  : t("kyc.notVerified", { reason: content.signature.reason ?? "" })}
              </p>
            )}
            {content.data ? (
              <TypedDocument content={content} />
            ) : (
              <p className="muted">{t("contents.file", { mime: content.mimeType })}</p>
            )}
          </section>
        );
      })}
    </>
  );
}
