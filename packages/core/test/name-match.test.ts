import { matchNames, NAME_MATCH_THRESHOLD, nameSimilarity, normalizeName } from "../src/kyc";

describe("name matching", () => {
  it("normalises case, diacritics, punctuation, spacing and a leading honorific", () => {
    expect(normalizeName("  Smt.  ÁSHA   verma ")).toEqual(["asha", "verma"]);
    expect(normalizeName("Dr. Kumari Asha-Verma")).toEqual(["asha", "verma"]);
    // Only leading titles go: Kumari is also a surname.
    expect(normalizeName("Asha Kumari")).toEqual(["asha", "kumari"]);
    expect(normalizeName("Shri")).toEqual(["shri"]);
    expect(normalizeName("  ..  ")).toEqual([]);
  });

  it.each([
    ["Asha Verma", "Asha Verma", 1],
    ["asha verma", "ASHA VERMA", 1],
    ["Verma Asha", "Asha Verma", 1],
    ["Ms. Asha  Verma", "Asha Verma", 1],
    ["Ashaverma", "Asha Verma", 1],
    ["Āśhā Vérmā", "Asha Verma", 1],
  ])("%s ≡ %s", (a, b, score) => {
    expect(nameSimilarity(a, b)).toBe(score);
    expect(matchNames(a, b).matches).toBe(true);
  });

  it("accepts initials for a given name, scoring them just below an exact match", () => {
    const m = matchNames("A. Verma", "Asha Verma");
    expect(m.matches).toBe(true);
    expect(m.score).toBeLessThan(1);
    expect(matchNames("A K Verma", "Asha Kiran Verma").matches).toBe(true);
    expect(matchNames("B. Verma", "Asha Verma").matches).toBe(false);
  });

  it.each([
    ["Asha Sharma", "Asha Verma"],
    ["Usha Verma", "Asha Verma"],
    ["Asha Varma", "Asha Verma"],
    ["Asha Rani Verma", "Asha Verma"],
    ["Asha", "Asha Verma"],
    ["Vikram Iyer", "Asha Verma"],
    ["Vikran Iyer", "Vikram Iyer"],
  ])("%s ≢ %s", (a, b) => {
    const m = matchNames(a, b);
    expect(m.matches).toBe(false);
    expect(m.score).toBeLessThan(NAME_MATCH_THRESHOLD);
    expect(m.score).toBeGreaterThanOrEqual(0);
  });

  it("is symmetric and scores empty names 0", () => {
    expect(nameSimilarity("Usha Verma", "Asha Verma")).toBe(nameSimilarity("Asha Verma", "Usha Verma"));
    expect(nameSimilarity("", "Asha Verma")).toBe(0);
    expect(nameSimilarity("!!", "??")).toBe(0);
  });

  it("compares non-Latin scripts as themselves", () => {
    expect(matchNames("आशा वर्मा", "आशा  वर्मा").matches).toBe(true);
    expect(matchNames("आशा वर्मा", "Asha Verma").matches).toBe(false);
    // Vowel signs are letters there, not diacritics.
    expect(matchNames("आशा वर्मा", "आशी वर्मा").matches).toBe(false);
  });
});
