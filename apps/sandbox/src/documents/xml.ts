/** Escapes text for an XML attribute or text node. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/** ` a="1" b="2"` in the given order, omitting empty or missing values (as e-Aadhaar's Poa does). */
export function attrs(pairs: Array<[string, string | undefined]>): string {
  return pairs
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => ` ${k}="${xmlEscape(v!)}"`)
    .join("");
}

/** `DDMMYYYY`, `DD-MM-YYYY`, `DD/MM/YYYY` → `[dd, mm, yyyy]`. */
export function dateParts(date: string): [string, string, string] {
  const digits = date.replace(/\D/g, "");
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)];
}
