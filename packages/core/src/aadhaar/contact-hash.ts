import { createHash, timingSafeEqual } from "node:crypto";
import type { ContactCheck, ContactHashRule, ContactInput } from "./aadhaar-kyc";

/**
 * UIDAI's hash rounds: N is the last digit of the Aadhaar number (the 4th character of the reference id),
 * and 0 or 1 both mean one round.
 */
export function hashRounds(referenceId: string | null): number {
  const digit = referenceId && /^\d{4}/.test(referenceId) ? Number(referenceId[3]) : 1;
  return Math.max(1, digit);
}

/** SHA-256 applied `rounds` times, each round over the lowercase hex of the previous one. */
export function repeatedSha256Hex(input: string, rounds: number): string {
  let value = input;
  for (let i = 0; i < rounds; i++) value = createHash("sha256").update(value, "utf8").digest("hex");
  return value;
}

/** 10-digit Indian mobile from user input (`+91 98…`, spaces, hyphens); null when not one. */
export function normaliseMobile(mobile: string): string | null {
  const digits = mobile.replace(/\D/g, "");
  const local = digits.length === 12 && digits.startsWith("91") ? digits.slice(2) : digits;
  return /^\d{10}$/.test(local) ? local : null;
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a.toLowerCase(), "utf8");
  const right = Buffer.from(b.toLowerCase(), "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

const NOT_PRESENT: ContactCheck = { status: "not-present", rule: null };
const NOT_CHECKED: ContactCheck = { status: "not-checked", rule: null };

/** Tries each candidate rule in turn; the first one whose hash equals the artefact's reports the match. */
type Candidate = readonly [ContactHashRule, () => string];

function check(expected: string | null, candidates: readonly Candidate[] | null): ContactCheck {
  if (!expected) return NOT_PRESENT;
  if (!candidates) return NOT_CHECKED;
  for (const [rule, compute] of candidates)
    if (sameHex(compute(), expected)) return { status: "matched", rule };
  return { status: "not-matched", rule: null };
}

/** Offline e-KYC (`m`, `e` attributes): mobile salted with the share code; email under both published rules. */
export function checkOfflineContacts(
  hashes: { mobile: string | null; email: string | null },
  referenceId: string | null,
  shareCode: string | undefined,
  input: ContactInput,
): { mobile: ContactCheck; email: ContactCheck } {
  const rounds = hashRounds(referenceId);
  const mobile = input.mobile !== undefined ? normaliseMobile(input.mobile) : null;
  const email = input.email?.trim() || null;
  const emailCandidates: Candidate[] = [];
  if (email !== null && shareCode !== undefined) {
    emailCandidates.push(["salted-repeated-sha256", () => repeatedSha256Hex(email + shareCode, rounds)]);
  }
  if (email !== null) emailCandidates.push(["plain-sha256", () => repeatedSha256Hex(email, 1)]);
  return {
    mobile: check(
      hashes.mobile,
      mobile !== null && shareCode !== undefined
        ? [["salted-repeated-sha256", () => repeatedSha256Hex(mobile + shareCode, rounds)]]
        : null,
    ),
    email: check(hashes.email, email !== null ? emailCandidates : null),
  };
}

/** Secure QR V1: hashes of the mobile or email alone (no share code), repeated N times. */
export function checkSecureQrHashes(
  hashes: { mobile: string | null; email: string | null },
  referenceId: string | null,
  input: ContactInput,
): { mobile: ContactCheck; email: ContactCheck } {
  const rounds = hashRounds(referenceId);
  const mobile = input.mobile !== undefined ? normaliseMobile(input.mobile) : null;
  const email = input.email?.trim() || null;
  return {
    mobile: check(
      hashes.mobile,
      mobile !== null ? [["repeated-sha256", () => repeatedSha256Hex(mobile, rounds)]] : null,
    ),
    email: check(
      hashes.email,
      email !== null ? [["repeated-sha256", () => repeatedSha256Hex(email, rounds)]] : null,
    ),
  };
}

/** Secure QR V2+: the last four digits of the mobile are printed in clear; no email. */
export function checkMobileLastFour(
  lastFour: string | null,
  input: ContactInput,
): { mobile: ContactCheck; email: ContactCheck } {
  const mobile = input.mobile !== undefined ? normaliseMobile(input.mobile) : null;
  let result: ContactCheck;
  if (!lastFour || !/^\d{4}$/.test(lastFour)) result = NOT_PRESENT;
  else if (mobile === null) result = NOT_CHECKED;
  else
    result = mobile.endsWith(lastFour)
      ? { status: "matched", rule: "last-four-digits" }
      : { status: "not-matched", rule: null };
  return { mobile: result, email: NOT_PRESENT };
}
