/**
 * DigiLocker's fields drift in type and format between endpoints, issuers and API versions. These
 * functions turn every known variant into one shape, so nothing above the client sees the drift.
 */

const DATE_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => [string, string, string]]> = [
  [/^(\d{2})(\d{2})(\d{4})$/, (m) => [m[3], m[2], m[1]]], // DDMMYYYY
  [/^(\d{2})[-/.](\d{2})[-/.](\d{4})$/, (m) => [m[3], m[2], m[1]]], // DD-MM-YYYY, DD/MM/YYYY
  [/^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/, (m) => [m[1], m[2], m[3]]], // ISO date or date-time
];

/** Any DigiLocker date → ISO `YYYY-MM-DD`; null for empty or unrecognised input. */
export function parseDigiLockerDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  for (const [pattern, pick] of DATE_PATTERNS) {
    const match = text.match(pattern);
    if (!match) continue;
    const [year, month, day] = pick(match);
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

/** `scope` may be null, or a space-separated string. */
export function normalizeScope(value: unknown): string[] {
  return typeof value === "string" ? value.split(/\s+/).filter(Boolean) : [];
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
