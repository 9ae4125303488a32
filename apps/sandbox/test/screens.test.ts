import type { RunningSandbox } from "../src";
import { authorizeUrl, exchange, form, pkce, start } from "./support/http";

/** Drives the real screens with plain fetch and form posts (state travels in the hidden `flow` field). */
class Browser {
  html = "";
  status = 0;
  location: URL | null = null;
  constructor(private readonly base: string) {}

  async open(url: string): Promise<this> {
    const res = await fetch(url, { redirect: "manual" });
    return this.take(res);
  }

  /** Posts the form whose action is `action` with its hidden fields plus `fields`. */
  async submit(action: string, fields: Record<string, string> = {}): Promise<this> {
    const flow = /name="flow" value="([^"]+)"/.exec(this.html)?.[1];
    if (!flow) throw new Error(`no flow on the page: ${this.html.slice(0, 300)}`);
    const path = `/public/oauth2/1/${action}`;
    if (!this.html.includes(`action="${path}"`)) throw new Error(`no form posting to ${path}`);
    const res = await form(`${new URL(this.base).origin}${path}`, { flow, ...fields });
    return this.take(res);
  }

  get otp(): string {
    return /<output id="sandbox-otp"[^>]*>(\d{6})<\/output>/.exec(this.html)![1];
  }

  get title(): string {
    return /<h1>([^<]*)<\/h1>/.exec(this.html)?.[1] ?? "";
  }

  private async take(res: Response): Promise<this> {
    this.status = res.status;
    this.location = res.headers.get("location") ? new URL(res.headers.get("location")!) : null;
    this.html = res.status === 302 ? "" : await res.text();
    return this;
  }
}

describe("authorize screens (server-rendered HTML)", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await start({ partnerName: "Acme Finance" });
  });
  afterAll(() => sb.stop());

  async function open(extra: Record<string, string> = {}) {
    const p = pkce();
    const browser = await new Browser(sb.baseUrl).open(authorizeUrl(sb, p.challenge, extra));
    return { browser, verifier: p.verifier };
  }

  async function tokens(browser: Browser, verifier: string) {
    expect(browser.status).toBe(302);
    expect(browser.location!.searchParams.get("state")).toBe("st-1");
    const res = await exchange(sb, browser.location!.searchParams.get("code")!, verifier);
    expect(res.status).toBe(200);
    return (await res.json()) as Record<string, string>;
  }

  it("are accessible, self-contained pages", async () => {
    const { browser } = await open();
    expect(browser.html).toMatch(/^<!doctype html><html lang="en">/);
    expect(browser.html).not.toMatch(/<script|<link |src="http|href="http/);
    // Every input other than hidden ones has a label pointing at it.
    const ids = [...browser.html.matchAll(/<input (?![^>]*type="hidden")[^>]*id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(browser.html).toContain(`<label for="${id}"`);
  });

  it("mobile → OTP shown on the page → PIN → consent shows partner, purpose and document types → Allow", async () => {
    const { browser, verifier } = await open({ purpose: "kyc", req_doctype: "ADHAR,PANCR,DRVLC,SSCER" });
    await browser.submit("authorize/signin", { method: "mobile", identifier: "9000000001" });
    expect(browser.title).toBe("Enter the OTP");
    await browser.submit("authorize/otp", { otp: browser.otp });
    expect(browser.title).toBe("Enter your security PIN");
    await browser.submit("authorize/pin", { pin: "147258" });
    expect(browser.title).toBe("Allow access to your DigiLocker");
    expect(browser.html).toContain('<p id="partner">Acme Finance</p>');
    expect(browser.html).toContain('<p id="purpose">Know Your Customer (KYC)</p>');
    for (const name of ["Aadhaar Card", "PAN Verification Record", "Driving License", "Class X Marksheet"])
      expect(browser.html).toContain(name);
    expect(browser.html).toMatch(/<button type="submit" name="decision" value="allow">Allow<\/button>/);
    expect(browser.html).toMatch(/value="deny"[^>]*>Deny<\/button>/);
    await browser.submit("authorize/consent", { decision: "allow" });
    const t = await tokens(browser, verifier);
    expect(t).toMatchObject({ name: "Asha Verma", new_account: "N" });
  });

  it("Aadhaar (test-range number, spaced) → OTP → PIN", async () => {
    const { browser, verifier } = await open();
    await browser.submit("authorize/signin", { method: "aadhaar", identifier: "9999 9999 0019" });
    await browser.submit("authorize/otp", { otp: browser.otp });
    await browser.submit("authorize/pin", { pin: "147258" });
    await browser.submit("authorize/consent", { decision: "allow" });
    expect((await tokens(browser, verifier)).name).toBe("Asha Verma");
  });

  it("username → PIN", async () => {
    const { browser, verifier } = await open();
    await browser.submit("authorize/signin", { method: "username", identifier: "imran.q" });
    expect(browser.title).toBe("Enter your security PIN");
    await browser.submit("authorize/pin", { pin: "369147" });
    await browser.submit("authorize/consent", { decision: "allow" });
    expect((await tokens(browser, verifier)).eaadhaar).toBe("N");
  });

  it("Deny redirects with access_denied and the state", async () => {
    const { browser } = await open();
    await browser.submit("authorize/signin", { method: "username", identifier: "asha.verma" });
    await browser.submit("authorize/pin", { pin: "147258" });
    await browser.submit("authorize/consent", { decision: "deny" });
    expect(browser.status).toBe(302);
    expect(browser.location!.searchParams.get("error")).toBe("access_denied");
    expect(browser.location!.searchParams.get("state")).toBe("st-1");
  });

  it("unknown users, a wrong OTP and a wrong PIN are told on the page", async () => {
    const { browser } = await open();
    await browser.submit("authorize/signin", { method: "mobile", identifier: "9000009999" });
    expect(browser.html).toContain('role="alert"');
    expect(browser.html).toContain("No DigiLocker account found");
    await browser.submit("authorize/signin", { method: "mobile", identifier: "9000000002" });
    const otp = browser.otp;
    await browser.submit("authorize/otp", { otp: otp === "000000" ? "111111" : "000000" });
    expect(browser.html).toContain("The OTP is incorrect");
    await browser.submit("authorize/otp", { otp });
    await browser.submit("authorize/pin", { pin: "000000" });
    expect(browser.html).toContain("The security PIN is incorrect");
    expect(browser.title).toBe("Enter your security PIN");
  });

  it("three wrong OTPs end the flow", async () => {
    const { browser } = await open();
    await browser.submit("authorize/signin", { method: "mobile", identifier: "9000000001" });
    const wrong = browser.otp === "123456" ? "654321" : "123456";
    await browser.submit("authorize/otp", { otp: wrong });
    await browser.submit("authorize/otp", { otp: wrong });
    await browser.submit("authorize/otp", { otp: wrong });
    expect(browser.status).toBe(400);
    expect(browser.html).toContain("Too many wrong OTPs");
  });

  it("forgot-PIN resets the PIN with an OTP, then the new PIN signs in", async () => {
    const { browser, verifier } = await open();
    await browser.submit("authorize/signin", { method: "username", identifier: "meera.nair" });
    await browser.submit("authorize/forgot-pin");
    expect(browser.title).toBe("Reset your security PIN");
    await browser.submit("authorize/reset-pin", { otp: browser.otp, pin: "135790", pin_confirm: "135791" });
    expect(browser.html).toContain("The PINs do not match");
    await browser.submit("authorize/reset-pin", { otp: browser.otp, pin: "135790", pin_confirm: "135790" });
    expect(browser.html).toContain("Your security PIN was reset");
    await browser.submit("authorize/pin", { pin: "482615" });
    expect(browser.html).toContain("The security PIN is incorrect");
    await browser.submit("authorize/pin", { pin: "135790" });
    await browser.submit("authorize/consent", { decision: "allow" });
    expect((await tokens(browser, verifier)).name).toBe("Meera Nair");
  });

  it("dl_flow=signup opens sign-up: Aadhaar + OTP → set PIN → consent → new_account Y; then the user can sign in", async () => {
    const { browser, verifier } = await open({ dl_flow: "signup" });
    expect(browser.title).toBe("Create your DigiLocker account");
    await browser.submit("authorize/signup", { aadhaar: "12345", consent: "Y" });
    expect(browser.html).toContain("Enter your 12-digit Aadhaar number");
    await browser.submit("authorize/signup", { aadhaar: "999999990043", consent: "Y" });
    expect(browser.title).toBe("Verify your Aadhaar");
    await browser.submit("authorize/otp", { otp: browser.otp });
    expect(browser.title).toBe("Set your security PIN");
    await browser.submit("authorize/set-pin", { username: "rohan.d", pin: "246810", pin_confirm: "246810" });
    expect(browser.title).toBe("Allow access to your DigiLocker");
    await browser.submit("authorize/consent", { decision: "allow" });
    const t = await tokens(browser, verifier);
    expect(t).toMatchObject({ name: "Rohan Das", new_account: "Y", eaadhaar: "Y" });

    const again = await open();
    await again.browser.submit("authorize/signin", { method: "mobile", identifier: "9000000005" });
    await again.browser.submit("authorize/otp", { otp: again.browser.otp });
    await again.browser.submit("authorize/pin", { pin: "246810" });
    await again.browser.submit("authorize/consent", { decision: "allow" });
    expect((await tokens(again.browser, again.verifier)).new_account).toBe("N");
  });

  it("sign-up of an existing account sends the user to sign in; the sign-in page links to sign-up", async () => {
    const { browser } = await open();
    await browser.submit("authorize/start-signup");
    expect(browser.title).toBe("Create your DigiLocker account");
    await browser.submit("authorize/signup", { aadhaar: "999999990019", consent: "Y" });
    expect(browser.title).toBe("Sign in to your account");
    expect(browser.html).toContain("An account already exists");
  });

  it("a forged or replayed flow is refused", async () => {
    const forged = await form(`${sb.baseUrl}/oauth2/1/authorize/pin`, { flow: "nope", pin: "147258" });
    expect(forged.status).toBe(400);
    const { browser } = await open();
    await browser.submit("authorize/signin", { method: "username", identifier: "asha.verma" });
    await browser.submit("authorize/pin", { pin: "147258" });
    const flow = /name="flow" value="([^"]+)"/.exec(browser.html)![1];
    await browser.submit("authorize/consent", { decision: "allow" });
    const replay = await form(`${sb.baseUrl}/oauth2/1/authorize/consent`, { flow, decision: "allow" });
    expect(replay.status).toBe(400);
    expect(replay.headers.get("location")).toBeNull();
  });

  it("screens never show a full Aadhaar number", async () => {
    const { browser } = await open();
    await browser.submit("authorize/signin", { method: "aadhaar", identifier: "999999990019" });
    expect(browser.html).not.toContain("999999990019");
    expect(browser.html).toContain("ending in 0001");
  });
});
