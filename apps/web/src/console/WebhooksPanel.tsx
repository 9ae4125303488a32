import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WebhookDeliveryStatus } from "../gql/graphql";
import { consoleRequest } from "./api";
import { useFormat } from "./format";
import {
  ConsoleConfigureWebhookMutation,
  ConsoleDeleteWebhookMutation,
  ConsoleRetryWebhookMutation,
  ConsoleRotateWebhookMutation,
  ConsoleWebhookQuery,
} from "./operations";
import { Empty, Pending } from "./States";
import { useAsync } from "./useAsync";

const EVENT_TYPES = [
  "consent.completed",
  "consent.denied",
  "consent.expired",
  "session.ended",
  "kyc.verified",
];
const STATUSES: WebhookDeliveryStatus[] = ["PENDING", "DELIVERED", "FAILED"];

/** The webhook endpoint (configure, rotate, delete) and its deliveries with every attempt. */
export function WebhooksPanel({ secretKey }: { secretKey: string }) {
  const { t } = useTranslation("console");
  const f = useFormat();
  const [status, setStatus] = useState("");
  const [sessionInput, setSessionInput] = useState("");
  const [sessionId, setSessionId] = useState("");
  const [state, reload] = useAsync(
    () =>
      consoleRequest(secretKey, ConsoleWebhookQuery, {
        first: 50,
        filter: {
          ...(status ? { status: status as WebhookDeliveryStatus } : {}),
          ...(sessionId ? { sessionId } : {}),
        },
      }),
    [secretKey, status, sessionId],
  );
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<string[]>(EVENT_TYPES);
  const [secret, setSecret] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const endpoint = state.status === "ready" ? state.data.webhookEndpoint : null;
  const deliveries = state.status === "ready" ? state.data.webhookDeliveries : null;
  const pending = deliveries?.edges.some((e) => e.node.status === "PENDING") ?? false;

  useEffect(() => {
    if (endpoint) {
      setUrl(endpoint.url);
      setEvents(endpoint.events);
    }
  }, [endpoint]);
  // While deliveries are retrying, watch them.
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => void reload(), 1000);
    return () => clearInterval(timer);
  }, [pending, reload]);

  const run = async (work: () => Promise<string | null>) => {
    setMessage(null);
    try {
      const text = await work();
      if (text) setMessage({ kind: "ok", text });
      await reload();
    } catch (e) {
      setMessage({ kind: "error", text: (e as Error).message });
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const r = await consoleRequest(secretKey, ConsoleConfigureWebhookMutation, { input: { url, events } });
      setSecret(r.configureWebhook.secret ?? null);
      return t("webhooks.saved");
    });
  };

  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t("webhooks.title")}</h2>
      <Pending state={state} />
      <form className="card console-form" onSubmit={save} aria-labelledby="endpoint-title">
        <h3 id="endpoint-title">{endpoint ? t("webhooks.endpoint") : t("webhooks.noEndpoint")}</h3>
        <label>
          {t("webhooks.url")}
          <input
            type="url"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://example.com/hooks/lockerkit"
          />
        </label>
        <fieldset>
          <legend>{t("webhooks.events")}</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="inline">
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(e) =>
                  setEvents(e.target.checked ? [...events, type] : events.filter((x) => x !== type))
                }
              />{" "}
              {type}
            </label>
          ))}
        </fieldset>
        <div className="console-actions">
          <button type="submit" className="primary">
            {t("webhooks.save")}
          </button>
          {endpoint && (
            <button
              type="button"
              onClick={() =>
                void run(
                  async () => (
                    setSecret(
                      (await consoleRequest(secretKey, ConsoleRotateWebhookMutation, {})).rotateWebhookSecret
                        .secret ?? null,
                    ),
                    t("webhooks.rotated")
                  ),
                )
              }
            >
              {t("webhooks.rotate")}
            </button>
          )}
          {endpoint && !confirmDelete && (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              {t("webhooks.delete")}
            </button>
          )}
          {endpoint && confirmDelete && (
            <span role="group" aria-label={t("webhooks.confirmDeleteLabel")} className="console-confirm">
              <span>{t("webhooks.confirmDelete")}</span>
              <button
                type="button"
                className="danger"
                autoFocus
                onClick={() =>
                  void run(
                    async () => (
                      await consoleRequest(secretKey, ConsoleDeleteWebhookMutation, {}),
                      setConfirmDelete(false),
                      setUrl(""),
                      t("webhooks.deleted")
                    ),
                  )
                }
              >
                {t("webhooks.confirmDeleteButton")}
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                {t("common.cancel")}
              </button>
            </span>
          )}
        </div>
        {secret && (
          <div className="console-secret" role="status" data-testid="webhook-secret">
            <p>{t("webhooks.secretOnce")}</p>
            <code>{secret}</code>
            <button type="button" onClick={() => setSecret(null)}>
              {t("webhooks.secretDone")}
            </button>
          </div>
        )}
        {message && (
          <p
            role={message.kind === "error" ? "alert" : "status"}
            className={message.kind === "error" ? "console-error" : "console-notice"}
          >
            {message.text}
          </p>
        )}
      </form>

      <h3>{t("webhooks.deliveries")}</h3>
      <form
        className="console-filters"
        onSubmit={(e) => (e.preventDefault(), setSessionId(sessionInput.trim()))}
        aria-label={t("webhooks.filters")}
      >
        <label>
          {t("webhooks.statusFilter")}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t("webhooks.anyStatus")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`delivery.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("webhooks.sessionFilter")}
          <input
            value={sessionInput}
            onChange={(e) => setSessionInput(e.target.value)}
            placeholder="00000000-0000-…"
            spellCheck={false}
          />
        </label>
        <button type="submit">{t("sessions.apply")}</button>
        <button type="button" onClick={() => void reload()}>
          {t("common.refresh")}
        </button>
      </form>
      {deliveries &&
        (deliveries.edges.length === 0 ? (
          <Empty>{t("webhooks.noDeliveries")}</Empty>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="deliveries-caption" tabIndex={0}>
            <table className="console-table" data-testid="deliveries-table">
              <caption id="deliveries-caption">
                {t("webhooks.caption", { count: deliveries.totalCount })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("webhooks.type")}</th>
                  <th scope="col">{t("webhooks.status")}</th>
                  <th scope="col">{t("webhooks.created")}</th>
                  <th scope="col">{t("webhooks.attempts")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("sessions.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.edges.map(({ node }) => (
                  <tr key={node.id} data-event-id={node.id} data-status={node.status}>
                    <td>
                      {node.type}
                      {node.sessionId && <div className="muted small">{node.sessionId.slice(0, 8)}</div>}
                    </td>
                    <td>
                      <span className={`pill pill-${node.status.toLowerCase()}`}>
                        {t(`delivery.${node.status}`)}
                      </span>
                    </td>
                    <td>{f.dateTime(node.createdAt)}</td>
                    <td>
                      <ol className="console-attempts">
                        {node.attempts.map((a) => (
                          <li key={a.attempt}>
                            #{a.attempt} {a.statusCode ?? a.error ?? "—"} · {a.durationMs} ms ·{" "}
                            <time dateTime={a.at}>{f.time(a.at)}</time>
                          </li>
                        ))}
                      </ol>
                    </td>
                    <td>
                      {node.status === "FAILED" && (
                        <button
                          type="button"
                          aria-label={t("webhooks.retryLabel", { type: node.type })}
                          onClick={() =>
                            void run(
                              async () => (
                                await consoleRequest(secretKey, ConsoleRetryWebhookMutation, { id: node.id }),
                                t("webhooks.retried")
                              ),
                            )
                          }
                        >
                          {t("webhooks.retry")}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
