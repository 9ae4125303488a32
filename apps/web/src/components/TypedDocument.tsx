import type { TypedDocumentContent as Content } from "@lockerkit/client";
import { formatDate } from "../lib/format";
import { TITLES, typedRows } from "./typedDocumentRows";

/**
 * The typed fields of a certificate (`DocumentContent.data`, read by @lockerkit/client's `document(id)`):
 * one readable table per document kind, generic certificates as their labelled rows. Empty values are
 * never shown.
 */
export function TypedDocument({ content }: { content: Content }) {
  const data = content.data;
  if (!data) return null;
  const rows = typedRows(data).filter(
    (row): row is [string, string] => typeof row[1] === "string" && row[1].trim() !== "",
  );
  return (
    <>
      <table className="fields" data-testid="document-fields" data-kind={data.__typename}>
        <caption>{TITLES[data.__typename]}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value], i) => (
            <tr key={i}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.__typename === "DrivingLicence" && data.vehicleClasses.length > 0 ? (
        <table className="fields" data-testid="vehicle-classes">
          <caption>Vehicle classes</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Description</th>
              <th scope="col">Use</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {data.vehicleClasses.map((c, i) => (
              <tr key={i}>
                <th scope="row">{c.code ?? "—"}</th>
                <td>{c.description ?? "—"}</td>
                <td>
                  {c.transport === null || c.transport === undefined
                    ? "—"
                    : c.transport
                      ? "Transport"
                      : "Non-transport"}
                </td>
                <td>{formatDate(c.issuedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data.__typename === "Marksheet" && data.subjects.length > 0 ? (
        <table className="fields" data-testid="subjects">
          <caption>Subjects</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Marks</th>
              <th scope="col">Grade</th>
            </tr>
          </thead>
          <tbody>
            {data.subjects.map((s, i) => (
              <tr key={i}>
                <th scope="row">{s.name ?? s.code ?? "—"}</th>
                <td>
                  {s.marksTotal ? (s.marksMax ? `${s.marksTotal} / ${s.marksMax}` : s.marksTotal) : "—"}
                </td>
                <td>{s.grade ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
