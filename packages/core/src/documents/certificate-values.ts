/**
 * ISO `YYYY-MM-DD` from the date spellings DigiLocker issuers use (`DD-MM-YYYY`, `DD/MM/YYYY`, `DD.MM.YYYY`,
 * `DDMMYYYY`, `YYYY-MM-DD`, ISO timestamps); null for anything else, including impossible dates.
 */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const dayFirst = /^(\d{2})[-/.]?(\d{2})[-/.]?(\d{4})$/.exec(text);
  const yearFirst = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1800 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${parts[0]}-${parts[1]}-${parts[2]}`;
}

/** Keeps the last 5 characters of an identifier (chassis, engine numbers); shorter values are fully masked. */
export function maskToLastFive(raw: string | null): string | null {
  if (raw === null) return null;
  const compact = raw.replace(/\s+/g, "");
  if (compact.length <= 5) return "X".repeat(compact.length);
  return `${"X".repeat(compact.length - 5)}${compact.slice(-5)}`;
}
