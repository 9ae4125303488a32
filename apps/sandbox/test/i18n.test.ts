import type { RunningSandbox } from "../src";
import { authorizeUrl, form, pkce, start } from "./support/http";

/** The screens in Hindi: a `lang` parameter (remembered for the flow's later screens) or Accept-Language. */
describe("screens in English and Hindi", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await start({ partnerName: "Acme Finance" });
  });
  afterAll(() => sb.stop());

  const heading = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";

  it("speaks Hindi with ?lang=hi, keeps it for the next screen by cookie, and English by default", async () => {
    const res = await fetch(authorizeUrl(sb, pkce().challenge, { lang: "hi" }), { redirect: "manual" });
    const html = await res.text();
    expect(html).toContain('<html lang="hi">');
    expect(heading(html)).toBe("अपने खाते में साइन इन करें");
    expect(html).toContain("मोबाइल नंबर");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/sandbox_lang=hi/);

    // The form post carries no lang parameter: the cookie keeps the language.
    const flow = /name="flow" value="([^"]+)"/.exec(html)![1]!;
    const next = await form(
      `${new URL(sb.baseUrl).origin}/public/oauth2/1/authorize/signin`,
      { flow, method: "mobile", identifier: "9000000002" },
      { cookie: cookie.split(";")[0]! },
    );
    const otpHtml = await next.text();
    expect(heading(otpHtml)).toBe("OTP दर्ज करें");

    const english = await fetch(authorizeUrl(sb, pkce().challenge), { redirect: "manual" }).then((r) =>
      r.text(),
    );
    expect(english).toContain('<html lang="en">');
    expect(heading(english)).toBe("Sign in to your account");
  });

  it("follows Accept-Language (by preference) when there is no lang parameter", async () => {
    const hindi = await fetch(authorizeUrl(sb, pkce().challenge), {
      headers: { "accept-language": "en;q=0.5, hi-IN" },
    }).then((r) => r.text());
    expect(heading(hindi)).toBe("अपने खाते में साइन इन करें");
    const other = await fetch(authorizeUrl(sb, pkce().challenge), {
      headers: { "accept-language": "fr-FR, de" },
    }).then((r) => r.text());
    expect(heading(other)).toBe("Sign in to your account");
  });
});
