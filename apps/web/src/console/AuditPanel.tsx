import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsoleAuditQuery } from "../gql/graphql";
import { consoleRequest } from "./api";
import { useFormat } from "./format";
import { ConsoleAuditQuery as AuditQuery } from "./operations";
import { Empty, Pending } from "./States";
import { useAsync } from "./useAsync";

type Event = ConsoleAuditQuery["auditEvents"][number];
const PAGE = 50;

/** The tenant's whole audit trail, newest first; the console's own actions carry the actor `console`. */
export function AuditPanel({ secretKey }: { secretKey: string }) {
  const { t } = useTranslation("console");
  const f = useFormat();
  const [actor, setActor] = useState("");
  const [older, setOlder] = useState<Event[]>([]);
  const [state, reload] = useAsync(
    async () => (setOlder([]), consoleRequest(secretKey, AuditQuery, { first: PAGE, actor: actor || null })),
    [secretKey, actor],
  );
  const events = state.status === "ready" ? [...state.data.auditEvents, ...older] : [];
  const last = events[events.length - 1];

  const loadOlder = async () => {
    if (!last) return;
    const r = await consoleRequest(secretKey, AuditQuery, {
      first: PAGE,
      beforeSeq: last.seq,
      actor: actor || null,
    });
    setOlder([...older, ...r.auditEvents]);
  };

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t("audit.title")}</h2>
      <div className="console-filters">
        <label>
          {t("audit.actor")}
          <select value={actor} onChange={(e) => setActor(e.target.value)}>
            <option value="">{t("audit.anyActor")}</option>
            {[
              "console",
              "tenant:secret",
              "tenant:publishable",
              "cli",
              "session",
              "digilocker",
              "anonymous",
              "system",
            ].map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void reload()}>
          {t("common.refresh")}
        </button>
      </div>
      <Pending state={state} />
      {state.status === "ready" &&
        (events.length === 0 ? (
          <Empty>{t("audit.empty")}</Empty>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
            <table className="console-table" data-testid="audit-table">
              <caption id="audit-caption">{t("audit.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t("audit.at")}</th>
                  <th scope="col">{t("audit.actor")}</th>
                  <th scope="col">{t("audit.action")}</th>
                  <th scope="col">{t("audit.outcome")}</th>
                  <th scope="col">{t("audit.session")}</th>
                  <th scope="col">{t("audit.request")}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.seq} data-action={e.action} data-actor={e.actor}>
                    <td>{e.seq}</td>
                    <td>{f.dateTime(e.at)}</td>
                    <td>{e.actor}</td>
                    <td>{e.action}</td>
                    <td>{e.outcome}</td>
                    <td>{e.sessionId ? <code>{e.sessionId.slice(0, 8)}</code> : "—"}</td>
                    <td>{e.requestId ? <code className="small">{e.requestId.slice(0, 8)}</code> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {state.status === "ready" && events.length >= PAGE && (
        <button type="button" onClick={() => void loadOlder()}>
          {t("audit.older")}
        </button>
      )}
    </section>
  );
}
