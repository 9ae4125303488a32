import { isVerhoeffValid } from "./verhoeff";

/**
 * Whether a string is a well-formed Aadhaar number: 12 digits, not starting with 0 or 1, valid Verhoeff check
 * digit. Spaces and hyphens between groups are ignored. Returns only a boolean, never the number.
 */
export function isValidAadhaarNumber(input: string): boolean {
  const digits = input.replace(/[\s-]/g, "");
  return /^[2-9]\d{11}$/.test(digits) && isVerhoeffValid(digits);
}

/** `XXXX-XXXX-1234` from the last four digits; null when they are not four digits. */
export function maskFromLastFour(lastFour: string | null | undefined): string | null {
  return lastFour && /^\d{4}$/.test(lastFour) ? `XXXX-XXXX-${lastFour}` : null;
}

/**
 * Masks any Aadhaar-like input (a full number, a masked `xxxxxxxx1234` uid, a QR reference id is not accepted
 * here) keeping only the last four digits. Use this at every boundary where a full number could arrive.
 */
export function maskAadhaar(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "");
  const match = /^(?:\d{8}|[xX*]{8})(\d{4})$/.exec(compact);
  return match ? maskFromLastFour(match[1]) : null;
}

/**
 * Replaces every Verhoeff-valid Aadhaar number in free text (a document attribute, say) by its masked form.
 * Used on generic document output, where an issuer may have put a full number in any field. Digits that
 * touch letters or base64 symbols (a photo blob) are left alone.
 */
export function redactAadhaarNumbers(text: string): string {
  return text.replace(
    /(?<![0-9A-Za-z+/])([2-9]\d{3})[ -]?(\d{4})[ -]?(\d{4})(?![0-9A-Za-z+/])/g,
    (whole, a: string, b: string, c: string) =>
      isValidAadhaarNumber(a + b + c) ? (maskFromLastFour(c) ?? whole) : whole,
  );
}
