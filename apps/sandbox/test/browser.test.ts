import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import type { RunningSandbox } from "../src";
import { authorizeUrl, exchange, pkce, REDIRECT, start } from "./support/http";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// `.ci/run` installs Debian's chromium when missing; without it this suite cannot run.
const describeBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

describeBrowser("real screens in headless Chromium", () => {
  let sb: RunningSandbox;
  let browser: Browser;
  beforeAll(async () => {
    sb = await start({ partnerName: "Acme Finance" });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await sb?.stop();
  });

  it("signs in with mobile, OTP and PIN, then consents", async () => {
    const page = await browser.newPage();
    const { verifier, challenge } = pkce();
    // The redirect URI points at a closed port: capture the navigation instead of following it.
    let callback: URL | null = null;
    await page.route(`${REDIRECT}**`, async (route) => {
      callback = new URL(route.request().url());
      await route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><title>back at the partner</title>",
      });
    });
    await page.goto(authorizeUrl(sb, challenge, { purpose: "kyc", req_doctype: "ADHAR,PANCR" }));
    await page.getByLabel("Mobile number").fill("9000000001");
    await page.getByRole("button", { name: "Sign in with mobile" }).click();
    const otp = (await page.locator("#sandbox-otp").textContent())!.trim();
    await page.getByLabel("One-time password (6 digits)").fill(otp);
    await page.getByRole("button", { name: "Verify OTP" }).click();
    await page.getByLabel("6-digit security PIN").fill("147258");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#partner").textContent()).resolves.toBe("Acme Finance");
    await expect(page.getByText("PAN Verification Record").count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL(`${REDIRECT}**`);
    expect(callback).not.toBeNull();
    const url = callback as unknown as URL;
    expect(url.searchParams.get("state")).toBe("st-1");
    const res = await exchange(sb, url.searchParams.get("code")!, verifier);
    expect(((await res.json()) as { name: string }).name).toBe("Asha Verma");
    await page.close();
  });
});
