/** Display helpers for the demo's cards and tables. Pure (apart from the language), so they are unit-tested. */
import { locale } from "../i18n";

const GENDERS: Record<string, string> = { M: "Male", F: "Female", T: "Transgender" };

export function genderLabel(gender: string | null | undefined): string {
  if (!gender) return "—";
  return GENDERS[gender] ?? gender;
}

/** ISO `YYYY-MM-DD` as "14 Aug 1992"; anything else as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toLocaleDateString(locale(), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** An ISO date-time in the viewer's locale, to the minute. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale(), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

type AddressLike = Partial<
  Record<
    | "house"
    | "street"
    | "landmark"
    | "locality"
    | "vtc"
    | "postOffice"
    | "subDistrict"
    | "district"
    | "state"
    | "pincode"
    | "country",
    string | null
  >
>;

/** An Aadhaar address as lines, the way it is printed on the card; repeated parts appear once. */
export function addressLines(address: AddressLike): string[] {
  const seen = new Set<string>();
  const part = (value: string | null | undefined) => {
    const v = value?.trim();
    if (!v || seen.has(v.toLowerCase())) return null;
    seen.add(v.toLowerCase());
    return v;
  };
  const join = (...values: Array<string | null | undefined>) => values.map(part).filter(Boolean).join(", ");
  // In reading order, so a place named twice (locality = post office, city = district) shows first.
  const first = join(address.house, address.street);
  const second = join(address.landmark, address.locality);
  const city = join(address.vtc, address.subDistrict);
  const postOffice = part(address.postOffice);
  const third = [city, postOffice ? `PO ${postOffice}` : null].filter(Boolean).join(", ");
  const region = join(address.district, address.state);
  const pincode = part(address.pincode);
  const fourth = [region, pincode].filter(Boolean).join(" - ");
  return [first, second, third, fourth, join(address.country)].filter((line) => line.length > 0);
}

/** `holderName` → "Holder name", `DOB` → "DOB", `issued_on` → "Issued on". */
export function humanizeKey(key: string): string {
  if (/^[A-Z0-9_]+$/.test(key) && key.length <= 4) return key;
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface FieldRow {
  label: string;
  value: string;
  /** A picture the certificate carries (`{ format: "jpeg", base64 }`), as a data URI. */
  image?: string;
}

const IMAGE_TYPES: Record<string, string> = { jpeg: "image/jpeg", jpg: "image/jpeg", png: "image/png" };
const LONG_VALUE = 160;

function imageOf(value: Record<string, unknown>): string | null {
  const format = typeof value.format === "string" ? IMAGE_TYPES[value.format.toLowerCase()] : undefined;
  const base64 = value.base64;
  if (!format || typeof base64 !== "string" || !/^[A-Za-z0-9+/=\s]+$/.test(base64)) return null;
  return `data:${format};base64,${base64.replace(/\s+/g, "")}`;
}

/**
 * A parsed certificate (JSON of any shape) as label/value rows: nested objects become
 * "Parent › Child" labels, arrays are numbered, empty values are left out, embedded pictures become
 * image rows and very long values are shortened.
 */
export function flattenFields(
  value: unknown,
  prefix: string[] = [],
  rows: FieldRow[] = [],
  depth = 0,
): FieldRow[] {
  const label = prefix.join(" › ") || "Value";
  if (value === null || value === undefined || value === "") return rows;
  if (depth > 8) {
    rows.push({ label, value: shorten(JSON.stringify(value)) });
    return rows;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || ["string", "number", "boolean"].includes(typeof v))) {
      const text = value
        .filter((v) => v !== null && v !== "")
        .map(String)
        .join(", ");
      if (text) rows.push({ label, value: shorten(text) });
      return rows;
    }
    if (value.length === 1) return flattenFields(value[0], prefix, rows, depth + 1);
    value.forEach((item, index) =>
      flattenFields(
        item,
        [...prefix.slice(0, -1), `${prefix.at(-1) ?? "Item"} ${index + 1}`],
        rows,
        depth + 1,
      ),
    );
    return rows;
  }
  if (typeof value === "object") {
    const image = imageOf(value as Record<string, unknown>);
    if (image) {
      rows.push({
        label,
        value: `${String((value as Record<string, unknown>).format).toUpperCase()} image`,
        image,
      });
      return rows;
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>))
      flattenFields(child, [...prefix, humanizeKey(key)], rows, depth + 1);
    return rows;
  }
  rows.push({ label, value: typeof value === "boolean" ? (value ? "Yes" : "No") : shorten(String(value)) });
  return rows;
}

function shorten(text: string): string {
  return text.length > LONG_VALUE ? `${text.slice(0, LONG_VALUE)}… (${text.length} characters)` : text;
}

/** The read-only base64 body of a file, without the `data:…;base64,` prefix FileReader adds. */
export function stripDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(",");
  return comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
}

/** A Secure QR's text is a long decimal number; pasted text may carry spaces or line breaks. */
export function normaliseQrText(text: string): string {
  return text.replace(/\s+/g, "");
}

/** A duration in the largest whole unit that fits (days, hours, minutes, seconds), in the page's language. */
export function formatDuration(seconds: number): string {
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60],
    ["second", 1],
  ];
  const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ["second", 1];
  return new Intl.NumberFormat(locale(), { style: "unit", unit, unitDisplay: "long" }).format(
    Math.floor(seconds / size),
  );
}
