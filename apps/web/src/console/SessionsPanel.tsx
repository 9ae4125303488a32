import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentSessionFilter, SessionStatus } from "../gql/graphql";
import { consoleRequest } from "./api";
import { useFormat } from "./format";
import { ConsoleSessionsQuery } from "./operations";
import { SessionDetail } from "./SessionDetail";
import { Empty, Pending } from "./States";
import { SESSION_STATUSES } from "./types";
import { useAsync } from "./useAsync";

const PAGE = 20;

/** The tenant's sessions: filters, keyset pages, and a session's detail. */
export function SessionsPanel({ secretKey }: { secretKey: string }) {
  const { t } = useTranslation("console");
  const f = useFormat();
  const [form, setForm] = useState({ status: "", from: "", to: "" });
  const [filter, setFilter] = useState<ConsentSessionFilter>({});
  // Cursors of the pages before this one, so "Previous" can go back on a forward-only keyset.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [open, setOpen] = useState<string | null>(null);
  const after = cursors[cursors.length - 1];
  const [state, reload] = useAsync(
    () => consoleRequest(secretKey, ConsoleSessionsQuery, { first: PAGE, after, filter }),
    [secretKey, after, filter],
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      ...(form.status ? { status: [form.status as SessionStatus] } : {}),
      ...(form.from ? { createdAfter: new Date(`${form.from}T00:00:00`).toISOString() } : {}),
      ...(form.to
        ? { createdBefore: new Date(new Date(`${form.to}T00:00:00`).getTime() + 86_400_000).toISOString() }
        : {}),
    });
    setCursors([null]);
  };

  if (open)
    return <SessionDetail secretKey={secretKey} id={open} onBack={() => (setOpen(null), void reload())} />;

  const connection = state.status === "ready" ? state.data.consentSessions : null;
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("sessions.title")}</h2>
      <form className="console-filters" onSubmit={apply} aria-label={t("sessions.filters")}>
        <label>
          {t("sessions.status")}
          <select value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value })}>
            <option value="">{t("sessions.anyStatus")}</option>
            {SESSION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("sessions.from")}
          <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </label>
        <label>
          {t("sessions.to")}
          <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </label>
        <button type="submit">{t("sessions.apply")}</button>
      </form>
      <Pending state={state} />
      {connection && (
        <>
          <p className="muted" role="status" data-testid="sessions-count">
            {t("sessions.count", { count: connection.totalCount })}
          </p>
          {connection.edges.length === 0 ? (
            <Empty>{t("sessions.empty")}</Empty>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="sessions-caption" tabIndex={0}>
              <table className="console-table" data-testid="sessions-table">
                <caption id="sessions-caption">{t("sessions.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("sessions.status")}</th>
                    <th scope="col">{t("sessions.purpose")}</th>
                    <th scope="col">{t("sessions.created")}</th>
                    <th scope="col">{t("sessions.granted")}</th>
                    <th scope="col">{t("sessions.expires")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("sessions.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id} data-session-id={node.id}>
                      <td>
                        <span className={`pill pill-${node.status.toLowerCase()}`}>
                          {t(`status.${node.status}`)}
                        </span>
                      </td>
                      <td>{node.purpose}</td>
                      <td>{f.dateTime(node.createdAt)}</td>
                      <td>{f.dateTime(node.grantedAt)}</td>
                      <td>{f.dateTime(node.consentValidTill ?? node.expiresAt)}</td>
                      <td>
                        <button
                          type="button"
                          onClick={() => setOpen(node.id)}
                          aria-label={t("sessions.openLabel", { id: node.id.slice(0, 8) })}
                        >
                          {t("sessions.open")}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="console-paging">
            <button
              type="button"
              disabled={cursors.length < 2}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              {t("common.previous")}
            </button>
            <button
              type="button"
              disabled={!connection.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, connection.pageInfo.endCursor ?? null])}
            >
              {t("common.next")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
