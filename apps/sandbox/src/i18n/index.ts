import { AsyncLocalStorage } from "node:async_hooks";
import type { NextFunction, Request, Response } from "express";
import i18next from "i18next";
import { messages } from "./messages";

/** The sandbox screens speak English or Hindi: `?lang=` on any screen (kept in a cookie), else Accept-Language. */
export const LANGUAGES = ["en", "hi"] as const;
export type Language = (typeof LANGUAGES)[number];

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { sandbox: messages.en }, hi: { sandbox: messages.hi } },
  lng: "en",
  fallbackLng: "en",
  defaultNS: "sandbox",
  ns: ["sandbox"],
  interpolation: { escapeValue: false }, // screens.ts escapes every value it puts into HTML
  initAsync: false,
});

const current = new AsyncLocalStorage<Language>();
const COOKIE = "sandbox_lang";

function pick(value: string | undefined): Language | null {
  const code = value?.trim().slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code ?? "") ? (code as Language) : null;
}

/** The request's language: `lang` query parameter, then the cookie, then Accept-Language (by q order). */
export function languageOf(req: Request): Language {
  const query = typeof req.query.lang === "string" ? pick(req.query.lang) : null;
  if (query) return query;
  const cookie = /(?:^|;\s*)sandbox_lang=([a-z]{2})/.exec(req.headers.cookie ?? "")?.[1];
  if (pick(cookie)) return pick(cookie)!;
  const accepted = (req.headers["accept-language"] ?? "")
    .split(",")
    .map((part) => {
      const [tag, q] = part.split(";q=");
      return { tag: tag ?? "", q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of accepted) {
    const lang = pick(tag);
    if (lang) return lang;
  }
  return "en";
}

/** Runs the rest of the request in its language; a `lang` parameter is remembered for the flow's later screens. */
export function languageMiddleware(req: Request, res: Response, next: NextFunction): void {
  const lang = languageOf(req);
  if (typeof req.query.lang === "string" && pick(req.query.lang))
    res.cookie(COOKIE, lang, { httpOnly: true, sameSite: "lax", path: "/" });
  current.run(lang, next);
}

/** The current request's language (English outside a request). */
export const language = (): Language => current.getStore() ?? "en";

/** Translates in the current request's language. */
export function t(key: string, options: Record<string, string | number> = {}): string {
  const translate = i18n.getFixedT(language()) as unknown as (
    key: string,
    options: Record<string, string | number>,
  ) => string;
  return translate(key, options);
}
