import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import i18n from "../src/i18n";
import { problemFromError } from "../src/lib/problems";

const dir = join(__dirname, "../src/i18n");
const load = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join(dir, lang, `${ns}.json`), "utf8")) as Record<string, unknown>;
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("i18n", () => {
  it("has every English key in Hindi and no other, in every namespace", () => {
    for (const ns of readdirSync(join(dir, "en")).map((f) => f.replace(/\.json$/, ""))) {
      const en = keys(load("en", ns)).sort();
      const hi = keys(load("hi", ns)).sort();
      expect({
        ns,
        missing: en.filter((k) => !hi.includes(k)),
        extra: hi.filter((k) => !en.includes(k)),
      }).toEqual({ ns, missing: [], extra: [] });
    }
  });

  it("words every problem in both languages", async () => {
    for (const code of [
      "CONSENT_DENIED",
      "UPSTREAM_UNAVAILABLE",
      "RATE_LIMITED",
      "NETWORK_ERROR",
      "SOMETHING_NEW",
    ]) {
      await i18n.changeLanguage("hi");
      const hi = problemFromError({ code });
      await i18n.changeLanguage("en");
      const en = problemFromError({ code });
      expect(hi.title).not.toEqual(en.title);
      expect(hi.title).toMatch(/[\u0900-\u097F]/); // Devanagari
      expect(hi.title).not.toMatch(/^problems\./);
    }
  });
});
