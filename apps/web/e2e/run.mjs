#!/usr/bin/env node
/* global document, window -- used inside page.evaluate callbacks, which run in the browser */
// `npm run test:e2e`: the whole journey as a user sees it, in Debian's headless Chromium.
// Builds (turbo, cached), starts its own stack like `npm start` (the built API with the embedded sandbox
// on free ports, fresh PGlite data in a temporary directory), drives the demo web app that the API serves
// at `/` through the sandbox's real DigiLocker screens, and stops the stack. Screenshots of each step go
// to apps/web/e2e/screenshots/ (ignored by git).
//
// Then the operator console's journey (console.mjs, its own stack; E2E_SKIP_CONSOLE=1 skips it).
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_SKIP_BUILD=1 (use the existing dist/),
// E2E_KEEP_DATA=1 (keep the temporary data directory), E2E_HEADED=1 (watch it).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { embeddedDefaultsEnv, freePort, sandboxControls } from "@lockerkit/testkit";
import { chromium } from "playwright-core";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..", "..");
const FIXTURES = join(HERE, "fixtures");
const SHOTS = join(HERE, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TOTAL_BUDGET_MS = 10 * 60_000;
const STEP_TIMEOUT_MS = 20_000;

// The sandbox's fictional personas (apps/sandbox/src/fixtures/personas.json).
const MANY = {
  name: "Vikram Iyer",
  mobile: "9000000002",
  pin: "258369",
  masked: "XXXX-XXXX-0027",
  documents: 540,
};
const TYPICAL = { name: "Asha Verma", aadhaar: "9999 9999 0019", username: "asha.verma", pin: "147258" };
const OFFLINE = JSON.parse(readFileSync(join(FIXTURES, "offline-ekyc.json"), "utf8"));
const QR_TEXT = readFileSync(join(FIXTURES, "uidai-sample-secure-qr-v1.txt"), "utf8").trim();
// The demo's own words in each language (apps/web/src/i18n), and the sandbox's (apps/sandbox/src/i18n).
const WORDS = Object.fromEntries(
  ["en", "hi"].map((lang) => [
    lang,
    JSON.parse(readFileSync(join(HERE, "..", "src", "i18n", lang, "common.json"), "utf8")),
  ]),
);
const SANDBOX_WORDS = {
  en: {
    signIn: "Sign in to your account",
    username: "Username",
    pinHeading: "Enter your security PIN",
    pin: "6-digit security PIN",
    consent: "Allow access to your DigiLocker",
    allow: "Allow",
  },
  hi: {
    signIn: "अपने खाते में साइन इन करें",
    username: "उपयोगकर्ता नाम",
    pinHeading: "अपना सुरक्षा PIN दर्ज करें",
    pin: "6 अंकों का सुरक्षा PIN",
    consent: "अपने DigiLocker तक पहुँच की अनुमति दें",
    allow: "अनुमति दें",
  },
};

const started = Date.now();
const INFRA = new Set(["build", "start the stack"]);
const timings = [];
let stack = null;
let browser = null;
let dataDir = null;
let shot = 0;
let currentPage = null;
/** Console errors and warnings, page errors and failed requests, from every page of the journey. */
const problems = [];

function log(message) {
  console.log(`e2e: ${message}`);
}

class AssertionError extends Error {}
function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
  } catch (error) {
    error.message = `step "${name}": ${error.message}`;
    throw error;
  }
  const ms = Date.now() - t0;
  timings.push([name, ms]);
  log(`✓ ${name} (${(ms / 1000).toFixed(1)} s)`);
}

async function screenshot(page, name) {
  shot += 1;
  const file = join(SHOTS, `${String(shot).padStart(2, "0")}-${name}.png`);
  // Whole pages, except very long ones (the 540-document list), which get the viewport.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: file, fullPage: height <= 5000, timeout: 60_000 });
}

// ---------------------------------------------------------------------------------------------- stack

function build() {
  if (process.env.E2E_SKIP_BUILD === "1" && existsSync(join(ROOT, "apps/web/dist/index.html"))) return;
  log("building (turbo; cached when nothing changed)");
  const res = spawnSync("npx", ["turbo", "run", "build", "--output-logs=errors-only"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
  });
  if (res.status !== 0) throw new Error(`build failed with exit code ${res.status}`);
  assert(
    existsSync(join(ROOT, "apps/web/dist/index.html")),
    "apps/web/dist/index.html is missing after the build",
  );
  assert(existsSync(join(ROOT, "apps/api/dist/main.js")), "apps/api/dist/main.js is missing after the build");
}

async function startStack() {
  const port = await freePort();
  const sandboxPort = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), "lockerkit-e2e-"));
  const env = embeddedDefaultsEnv({
    PORT: String(port),
    SANDBOX_PORT: String(sandboxPort),
    LOCKERKIT_DATA_DIR: dataDir,
    NODE_ENV: "development",
    // As in production, a claim needs the verifier the demo keeps from startConsent.
    REQUIRE_CLAIM_VERIFIER: "1",
  });
  const child = spawn(process.execPath, [join(ROOT, "apps/api/dist/main.js")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  stack = { child, port, sandboxPort, url: `http://localhost:${port}`, output: () => output };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode}:\n${output.slice(-4000)}`);
    const ready = await fetch(`${stack.url}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the API was not ready within 90 s:\n${output.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const home = await fetch(`${stack.url}/`, { headers: { accept: "text/html" } });
  const html = await home.text();
  assert(
    home.status === 200 && html.includes('id="root"'),
    `the API does not serve the web app at / (HTTP ${home.status})`,
  );
  const config = await fetch(`${stack.url}/demo-config.json`).then((r) => r.json());
  assert(/^lk_pk_/.test(config.publishableKey ?? ""), "/demo-config.json has no publishable key");
  log(`stack ready: API ${stack.url}, sandbox http://localhost:${sandboxPort}, data ${dataDir}`);
}

async function stopStack() {
  if (!stack) return;
  const { child } = stack;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  }
  stack = null;
}

// ------------------------------------------------------------------------------------ browser helpers

/** Keyboard activation: focus the control and press a key, as a keyboard-only user would. */
async function press(locator, key = "Enter") {
  await locator.focus();
  await locator.press(key);
}

/** Tabs from the focused element until `locator` has focus; fails when it takes more than `max` tabs. */
async function tabTo(page, locator, max = 40) {
  const handle = await locator.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return i;
    await page.keyboard.press("Tab");
  }
  throw new AssertionError(`${locator} is not reachable with Tab within ${max} presses`);
}

async function expectFocused(locator, what) {
  const handle = await locator.elementHandle();
  const focused = await handle
    .evaluate(
      (el) =>
        new Promise((resolve) => {
          const deadline = Date.now() + 5000;
          const check = () => {
            if (el === document.activeElement || el.contains(document.activeElement)) resolve(true);
            else if (Date.now() > deadline) resolve(false);
            else setTimeout(check, 50);
          };
          check();
        }),
    )
    .catch(() => false);
  assert(focused, `${what} should have keyboard focus`);
}

/** The sandbox's test controls (`/__sandbox`, apps/sandbox/README.md): faults, token expiry, revocation. */
const sandbox = () => sandboxControls(`http://localhost:${stack.sandboxPort}`);

/** The sandbox's DigiLocker screens (apps/sandbox/src/screens.ts), driven by keyboard. */
const digilocker = {
  async otp(page) {
    const otp = (await page.locator("#sandbox-otp").textContent()).trim();
    assert(/^\d{6}$/.test(otp), `no OTP on the page (${otp})`);
    await page.getByLabel("One-time password (6 digits)").fill(otp);
    await page.getByLabel("One-time password (6 digits)").press("Enter");
  },
  async pin(page, pin) {
    await page.getByRole("heading", { name: "Enter your security PIN" }).waitFor();
    await page.getByLabel("6-digit security PIN").fill(pin);
    await page.getByLabel("6-digit security PIN").press("Enter");
  },
  async consentScreen(page) {
    await page.getByRole("heading", { name: "Allow access to your DigiLocker" }).waitFor();
  },
};

async function connect(page, { doctypes } = {}) {
  await page.getByRole("heading", { name: "Verify your identity with DigiLocker" }).waitFor();
  if (doctypes) {
    for (const [label, on] of doctypes) {
      const box = page.getByRole("checkbox", { name: label });
      if ((await box.isChecked()) !== on) await press(box, "Space");
    }
  }
  await press(page.getByRole("button", { name: "Connect DigiLocker" }));
  await page.waitForURL(`http://localhost:${stack.sandboxPort}/**`);
  await page.getByRole("heading", { name: "Sign in to your account" }).waitFor();
}

async function landBack(page, name) {
  await page.waitForURL(`${stack.url}/session`);
  await page.getByRole("heading", { name: `Welcome, ${name}` }).waitFor();
  const token = await page.evaluate(() => sessionStorage.getItem("lockerkit.sessionToken"));
  assert(/^lk_st_/.test(token ?? ""), "the session token is not in sessionStorage");
  assert(!page.url().includes("code="), "the claim code is still in the address bar");
  const verifier = await page.evaluate(() => sessionStorage.getItem("lockerkit.claimVerifier"));
  assert(verifier === null, "the claim verifier is still in sessionStorage after the claim");
}

async function endSession(page) {
  await press(page.getByRole("button", { name: "End session" }));
  // It asks first: keeping the session changes nothing, then the real end.
  const confirm = page.getByTestId("confirm-end");
  await confirm.waitFor();
  await expectFocused(confirm.getByRole("button", { name: "Yes, end session" }), "the confirmation's Yes");
  await press(confirm.getByRole("button", { name: "Keep session" }));
  await expectFocused(page.getByRole("button", { name: "End session" }), "End session after Keep session");
  assert(new URL(page.url()).pathname === "/session", "Keep session left the session page");
  await press(page.getByRole("button", { name: "End session" }));
  await press(page.getByTestId("confirm-end").getByRole("button", { name: "Yes, end session" }));
  await page.getByText("Session ended.").waitFor();
  assert(new URL(page.url()).pathname === "/", "after End session the app is not back at /");
  const token = await page.evaluate(() => sessionStorage.getItem("lockerkit.sessionToken"));
  assert(token === null, "the session token is still in sessionStorage after End session");
}

async function checkKycCard(card, expected) {
  await card.waitFor();
  const text = await card.innerText();
  assert(text.includes(expected.name), `KYC card: name ${expected.name} missing in\n${text}`);
  assert(
    (await card.getByTestId("masked-aadhaar").innerText()).trim() === expected.masked,
    `KYC card: masked number is not ${expected.masked}`,
  );
  const badge = (await card.getByTestId("signature-badge").innerText()).trim();
  assert(badge.includes(`Signature verified by ${expected.signer ?? ""}`), `KYC card: badge says "${badge}"`);
  assert(!/\b\d{4}\s?\d{4}\s?\d{4}\b/.test(text), "KYC card shows something like a full Aadhaar number");
  if (expected.photo) {
    const img = card.getByRole("img", { name: `Photograph of ${expected.name}` });
    const decoded = await img.evaluate((el) => el.complete && el.naturalWidth > 0);
    assert(decoded, "KYC card: the photo did not render");
  }
  return text;
}

// ------------------------------------------------------------------------------------------- journey

async function journey(context) {
  const page = await context.newPage();
  currentPage = page;
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const api = stack.url;

  await step("start screen, keyboard only", async () => {
    await page.goto(`${api}/`);
    await page.getByRole("heading", { name: "Verify your identity with DigiLocker" }).waitFor();
    await expectFocused(
      page.getByRole("heading", { name: "Verify your identity with DigiLocker" }),
      "the start heading",
    );
    // Every control of the form is in the tab order, up to the main button.
    const tabs = await tabTo(page, page.getByRole("button", { name: "Connect DigiLocker" }));
    assert(
      tabs >= 5,
      `the start form should have its controls in the tab order (reached the button in ${tabs} tabs)`,
    );
    await page.getByLabel("Purpose shown in DigiLocker").selectOption("KYC");
    await screenshot(page, "start");
  });

  await step("Connect DigiLocker → sandbox sign-in with mobile, OTP, PIN", async () => {
    await connect(page, {
      doctypes: [
        ["Aadhaar (ADHAR)", true],
        ["PAN card (PANCR)", true],
        ["Driving licence (DRVLC)", false],
      ],
    });
    await screenshot(page, "digilocker-sign-in");
    await page.getByLabel("Mobile number").fill(MANY.mobile);
    await page.getByLabel("Mobile number").press("Enter");
    await page.getByRole("heading", { name: "Enter the OTP" }).waitFor();
    await screenshot(page, "digilocker-otp");
    await digilocker.otp(page);
    await digilocker.pin(page, MANY.pin);
    await digilocker.consentScreen(page);
    assert(
      (await page.locator("#partner").textContent()).trim().length > 0,
      "the consent screen names no partner",
    );
    await screenshot(page, "digilocker-consent");
  });

  await step("Allow → back on the return URL, session claimed", async () => {
    await press(page.getByRole("button", { name: "Allow" }));
    await landBack(page, MANY.name);
    const profile = page.getByTestId("profile");
    await profile.waitFor();
    const text = await profile.innerText();
    assert(text.includes(MANY.name) && /active/i.test(text), `profile: ${text}`);
    await screenshot(page, "session");
  });

  await step("Open in GraphQL explorer: the session token preset in its headers, `me` answers", async () => {
    const [explorer] = await Promise.all([
      context.waitForEvent("page"),
      press(page.getByTestId("open-explorer")),
    ]);
    explorer.setDefaultTimeout(STEP_TIMEOUT_MS);
    await explorer.locator(".graphiql-container").waitFor();
    // The token came in the fragment; the explorer took it out of the address bar (and the history).
    await explorer.waitForFunction(() => window.location.hash === "");
    assert(!explorer.url().includes("lk_st_"), `the explorer's URL still holds the token: ${explorer.url()}`);
    await explorer.getByRole("button", { name: "Headers" }).click();
    await explorer
      .locator(".graphiql-editor-tool")
      .getByText(/lk_st_/)
      .first()
      .waitFor();
    const [request] = await Promise.all([
      explorer.waitForRequest(
        (r) => r.url() === `${api}/graphql` && r.method() === "POST" && (r.postData() ?? "").includes("me {"),
      ),
      explorer.locator(".graphiql-execute-button").click(),
    ]);
    assert(
      /^Bearer lk_st_/.test(request.headers().authorization ?? ""),
      `the explorer sent authorization ${request.headers().authorization?.slice(0, 12)}…`,
    );
    const body = await (await request.response()).json();
    assert(
      body.data?.me?.name === MANY.name,
      `me in the explorer answered ${JSON.stringify(body).slice(0, 200)}`,
    );
    await explorer.locator(".graphiql-response").getByText(MANY.name).first().waitFor();
    await screenshot(explorer, "explorer-session");
    await explorer.close();
  });

  await step(`page through all ${MANY.documents} documents with Load more`, async () => {
    const count = page.getByTestId("documents-count");
    await page.getByText(/^Showing \d+ of 540 documents\.$/).waitFor();
    const loadMore = page.getByRole("button", { name: /^Load more/ });
    let clicks = 0;
    while (await loadMore.isVisible()) {
      const before = await page.locator("ol.doc-list > li").count();
      const t = Date.now();
      await press(loadMore);
      clicks += 1;
      await page.waitForFunction((n) => document.querySelectorAll("ol.doc-list > li").length > n, before);
      if (process.env.E2E_DEBUG) log(`  page ${clicks + 1}: ${Date.now() - t} ms`);
      assert(clicks < 40, "Load more never stops");
    }
    await page.getByTestId("documents-end").waitFor();
    await expectFocused(page.getByTestId("documents-end"), "the end-of-list note after the last page");
    const ids = await page
      .locator("ol.doc-list > li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-doc-id")));
    assert(ids.length === MANY.documents, `the list shows ${ids.length} documents, not ${MANY.documents}`);
    assert(
      new Set(ids).size === MANY.documents,
      `the list repeats documents: ${ids.length - new Set(ids).size} duplicates`,
    );
    assert(
      (await count.innerText()).trim() === `Showing ${MANY.documents} of ${MANY.documents} documents.`,
      await count.innerText(),
    );
    log(`  ${ids.length} distinct documents in ${clicks + 1} pages`);
    await screenshot(page, "documents-all");
  });

  let openedName = "";
  await step("filter by type, open a document: fields, PDF link, integrity badges", async () => {
    const filter = page.getByRole("checkbox", { name: /\(PRTAX\)/ });
    // Each chip names the document type, not one of its documents.
    const chip = (await page.locator('label.chip[data-doctype="PRTAX"]').innerText())
      .replace(/\s+/g, " ")
      .trim();
    assert(chip === "Property Tax Receipt (PRTAX)", `the PRTAX chip says "${chip}"`);
    let t = Date.now();
    const debug = (what) => {
      if (process.env.E2E_DEBUG) log(`  ${what}: ${Date.now() - t} ms`);
      t = Date.now();
    };
    await press(filter, "Space");
    await page.getByText(/of the selected types\.$/).waitFor();
    const countText = await page.getByTestId("documents-count").innerText();
    const total = Number(/of (\d+) documents?/.exec(countText)?.[1]);
    assert(total > 0 && total < MANY.documents, `filtered count: ${countText}`);
    const tags = await page.locator("ol.doc-list > li .tag").allInnerTexts();
    assert(
      tags.length > 0 && tags.every((t) => t === "PRTAX"),
      `filtered list has other types: ${[...new Set(tags)]}`,
    );
    debug("filter");
    await screenshot(page, "documents-filtered");
    debug("screenshot");

    const first = page.locator("ol.doc-list > li").first().getByRole("button");
    openedName = (await first.innerText()).trim();
    await press(first);
    const view = page.locator("section.document-view");
    await view.getByRole("heading", { name: openedName }).waitFor();
    await view.getByTestId("integrity").waitFor();
    const badges = await view.getByTestId("integrity").innerText();
    assert(badges.includes("Checksum (HMAC) verified"), `integrity badges: ${badges}`);
    assert(/Signature verified by \S/.test(badges), `integrity badges: ${badges}`);
    debug("open document");
    const rows = await view.getByTestId("document-fields").locator("tbody tr").count();
    assert(rows > 0, "the document shows no parsed fields");
    const link = view.getByTestId("file-link");
    assert((await link.innerText()).includes("Download PDF"), "no PDF download link");
    const href = await link.getAttribute("href");
    const file = await page.request.get(href);
    assert(file.status() === 200, `the PDF link answered ${file.status()}`);
    assert(
      (file.headers()["content-type"] ?? "").includes("application/pdf"),
      `the PDF link served ${file.headers()["content-type"]}`,
    );
    assert((await file.body()).subarray(0, 5).toString() === "%PDF-", "the PDF link did not serve a PDF");
    debug("fetch the PDF");
    await screenshot(page, "document");
    debug("screenshot");
    // The document has its own URL; the browser's Back returns to the list, still in the app.
    const docUrl = new URL(page.url());
    assert(
      /^\/session\/documents\/[^/]+$/.test(docUrl.pathname),
      `the document view is at ${docUrl.pathname}`,
    );
    await page.goBack();
    await page.getByRole("heading", { name: "Issued documents" }).waitFor();
    assert(new URL(page.url()).pathname === "/session", `Back went to ${page.url()}`);
    await page.goForward();
    await view.getByTestId("integrity").waitFor();
    await press(view.getByRole("button", { name: "← Back to documents" }));
    await page.getByRole("heading", { name: "Issued documents" }).waitFor();
    assert(new URL(page.url()).pathname === "/session", `Back to documents went to ${page.url()}`);
    debug("back");
    await expectFocused(
      page.locator("ol.doc-list > li").first().getByRole("button"),
      "the document that was opened",
    );
    debug("focus check");
    await press(page.getByRole("button", { name: "Clear filters" }));
    await page.getByText(/^Showing \d+ of 540 documents\.$/).waitFor();
    debug("back and clear");
  });

  await step("DigiLocker down: the upstream error state, then Try again", async () => {
    // Every attempt of the next e-Aadhaar call gets 503 (the client retries idempotent reads).
    await sandbox().fault({
      path: "/public/oauth2/3/xml/eaadhaar",
      kind: "status",
      status: 503,
      times: 3,
    });
    await press(page.getByRole("button", { name: "Show Aadhaar KYC" }));
    const notice = page.locator('section[aria-labelledby="kyc-h"] [data-problem="upstream"]');
    await notice.waitFor();
    assert((await notice.innerText()).includes("DigiLocker is unavailable"), await notice.innerText());
    await screenshot(page, "upstream-unavailable");
    await sandbox().clearFaults();
  });

  await step("Aadhaar KYC card from DigiLocker", async () => {
    await press(page.locator('section[aria-labelledby="kyc-h"]').getByRole("button", { name: "Try again" }));
    const card = page.getByRole("article", { name: "Aadhaar KYC from DigiLocker" });
    await checkKycCard(card, { name: MANY.name, masked: MANY.masked, photo: true });
    assert(
      (await card.getByTestId("assurance").getAttribute("data-assurance")) === "DIGILOCKER_VERIFIED",
      "the card's assurance",
    );
    assert(
      (await card.getByTestId("freshness").getAttribute("data-within-limit")) === "true",
      "the card's freshness",
    );
    await card.getByLabel("Applicant's name").fill(`Mr ${MANY.name.toUpperCase()}`);
    await press(card.getByRole("button", { name: "Check" }));
    const match = card.getByTestId("match-result");
    await match.waitFor();
    assert(
      (await match.getAttribute("data-matches")) === "true",
      `matchApplicant: ${await match.innerText()}`,
    );
    await card.getByLabel("Applicant's name").fill("Someone Else");
    await press(card.getByRole("button", { name: "Check" }));
    await card.locator('[data-testid="match-result"][data-matches="false"]').waitFor();
    assert(
      (await page.locator('nav.steps li[aria-current="step"]').getAttribute("data-step")) === "kyc",
      "the step indicator is not at KYC",
    );
    await screenshot(page, "aadhaar-kyc");
  });

  await step("KYC receipt: issued, verified on screen, shared as name + year of birth only", async () => {
    const section = page.getByTestId("kyc-receipt");
    await press(section.getByRole("button", { name: "Get a signed KYC receipt" }));
    const verdict = section.getByTestId("receipt-verdict");
    await verdict.waitFor();
    assert(
      (await verdict.innerText()).includes("Verified against"),
      `the receipt: ${await verdict.innerText()}`,
    );
    await press(section.getByRole("button", { name: "Share only name + year of birth" }));
    const shared = section.getByTestId("receipt-presentation");
    await shared.getByTestId("presentation-verdict").waitFor();
    const text = await shared.innerText();
    assert(text.includes("Verified against") && text.includes(MANY.name), `the presentation: ${text}`);
    assert(
      !text.includes(MANY.masked) && !/dateOfBirth|address|gender/.test(text),
      `the presentation shows more than name and year of birth: ${text}`,
    );
    await screenshot(page, "kyc-receipt");
  });

  await step("End session", async () => {
    await endSession(page);
    await screenshot(page, "ended");
  });

  await step("second consent: sign in with Aadhaar number, OTP, PIN", async () => {
    await connect(page);
    await page.getByLabel("Aadhaar number").fill(TYPICAL.aadhaar);
    await page.getByLabel("Aadhaar number").press("Enter");
    await page.getByRole("heading", { name: "Enter the OTP" }).waitFor();
    await digilocker.otp(page);
    await digilocker.pin(page, TYPICAL.pin);
    await digilocker.consentScreen(page);
    await press(page.getByRole("button", { name: "Allow" }));
    await landBack(page, TYPICAL.name);
  });

  await step("offline e-KYC upload (ZIP + share code)", async () => {
    await page.getByLabel("Offline e-KYC ZIP file").setInputFiles(join(FIXTURES, "offline-ekyc.zip"));
    // A wrong share code is refused with a clear message.
    await page.getByLabel("Share code").fill("Wrong@000");
    await press(page.getByRole("button", { name: "Verify offline e-KYC" }));
    const refused = page.locator('form[aria-labelledby="zip-h"] [role="alert"]');
    await refused.waitFor();
    assert(
      (await refused.getAttribute("data-problem")) === "invalid-input",
      "a wrong share code should be an input problem",
    );
    await screenshot(page, "offline-wrong-share-code");

    await page.getByLabel("Share code").fill(OFFLINE.shareCode);
    await page.getByLabel("Mobile number (optional)").fill(OFFLINE.mobile);
    await press(page.getByRole("button", { name: "Verify offline e-KYC" }));
    const card = page.getByRole("article", { name: "Aadhaar KYC from the offline e-KYC file" });
    const text = await checkKycCard(card, {
      name: OFFLINE.name,
      masked: OFFLINE.maskedAadhaar,
      signer: "DS LOCKERKIT SANDBOX UIDAI SIGNER",
      photo: true,
    });
    assert(/mobile\s+matches/i.test(text), "the offline e-KYC card does not report the mobile match");
    await screenshot(page, "offline-ekyc");
  });

  await step("Secure QR paste", async () => {
    // Pasted as a scanner app shows it: wrapped over lines.
    await page.getByLabel("Secure QR text").fill(QR_TEXT.replace(/(\d{120})/g, "$1\n"));
    await press(page.getByRole("button", { name: "Verify Secure QR" }));
    const card = page.getByRole("article", { name: "Aadhaar KYC from the Secure QR" });
    await checkKycCard(card, {
      name: "Sumit Kumar",
      masked: "XXXX-XXXX-2697",
      signer: "DS UNIQUE IDENTIFICATION AUTHORITY OF INDIA",
    });
    await screenshot(page, "secure-qr");
  });

  const stored = () =>
    page.evaluate(() => ({
      sessionId: sessionStorage.getItem("lockerkit.sessionId"),
      token: sessionStorage.getItem("lockerkit.sessionToken"),
    }));
  const listedIds = () =>
    page
      .locator("ol.doc-list > li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-doc-id")));
  /** DigiLocker stops accepting the consent: the user revokes it there and the access token runs out. */
  const lapse = async (persona) => {
    await sandbox().expireTokens();
    await sandbox().revokeConsent(persona);
  };
  let before = null;
  await step("consent revoked in DigiLocker: the re-consent state", async () => {
    await page.getByTestId("documents-count").waitFor();
    before = { ...(await stored()), ids: await listedIds() };
    assert(before.ids.length > 1, `the session lists ${before.ids.length} documents before the re-consent`);
    // The next upstream read refreshes, DigiLocker answers invalid_grant, and the session needs a new consent.
    await lapse("typical");
    await press(page.locator("ol.doc-list > li").first().getByRole("button"));
    const notice = page.locator('[data-problem="reconsent"]');
    await notice.waitFor();
    await expectFocused(notice, "the re-consent notice");
    assert(
      (await page.locator("section.document-view").count()) === 0,
      "the session's reads stay on screen after re-consent is needed",
    );
    await screenshot(page, "reconsent");
  });

  await step(
    "Connect DigiLocker again, Back, again → same account → back on the same session, documents kept",
    async () => {
      await press(
        page.locator('[data-problem="reconsent"]').getByRole("button", { name: "Connect DigiLocker again" }),
      );
      await page.waitForURL(`http://localhost:${stack.sandboxPort}/**`);
      await page.getByRole("heading", { name: "Sign in to your account" }).waitFor();
      // Back from DigiLocker before finishing: the same session offers the re-consent again (as it was
      // left, from the back/forward cache, or reloaded with its consent now pending).
      await page.goBack();
      const again = page
        .locator('[data-problem="reconsent"], [data-problem="pending"]')
        .getByRole("button", { name: "Connect DigiLocker again" });
      await again.waitFor();
      assert((await stored()).sessionId === before.sessionId, "Back from DigiLocker lost the session");
      log(
        `  after Back: the ${await page.locator("[data-problem]").first().getAttribute("data-problem")} notice`,
      );
      await press(again);
      await page.waitForURL(`http://localhost:${stack.sandboxPort}/**`);
      await page.getByRole("heading", { name: "Sign in to your account" }).waitFor();
      await page.getByLabel("Username").fill(TYPICAL.username);
      await page.getByLabel("Username").press("Enter");
      await digilocker.pin(page, TYPICAL.pin);
      await digilocker.consentScreen(page);
      await press(page.getByRole("button", { name: "Allow" }));
      await landBack(page, TYPICAL.name);
      const after = await stored();
      assert(
        after.sessionId === before.sessionId,
        `re-consent landed on session ${after.sessionId}, not ${before.sessionId}`,
      );
      assert(after.token !== before.token, "the re-consent did not claim a new session token");
      await page.getByTestId("resumed").waitFor();
      await page.getByTestId("documents-count").waitFor();
      const ids = await listedIds();
      assert(
        JSON.stringify(ids) === JSON.stringify(before.ids),
        `the resumed session lists other documents:\n  ${ids}\n  not ${before.ids}`,
      );
      // The new grant reads from DigiLocker: the document that needed the re-consent opens now.
      await press(page.locator("ol.doc-list > li").first().getByRole("button"));
      await page.locator("section.document-view").getByTestId("integrity").waitFor();
      await screenshot(page, "resumed");
      await press(page.getByRole("button", { name: "← Back to documents" }));
      await page.getByRole("heading", { name: "Issued documents" }).waitFor();
    },
  );

  await step("re-consent of a session ended elsewhere: a fresh consent, with the reason", async () => {
    await lapse("typical");
    await press(page.locator("ol.doc-list > li").nth(1).getByRole("button"));
    const notice = page.locator('[data-problem="reconsent"]');
    await notice.waitFor();
    // Meanwhile the session is ended from another tab that holds the same token.
    const ended = await fetch(`${api}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${(await stored()).token}` },
      body: JSON.stringify({ query: "mutation { endSession { status } }" }),
    }).then((r) => r.json());
    assert(ended.data?.endSession?.status === "ENDED", `endSession answered ${JSON.stringify(ended)}`);
    await press(notice.getByRole("button", { name: "Connect DigiLocker again" }));
    await page.getByRole("heading", { name: "Verify your identity with DigiLocker" }).waitFor();
    const reason = page.locator('[data-problem="not-resumable"]');
    await reason.waitFor();
    assert((await reason.innerText()).includes("start a new consent"), await reason.innerText());
    assert((await stored()).token === null, "the dead session token is still in sessionStorage");
    await screenshot(page, "not-resumable");
  });

  await step("back from DigiLocker without finishing: the pending state", async () => {
    await connect(page);
    await page.goBack();
    const notice = page.locator('[data-problem="pending"]');
    await notice.waitFor();
    assert((await notice.innerText()).includes("Consent not finished"), await notice.innerText());
    assert(
      await page.getByRole("button", { name: "Connect DigiLocker" }).isEnabled(),
      "Connect DigiLocker stays disabled after Back",
    );
    await screenshot(page, "pending");
  });

  await step("an expired consent request shows the expired state", async () => {
    // What the API's callback answers when DigiLocker comes back after the 10-minute window.
    await page.goto(`${api}/return?session=00000000-0000-4000-8000-000000000000&status=expired`);
    const notice = page.locator('[data-problem="expired"]');
    await notice.waitFor();
    await expectFocused(notice, "the expired notice");
    await screenshot(page, "expired");
  });

  await step("a denied consent shows the denied state", async () => {
    await page.goto(`${api}/`);
    await connect(page);
    await page.getByLabel("Username").fill(TYPICAL.username);
    await page.getByLabel("Username").press("Enter");
    await digilocker.pin(page, TYPICAL.pin);
    await digilocker.consentScreen(page);
    await press(page.getByRole("button", { name: "Deny" }));
    await page.waitForURL(`${api}/return?**`);
    const notice = page.locator('[data-problem="denied"]');
    await notice.waitFor();
    await expectFocused(notice, "the denied notice");
    await screenshot(page, "denied");
    await press(page.getByRole("button", { name: "Connect DigiLocker again" }));
    await page.getByRole("heading", { name: "Verify your identity with DigiLocker" }).waitFor();
  });

  await page.close();
}

// ------------------------------------------------------------------- languages × widths, and /explorer

/** Fails when the page scrolls sideways (something wider than a 390 px phone). */
async function assertNoSidewaysScroll(page, where) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  assert(scroll <= inner, `${where}: the page is ${scroll} px wide in a ${inner} px window`);
}

/** The KYC card's facts never overlap (the reference vs "generated" at 1280 px) and stay inside the card (390 px). */
async function assertKycLayout(card, where) {
  const boxes = await card.evaluate((el) => {
    const rect = (node) => {
      const r = node.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      card: rect(el),
      items: [...el.querySelectorAll(".kyc-meta > div, .kyc-facts > div")].map((d) => ({
        text: d.innerText.slice(0, 40),
        box: rect(d),
        dd: rect(d.querySelector("dd")),
      })),
    };
  });
  for (const item of boxes.items) {
    assert(
      item.dd.right <= boxes.card.right + 0.5 && item.dd.left >= boxes.card.left - 0.5,
      `${where}: "${item.text}" is cut at the card's edge`,
    );
  }
  for (let i = 0; i < boxes.items.length; i++) {
    for (let j = i + 1; j < boxes.items.length; j++) {
      const a = boxes.items[i].box;
      const b = boxes.items[j].box;
      const overlap =
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      assert(!overlap, `${where}: "${boxes.items[i].text}" overlaps "${boxes.items[j].text}"`);
    }
  }
}

async function localizedJourney(lang, width) {
  const w = WORDS[lang];
  const sw = SANDBOX_WORDS[lang];
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: lang === "hi" ? "hi-IN" : "en-IN",
    timezoneId: "Asia/Kolkata",
  });
  watch(context);
  const page = await context.newPage();
  currentPage = page;
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const api = stack.url;
  const tag = `${lang}-${width}`;

  await page.goto(`${api}/?lang=${lang}`);
  await page.getByRole("heading", { name: w.start.heading }).waitFor();
  assert((await page.evaluate(() => document.documentElement.lang)) === lang, `<html lang> is not ${lang}`);
  assert(
    (await page.locator('nav.steps li[aria-current="step"]').getAttribute("data-step")) === "consent",
    "the step indicator is not at consent",
  );
  await assertNoSidewaysScroll(page, `${tag} start`);
  await screenshot(page, `${tag}-start`);

  await press(page.getByRole("button", { name: w.start.connect }));
  await page.waitForURL(`http://localhost:${stack.sandboxPort}/**`);
  await page.getByRole("heading", { name: sw.signIn }).waitFor();
  assert(
    (await page.evaluate(() => document.documentElement.lang)) === lang,
    `the sandbox's <html lang> is not ${lang}`,
  );
  await screenshot(page, `${tag}-digilocker-sign-in`);
  await page.getByLabel(sw.username, { exact: true }).fill(TYPICAL.username);
  await page.getByLabel(sw.username, { exact: true }).press("Enter");
  await page.getByRole("heading", { name: sw.pinHeading }).waitFor();
  await page.getByLabel(sw.pin).fill(TYPICAL.pin);
  await page.getByLabel(sw.pin).press("Enter");
  await page.getByRole("heading", { name: sw.consent }).waitFor();
  await screenshot(page, `${tag}-digilocker-consent`);
  await press(page.getByRole("button", { name: sw.allow, exact: true }));

  await page.waitForURL(`${api}/session`);
  await page.getByRole("heading", { name: w.session.welcome.replace("{{name}}", TYPICAL.name) }).waitFor();
  assert(
    (await page.locator('nav.steps li[aria-current="step"]').getAttribute("data-step")) === "documents",
    "the step indicator is not at documents",
  );
  await page.locator("ol.doc-list > li").first().waitFor();
  await assertNoSidewaysScroll(page, `${tag} session`);
  await screenshot(page, `${tag}-session`);

  await press(page.locator("ol.doc-list > li").first().getByRole("button"));
  await page.locator("section.document-view").getByTestId("integrity").waitFor();
  assert(
    /^\/session\/documents\/[^/]+$/.test(new URL(page.url()).pathname),
    `${tag}: the document has no URL of its own`,
  );
  await assertNoSidewaysScroll(page, `${tag} document`);
  await screenshot(page, `${tag}-document`);
  await page.goBack();
  await page.getByRole("heading", { name: w.documents.heading, exact: true }).waitFor();

  await press(page.getByRole("button", { name: w.kyc.show }));
  const card = page.getByRole("article", { name: w.kyc.cardLabel });
  await card.waitFor();
  await card.getByTestId("kyc-reference").waitFor();
  await assertKycLayout(card, tag);
  await assertNoSidewaysScroll(page, `${tag} KYC`);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, `${tag}-kyc`);

  await press(page.getByRole("button", { name: w.session.end, exact: true }));
  await press(page.getByTestId("confirm-end").getByRole("button", { name: w.session.confirmYes }));
  await page.getByText(w.session.ended).waitFor();
  await screenshot(page, `${tag}-ended`);
  await context.close();
}

/** GraphiQL at /explorer renders with every request to another origin refused. */
async function explorerOffline() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const blocked = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "localhost" || url.hostname === "127.0.0.1") return route.continue();
    blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  watch(context);
  const page = await context.newPage();
  currentPage = page;
  const res = await page.goto(`${stack.url}/explorer`);
  if (res?.status() === 404) {
    // The request was counted as a problem by watch(); the explorer belongs to the API side (h-frontapi).
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes("/explorer")));
    log("  SKIPPED: GET /explorer answered 404 (the API serves no explorer in this build)");
    await context.close();
    return;
  }
  assert(res?.status() === 200, `GET /explorer answered ${res?.status()}`);
  await page.locator(".graphiql-container").waitFor();
  // The schema loaded (introspection through the local API): the documentation explorer lists Query.
  await page.locator(".graphiql-query-editor, .graphiql-editor").first().waitFor();
  await screenshot(page, "explorer-offline");
  assert(blocked.length === 0, `/explorer asked other origins for: ${blocked.join(", ")}`);
  await context.close();
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`e2e: FAILED: over the ${TOTAL_BUDGET_MS / 1000} s budget`);
    void cleanup().finally(() => process.exit(1));
  }, TOTAL_BUDGET_MS);
  watchdog.unref();

  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  await step("build", async () => build());
  await step("start the stack", startStack);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: process.env.E2E_HEADED !== "1",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"].filter(
      (a) => a !== "--headless" || process.env.E2E_HEADED !== "1",
    ),
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-IN",
    timezoneId: "Asia/Kolkata",
  });
  watch(context);

  await journey(context);
  await context.close();
  for (const lang of ["en", "hi"]) {
    for (const width of [1280, 390])
      await step(`the demo in ${lang === "hi" ? "Hindi" : "English"} at ${width} px`, () =>
        localizedJourney(lang, width),
      );
  }
  await step("/explorer with every other origin blocked", explorerOffline);
  assert(problems.length === 0, `the pages logged problems:\n  ${problems.join("\n  ")}`);
}

/** Every console error or warning, page error, HTTP error and failed request of the context's pages fails the run. */
function watch(context) {
  context.on("page", (page) => {
    page.on("console", (msg) => {
      if (msg.type() !== "error" && msg.type() !== "warning") return;
      // The sandbox's DigiLocker pages (not part of the web app) declare no icon, so Chromium's own
      // favicon request gets a 404 there.
      const source = msg.location()?.url ?? "";
      if (source.startsWith(`http://localhost:${stack.sandboxPort}/`) && source.endsWith("/favicon.ico"))
        return;
      problems.push(`console ${msg.type()} on ${page.url()}: ${msg.text()} (${source})`);
    });
    page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
    page.on("response", (res) => {
      if (res.status() >= 400)
        problems.push(`HTTP ${res.status()} for ${res.request().method()} ${res.url()}`);
    });
    page.on("requestfailed", (req) => {
      // A read the app cancelled itself (AbortController: the view it was for went away, or the page
      // left for DigiLocker) is not a failure; anything else is (refused, blocked, reset).
      if (req.failure()?.errorText === "net::ERR_ABORTED" && req.url().startsWith(stack.url)) return;
      problems.push(
        `request failed on ${page.url()}: ${req.method()} ${req.url()} ${req.postData()?.slice(0, 80) ?? ""} (${req.failure()?.errorText})`,
      );
    });
  });
}

async function cleanup() {
  await browser?.close().catch(() => {});
  browser = null;
  await stopStack();
  if (dataDir && process.env.E2E_KEEP_DATA !== "1") rmSync(dataDir, { recursive: true, force: true });
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  if (currentPage && !currentPage.isClosed()) {
    await currentPage.screenshot({ path: join(SHOTS, "failure.png"), fullPage: true }).catch(() => {});
    console.error(`e2e: page at failure: ${currentPage.url()} (screenshot failure.png)`);
  }
  if (problems.length) console.error(`e2e: the pages logged:\n  ${problems.join("\n  ")}`);
  console.error(`e2e: FAILED: ${error instanceof AssertionError ? error.message : (error.stack ?? error)}`);
  if (stack) writeFileSync(join(SHOTS, "api.log"), stack.output());
  if (stack) console.error(`e2e: API output in ${relative(process.cwd(), join(SHOTS, "api.log"))}`);
} finally {
  await cleanup();
}
// The operator console's journey (console.mjs) runs next, on a stack of its own, with the build just made
// (whatever the demo's journey did, so one failure does not hide the other).
if (existsSync(join(ROOT, "apps/web/dist/index.html")) && process.env.E2E_SKIP_CONSOLE !== "1") {
  const t0 = Date.now();
  const consoleRun = spawnSync(process.execPath, [join(HERE, "console.mjs")], {
    stdio: "inherit",
    env: { ...process.env, E2E_SKIP_BUILD: "1" },
  });
  if (consoleRun.status !== 0) failed = true;
  else timings.push(["operator console journey (console.mjs)", Date.now() - t0]);
}
const total = ((Date.now() - started) / 1000).toFixed(1);
for (const [name, ms] of timings) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
const passed = timings.filter(([name]) => !INFRA.has(name)).length;
console.log(`e2e: ${failed ? "FAILED" : "passed"} in ${total} s`);
console.log(`${passed} passed, ${failed ? 1 : 0} failed`);
process.exit(failed ? 1 : 0);
