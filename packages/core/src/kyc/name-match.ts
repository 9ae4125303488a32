/**
 * Applicant name matching for KYC: is the name a user typed the name on their Aadhaar record?
 * Framework-free and deterministic; the API only adds input limits and the date comparison.
 */

/**
 * Scores at or above this count as the same name. Chosen so that case, diacritics, punctuation,
 * spacing, a leading honorific, token order and initials (`A. Verma` for `Asha Verma`) still match,
 * while one changed letter in a first name or surname of ordinary length does not.
 */
export const NAME_MATCH_THRESHOLD = 0.95;

/** What an initial (`A`) scores against a full token it abbreviates (`Asha`): close, never exact. */
const INITIAL_SCORE = 0.95;

/** Leading titles dropped before comparing (only at the start: `Kumari` is also a surname). */
const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mister",
  "master",
  "shri",
  "shree",
  "sri",
  "smt",
  "shrimati",
  "srimati",
  "kumari",
  "kum",
  "km",
  "sushri",
  "dr",
  "prof",
  "adv",
  "capt",
  "col",
]);

/** Lower-cased, diacritic-free tokens without punctuation or a leading honorific. */
export function normalizeName(name: string): string[] {
  const tokens = name
    .normalize("NFKD")
    // Diacritics go from Latin letters only: other scripts' marks are vowels (Devanagari matras).
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let start = 0;
  // A name that is nothing but titles keeps them, so it still compares as something.
  while (start < tokens.length - 1 && HONORIFICS.has(tokens[start])) start++;
  return tokens.slice(start);
}

/** 1 − edit distance / longer length, on code points. */
function levenshteinRatio(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0 || y.length === 0) return x.length === y.length ? 1 : 0;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return 1 - previous[y.length] / Math.max(x.length, y.length);
}

function tokenScore(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if ([...short].length === 1) return long.startsWith(short) ? INITIAL_SCORE : 0;
  return levenshteinRatio(a, b);
}

/**
 * Similarity of two names in 0…1, independent of token order: tokens are paired greedily by best
 * score, each pair weighted by its longer token's length; unpaired tokens (a missing middle name)
 * weigh in at 0.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x.length === 0 || y.length === 0) return 0;
  // `Ashaverma` and `Asha Verma` are the same letters.
  if (x.join("") === y.join("")) return 1;
  const pairs: Array<{ i: number; j: number; score: number; weight: number }> = [];
  x.forEach((s, i) =>
    y.forEach((t, j) =>
      pairs.push({ i, j, score: tokenScore(s, t), weight: Math.max([...s].length, [...t].length) }),
    ),
  );
  pairs.sort((p, q) => q.score - p.score || q.weight - p.weight);
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  let matched = 0;
  let total = 0;
  for (const p of pairs) {
    if (usedX.has(p.i) || usedY.has(p.j)) continue;
    usedX.add(p.i);
    usedY.add(p.j);
    matched += p.score * p.weight;
    total += p.weight;
  }
  x.forEach((s, i) => (total += usedX.has(i) ? 0 : [...s].length));
  y.forEach((t, j) => (total += usedY.has(j) ? 0 : [...t].length));
  return Math.round((matched / total) * 1000) / 1000;
}

export interface NameMatch {
  /** 0…1, three decimals. */
  score: number;
  /** `score >= NAME_MATCH_THRESHOLD`. */
  matches: boolean;
}

export function matchNames(a: string, b: string): NameMatch {
  const score = nameSimilarity(a, b);
  return { score, matches: score >= NAME_MATCH_THRESHOLD };
}
