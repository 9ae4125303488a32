/**
 * DigiLocker's fields drift in type and format between endpoints, issuers and API versions. These
 * functions turn every known variant into one shape, so nothing above the client sees the drift.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthNumber(name: string): string {
  return String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, "0");
}

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;

const DATE_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => [string, string, string]]> = [
  [/^(\d{2})(\d{2})(\d{4})$/, (m) => [m[3], m[2], m[1]]], // DDMMYYYY
  [new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`), (m) => [m[4], m[3], m[1]]], // DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY
  [new RegExp(String.raw`^(\d{4})([-/])(\d{2})\2(\d{2})${TIME}$`), (m) => [m[1], m[3], m[4]]], // ISO date or date-time, YYYY/MM/DD
  [
    /^(\d{1,2})[- ](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[- ,]+(\d{4})$/i,
    (m) => [m[3], monthNumber(m[2]), m[1]],
  ], // 12-Jun-2015, 12 June 2015
];

/**
 * Any DigiLocker date → ISO `YYYY-MM-DD`; null for empty or unrecognised input. Known formats:
 * `DDMMYYYY`, `DD-MM-YYYY`, `DD/MM/YYYY`, `DD.MM.YYYY` (each optionally followed by a time), ISO-8601
 * dates and date-times (the calendar date as written, whatever the offset), `DD-Mon-YYYY`.
 */
export function parseDigiLockerDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  for (const [pattern, pick] of DATE_PATTERNS) {
    const match = text.match(pattern);
    if (!match) continue;
    const [year, rawMonth, rawDay] = pick(match);
    const month = rawMonth.padStart(2, "0");
    const day = rawDay.padStart(2, "0");
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    // Reject impossible dates such as 31/02 instead of letting Date roll them over.
    if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
    return `${year}-${month}-${day}`;
  }
  return null;
}

/** `mime` is an array on `/2/files/issued` and a string on the legacy endpoint. */
export function normalizeMime(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((m): m is string => typeof m === "string" && m !== "");
  if (typeof value === "string" && value.trim() !== "") {
    return value
      .split(",")
      .map((m) => m.trim())
      .filter(Boolean);
  }
  return [];
}

/** `consent_valid_till` arrives as a number or a numeric string of unix seconds. */
export function normalizeEpochSeconds(value: unknown): Date | null {
  const seconds = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  return new Date(seconds * 1000);
}

/** `scope` may be null, a space-separated string, or (seen on some deployments) an array. */
export function normalizeScope(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((s): s is string => typeof s === "string" && s.trim() !== "");
  return typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/** A comma list, an array, or empty → a list of non-empty strings. */
export function normalizeList(value: unknown): string[] {
  return normalizeMime(value);
}

/** Sizes arrive as numbers, numeric strings or `""`. */
export function normalizeSize(value: unknown): number | null {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && value.trim() !== ""
        ? Number(value.trim())
        : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** Empty strings (`reference_key: ""`) mean absent. */
export function emptyToNull(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

export function yesNo(value: unknown): boolean {
  return typeof value === "string" && value.trim().toUpperCase() === "Y";
}

export type Gender = "M" | "F" | "T";

export function normalizeGender(value: unknown): Gender | null {
  const g = typeof value === "string" ? value.trim().toUpperCase() : "";
  return g === "M" || g === "F" || g === "T" ? g : null;
}
