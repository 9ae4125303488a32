import { emptyToNull, normalizeSize } from "./normalize";

/** `size`, `parent` and `type` of a listed item, as sent on `/2/files/issued` (size `""`, a number or a numeric string). */
export function issuedItemShape(record: Record<string, unknown>): {
  size: number | null;
  parent: string | null;
  type: "file" | "dir";
} {
  return {
    size: normalizeSize(record.size),
    parent: emptyToNull(record.parent),
    type: typeof record.type === "string" && record.type.trim().toLowerCase() === "dir" ? "dir" : "file",
  };
}
