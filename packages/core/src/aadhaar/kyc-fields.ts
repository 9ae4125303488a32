import type { AadhaarAddress, AadhaarGender } from "./aadhaar-kyc";

/** Trimmed value, or null when absent or blank (UIDAI leaves blanks, DigiLocker omits; both mean "none"). */
export function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function emptyAddress(): AadhaarAddress {
  return {
    house: null,
    street: null,
    landmark: null,
    locality: null,
    vtc: null,
    subDistrict: null,
    district: null,
    state: null,
    pincode: null,
    postOffice: null,
    country: null,
  };
}

/** Address parts from attribute values, every part cleaned. */
export function address(
  parts: Partial<Record<keyof AadhaarAddress, string | null | undefined>>,
): AadhaarAddress {
  const result = emptyAddress();
  for (const key of Object.keys(result) as (keyof AadhaarAddress)[]) result[key] = clean(parts[key]);
  return result;
}

/** UIDAI writes `DD-MM-YYYY` (sometimes `/`), occasionally ISO, and only the year when the day is unknown. */
export function parseDateOfBirth(raw: string | null | undefined): {
  dateOfBirth: string | null;
  yearOfBirth: number | null;
} {
  const value = clean(raw);
  if (!value) return { dateOfBirth: null, yearOfBirth: null };
  if (/^\d{4}$/.test(value)) return { dateOfBirth: null, yearOfBirth: Number(value) };
  const dayFirst = /^(\d{2})[-/.](\d{2})[-/.](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : [];
  if (!year || !month || !day) return { dateOfBirth: null, yearOfBirth: null };
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return { dateOfBirth: null, yearOfBirth: Number(year) };
  }
  return { dateOfBirth: `${year}-${month}-${day}`, yearOfBirth: Number(year) };
}

export function parseGender(raw: string | null | undefined): AadhaarGender | null {
  const value = clean(raw)?.toUpperCase();
  if (value === "M" || value === "MALE") return "M";
  if (value === "F" || value === "FEMALE") return "F";
  if (value === "T" || value === "TRANSGENDER" || value === "O" || value === "OTHER") return "T";
  return null;
}

/** ISO 8601 UTC from a timestamp; one without a zone is India Standard Time, as UIDAI writes it. */
export function isoTimestamp(raw: string | null | undefined): string | null {
  const value = clean(raw);
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})?$/.test(value))
    return null;
  const date = new Date(/(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}+05:30`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The IST generation time embedded in an offline / QR reference id (last 4 digits + `YYYYMMDDHHMMSSsss`). */
export function generatedAtFromReferenceId(referenceId: string | null): string | null {
  const match = referenceId
    ? /^\d{4}(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})$/.exec(referenceId)
    : null;
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms] = match;
  return isoTimestamp(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}+05:30`);
}

/** The last four digits of the Aadhaar number that begin a reference id. */
export function lastFourFromReferenceId(referenceId: string | null): string | null {
  return referenceId && /^\d{4}/.test(referenceId) ? referenceId.slice(0, 4) : null;
}
