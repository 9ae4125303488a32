import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { HealthWindow } from "../gql/graphql";
import { consoleRequest } from "./api";
import { useFormat } from "./format";
import { ConsoleHealthQuery } from "./operations";
import { Empty, Pending } from "./States";
import { useAsync } from "./useAsync";
import { useWidth } from "./useWidth";

const HEIGHT = 220;

/** A chart with a caption and the same numbers as a table for screen readers and keyboards. */
function Chart({
  id,
  title,
  empty,
  emptyText,
  table,
  children,
}: {
  id: string;
  title: string;
  empty: boolean;
  emptyText: string;
  table: { head: string[]; rows: Array<Array<string | number>> };
  children: (width: number) => React.ReactNode;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <figure className="card console-chart" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {empty ? (
        <Empty>{emptyText}</Empty>
      ) : (
        <>
          <div ref={ref} aria-hidden="true" style={{ height: HEIGHT }}>
            {width > 0 && children(width)}
          </div>
          <details>
            <summary>{title}: table</summary>
            <table className="console-table">
              <thead>
                <tr>
                  {table.head.map((h) => (
                    <th scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((c, j) =>
                      j === 0 ? (
                        <th scope="row" key={j}>
                          {c}
                        </th>
                      ) : (
                        <td key={j}>{c}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}

/** Health at a glance over the last hour or day. */
export function HealthPanel({ secretKey }: { secretKey: string }) {
  const { t } = useTranslation("console");
  const f = useFormat();
  const [window, setWindow] = useState<HealthWindow>("HOUR");
  const [state, reload] = useAsync(
    () => consoleRequest(secretKey, ConsoleHealthQuery, { window }),
    [secretKey, window],
  );
  const h = state.status === "ready" ? state.data.operationsHealth : null;
  const buckets = (h?.buckets ?? []).map((b) => ({
    label: f.time(b.start),
    completion: b.started ? Math.round((b.completed / b.started) * 100) : null,
    webhooks: b.webhookAttempts ? Math.round((b.webhookSucceeded / b.webhookAttempts) * 100) : null,
  }));
  const upstream = (h?.upstream ?? []).map((u) => ({
    operation: u.operation,
    errorRate: Math.round(u.errorRate * 1000) / 10,
    requests: u.requests,
    errors: u.errors,
  }));
  const byStatus = (h?.sessionsByStatus ?? []).map((s) => ({
    status: t(`status.${s.status}`),
    count: s.count,
  }));
  return (
    <section aria-labelledby="health-title">
      <h2 id="health-title">{t("health.title")}</h2>
      <div className="console-filters">
        <label>
          {t("health.window")}
          <select value={window} onChange={(e) => setWindow(e.target.value as HealthWindow)}>
            <option value="HOUR">{t("health.hour")}</option>
            <option value="DAY">{t("health.day")}</option>
          </select>
        </label>
        <button type="button" onClick={() => void reload()}>
          {t("common.refresh")}
        </button>
      </div>
      <Pending state={state} />
      {h && (
        <>
          <dl className="console-kpis">
            <div>
              <dt>{t("health.completion")}</dt>
              <dd data-testid="kpi-completion">{f.percent(h.completionRate)}</dd>
            </div>
            <div>
              <dt>{t("health.webhookSuccess")}</dt>
              <dd data-testid="kpi-webhooks">{f.percent(h.webhookSuccessRate)}</dd>
            </div>
            <div>
              <dt>{t("health.sessions")}</dt>
              <dd>{h.sessionsByStatus.reduce((n, s) => n + s.count, 0)}</dd>
            </div>
          </dl>
          <div className="console-charts">
            <Chart
              id="chart-status"
              title={t("health.byStatus")}
              empty={byStatus.length === 0}
              emptyText={t("health.noSessions")}
              table={{
                head: [t("sessions.status"), t("health.count")],
                rows: byStatus.map((s) => [s.status, s.count]),
              }}
            >
              {(width) => (
                <BarChart width={width} height={HEIGHT} data={byStatus}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="status" fontSize={12} />
                  <YAxis allowDecimals={false} fontSize={12} />
                  <Tooltip />
                  <Bar dataKey="count" name={t("health.count")} fill="#1c4aa8" isAnimationActive={false} />
                </BarChart>
              )}
            </Chart>
            <Chart
              id="chart-rates"
              title={t("health.rates")}
              empty={buckets.every((b) => b.completion === null && b.webhooks === null)}
              emptyText={t("health.noActivity")}
              table={{
                head: [t("health.bucket"), t("health.completion"), t("health.webhookSuccess")],
                rows: buckets
                  .filter((b) => b.completion !== null || b.webhooks !== null)
                  .map((b) => [
                    b.label,
                    b.completion === null ? "—" : `${b.completion}%`,
                    b.webhooks === null ? "—" : `${b.webhooks}%`,
                  ]),
              }}
            >
              {(width) => (
                <LineChart width={width} height={HEIGHT} data={buckets}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" fontSize={12} />
                  <YAxis domain={[0, 100]} unit="%" fontSize={12} />
                  <Tooltip />
                  <Legend />
                  <Line
                    dataKey="completion"
                    name={t("health.completion")}
                    stroke="#0f6b3a"
                    connectNulls
                    isAnimationActive={false}
                  />
                  <Line
                    dataKey="webhooks"
                    name={t("health.webhookSuccess")}
                    stroke="#9b1c1c"
                    strokeDasharray="4 2"
                    connectNulls
                    isAnimationActive={false}
                  />
                </LineChart>
              )}
            </Chart>
            <Chart
              id="chart-upstream"
              title={t("health.upstream")}
              empty={upstream.length === 0}
              emptyText={t("health.noUpstream")}
              table={{
                head: [
                  t("health.operation"),
                  t("health.requests"),
                  t("health.errors"),
                  t("health.errorRate"),
                ],
                rows: upstream.map((u) => [u.operation, u.requests, u.errors, `${u.errorRate}%`]),
              }}
            >
              {(width) => (
                <BarChart width={width} height={HEIGHT} data={upstream}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="operation" fontSize={11} />
                  <YAxis domain={[0, 100]} unit="%" fontSize={12} />
                  <Tooltip />
                  <Bar
                    dataKey="errorRate"
                    name={t("health.errorRate")}
                    fill="#9b1c1c"
                    isAnimationActive={false}
                  />
                </BarChart>
              )}
            </Chart>
          </div>
          <p className="muted small">{t("health.sources", { since: f.dateTime(h.upstreamSince) })}</p>
        </>
      )}
    </section>
  );
}
