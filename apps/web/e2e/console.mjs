#!/usr/bin/env node
/* global document -- used inside page.evaluate callbacks, which run in the browser */
// The operator console's journey (issue 23), in Debian's headless Chromium. `npm run test:e2e` runs it
// after the demo's journey (apps/web/e2e/run.mjs); alone: `node apps/web/e2e/console.mjs`.
//
// On a stack of its own: a tenant freshly created with `npm run tenant -- create` in a new embedded
// database, then the built API (with the embedded sandbox) on that database, with fast webhook retries.
// Sign in with the tenant's secret key, two consents through the sandbox (allowed, denied), find both
// by filter, open the allowed one (timeline, KYC verdict), ask for documents' contents (refused while
// the tenant policy is off, shown once the Policy allows it, both in the timeline), end it, configure a
// webhook to a local receiver that fails twice, watch the deliveries reach success, retry a failed
// event, change the retention, and find every action in the audit trail as `console`. Screenshots of
// each screen at 1280 and 390 px go to apps/web/e2e/screenshots/console/. Any console error or warning,
// page error, failed request or HTTP error fails the run.
//
// Environment: CHROMIUM_PATH, E2E_SKIP_BUILD=1, E2E_KEEP_DATA=1, E2E_HEADED=1 (as run.mjs).
import { execFile, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { authorize, embeddedDefaultsEnv, followCallback, freePort, startConsent } from "@lockerkit/testkit";
import { chromium } from "playwright-core";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..", "..");
const SHOTS = join(HERE, "screenshots", "console");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TOTAL_BUDGET_MS = 8 * 60_000;
const STEP_TIMEOUT_MS = 30_000;
const TENANT_NAME = "Acme Lending";
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

const started = Date.now();
const problems = [];
const timings = [];
let stack = null;
let browser = null;
let receiver = null;
let dataDir = null;
let currentPage = null;
let shot = 0;

const log = (message) => console.log(`e2e console: ${message}`);
class AssertionError extends Error {}
function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
  } catch (error) {
    error.message = `step "${name}": ${error.message}`;
    throw error;
  }
  timings.push([name, Date.now() - t0]);
  log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/** The screen at both widths (whole page), then back to the desktop width. */
async function screens(page, name) {
  shot += 1;
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await sleep(150);
    await page.screenshot({
      path: join(SHOTS, `${String(shot).padStart(2, "0")}-${name}-${size.width}.png`),
      fullPage: true,
      timeout: 60_000,
    });
  }
  await page.setViewportSize(WIDTHS[0]);
}

// ---------------------------------------------------------------------------------------------- stack

function build() {
  if (process.env.E2E_SKIP_BUILD === "1" && existsSync(join(ROOT, "apps/web/dist/index.html"))) return;
  const res = spawnSync("npx", ["turbo", "run", "build", "--output-logs=errors-only"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (res.status !== 0) throw new Error(`build failed with exit code ${res.status}`);
}

function baseEnv() {
  return embeddedDefaultsEnv({ LOCKERKIT_DATA_DIR: dataDir, NODE_ENV: "development" });
}

/** `npm run tenant -- create`, before the API opens the same embedded database. */
function createTenant() {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        join(ROOT, "apps/api/dist/cli/tenant.js"),
        "create",
        "--name",
        TENANT_NAME,
        "--return-url",
        "http://localhost:*",
        "--origin",
        "http://localhost:*",
      ],
      { cwd: ROOT, env: baseEnv(), timeout: 180_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`tenant create failed: ${stderr || error.message}`));
        const read = (label) => new RegExp(`^${label}: (\\S+)$`, "m").exec(stdout)?.[1];
        resolve({ id: read("tenant"), publishableKey: read("publishable"), secretKey: read("secret") });
      },
    );
  });
}

async function startStack() {
  const port = await freePort();
  const sandboxPort = await freePort();
  const env = {
    ...baseEnv(),
    PORT: String(port),
    SANDBOX_PORT: String(sandboxPort),
    // Fast retries, so "fails twice, then succeeds" takes a second, not minutes.
    WEBHOOK_RETRY_BASE_MS: "200",
    WEBHOOK_MAX_ATTEMPTS: "3",
    WEBHOOK_POLL_INTERVAL_MS: "200",
  };
  const child = spawn(process.execPath, [join(ROOT, "apps/api/dist/main.js")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  stack = { child, port, sandboxPort, url: `http://localhost:${port}`, output: () => output };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode}:\n${output.slice(-4000)}`);
    if (
      await fetch(`${stack.url}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`the API was not ready within 120 s:\n${output.slice(-4000)}`);
    await sleep(250);
  }
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

/** A webhook receiver on a free port: fails the first `failFirst` requests, and all while `down`. */
async function startReceiver() {
  const state = { requests: [], failFirst: 2, down: false };
  const server = createHttpServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const fail = state.down || state.requests.length < state.failFirst;
      state.requests.push({
        type: req.headers["x-lockerkit-event-type"],
        attempt: Number(req.headers["x-lockerkit-attempt"]),
        status: fail ? 503 : 200,
      });
      res.writeHead(fail ? 503 : 200).end();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    state,
    url: `http://127.0.0.1:${server.address().port}/hooks`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
  };
}

/** A consent through the sandbox's authorize shortcut, answered allow or deny, up to the API's callback. */
async function sandboxConsent(publishableKey, decision) {
  const started = await startConsent(stack.url, publishableKey, {
    returnUrl: `${stack.url}/return`,
    purpose: "KYC",
  });
  const callback = await authorize(started.authorizationUrl, { decision });
  assert(
    callback.includes("/digilocker/callback"),
    `the sandbox did not send back to the callback (${callback})`,
  );
  const { status } = await followCallback(callback);
  assert(status === 302 || status === 303, `the callback answered ${status}`);
  return started.sessionId;
}

// ------------------------------------------------------------------------------------------- journey

async function journey(context, tenant) {
  const page = await context.newPage();
  currentPage = page;
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const tab = (name) =>
    page.getByRole("navigation", { name: "Console sections" }).getByRole("button", { name, exact: true });
  const ids = {};

  await step("sign in with the fresh tenant's secret key", async () => {
    await page.goto(`${stack.url}/console`);
    await page.getByRole("heading", { name: "Sign in to the console" }).waitFor();
    await screens(page, "sign-in");
    await page.getByLabel("Secret key (lk_sk_…)").fill(tenant.secretKey);
    await page.getByLabel("Secret key (lk_sk_…)").press("Enter");
    await page.getByTestId("signed-in-as").getByText(`Signed in as ${TENANT_NAME}`).waitFor();
    assert(
      new URL(page.url()).pathname === "/console" && !page.url().includes("lk_sk_"),
      `the key is in the URL: ${page.url()}`,
    );
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
    );
    assert(!stored.includes("lk_sk_"), "the secret key was written to browser storage");
  });

  await step("two consents through the sandbox: one allowed, one denied", async () => {
    ids.allowed = await sandboxConsent(tenant.publishableKey, "allow");
    ids.denied = await sandboxConsent(tenant.publishableKey, "deny");
  });

  await step("find both in the sessions table by filter", async () => {
    const status = page.getByRole("combobox", { name: /^Status/ });
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Kolkata" });
    await page.getByLabel("Created from").fill(today);
    await page.getByLabel("Created to").fill(today);
    for (const [label, id, other] of [
      ["Active", ids.allowed, ids.denied],
      ["Denied", ids.denied, ids.allowed],
    ]) {
      await status.selectOption({ label });
      await page.getByRole("button", { name: "Apply filters" }).click();
      await page.locator(`tr[data-session-id="${id}"]`).waitFor();
      assert(
        (await page.locator(`tr[data-session-id="${other}"]`).count()) === 0,
        `the ${label} filter also lists the other session`,
      );
      await page.getByTestId("sessions-count").getByText("1 session matches.").waitFor();
    }
    await status.selectOption({ label: "Any status" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByTestId("sessions-count").getByText("2 sessions match.").waitFor();
    await screens(page, "sessions");
  });

  await step("open the allowed session: timeline with request ids and the KYC verdict", async () => {
    await page
      .locator(`tr[data-session-id="${ids.allowed}"]`)
      .getByRole("button", { name: /^Open session/ })
      .click();
    const timeline = page.getByTestId("timeline");
    await timeline.getByText("consent.started").waitFor();
    await timeline.getByText("consent.answered").waitFor();
    assert((await timeline.innerText()).includes("request"), "the timeline shows no request ids");
    await page.getByTestId("kyc-assurance").getByText("DIGILOCKER_VERIFIED").waitFor();
    const verdict = await page.getByTestId("kyc-verdict").innerText();
    assert(
      /Verified, signed by/.test(verdict) && /Within the policy's limit/.test(verdict),
      `KYC verdict: ${verdict}`,
    );
    assert(
      !/\b\d{4}\s?\d{4}\s?\d{4}\b/.test(verdict),
      "the verdict shows something like a full Aadhaar number",
    );
    await page.getByLabel("Applicant's name").fill("Asha Verma");
    await page.getByRole("button", { name: "Check match" }).click();
    await page
      .getByTestId("match-result")
      .getByText(/Matches the record/)
      .waitFor();
    await screens(page, "session-detail");
  });

  const showContents = (name) =>
    page.getByRole("button", { name: `Show the contents of ${name}`, exact: true });
  const confirmContents = (name) =>
    page
      .getByRole("group", { name: `Confirm showing the contents of ${name}` })
      .getByRole("button", { name: "Yes, show contents" });

  await step("a document's contents are refused while the tenant policy is off", async () => {
    await showContents("PAN Verification Record").click();
    await confirmContents("PAN Verification Record").click();
    await page
      .getByTestId("contents-forbidden")
      .getByText(/does not allow showing document contents/)
      .waitFor();
    assert(
      /under Policy/.test(await page.getByTestId("contents-forbidden").innerText()),
      "the refusal does not say where to allow it",
    );
    assert((await page.getByTestId("document-contents").count()) === 0, "contents shown against the policy");
    // The refused request is in the session's timeline.
    await page
      .getByTestId("timeline")
      .locator("li", { hasText: "document.content_revealed" })
      .getByText("FORBIDDEN")
      .waitFor();
    await screens(page, "contents-refused");
  });

  await step("allow document contents in the policy", async () => {
    await tab("Policy").click();
    const allow = page.getByLabel(
      "Show document contents on request in the console (each request is audited)",
    );
    assert(!(await allow.isChecked()), "a fresh tenant allows document contents");
    await allow.check();
    await page.getByRole("button", { name: "Save policy" }).click();
    await page.getByText("The policy was saved.").waitFor();
  });

  await step("open the allowed session again and show documents' contents (mouse and keyboard)", async () => {
    await tab("Sessions").click();
    await page
      .locator(`tr[data-session-id="${ids.allowed}"]`)
      .getByRole("button", { name: /^Open session/ })
      .click();
    await showContents("Driving License").click();
    await confirmContents("Driving License").click();
    const licence = page.getByTestId("document-contents").filter({ hasText: "Contents: Driving License" });
    await licence.locator('[data-testid="document-fields"][data-kind="DrivingLicence"]').waitFor();
    assert(/RJ14 ?20180001234/.test(await licence.innerText()), "the licence number is not shown");
    // By keyboard: focus the button, Enter, and the confirmation's default button takes Enter too.
    await showContents("Aadhaar Card").focus();
    await page.keyboard.press("Enter");
    const yes = confirmContents("Aadhaar Card");
    await yes.waitFor();
    assert(
      await yes.evaluate((button) => button === document.activeElement),
      "the confirmation's button does not take the focus",
    );
    await page.keyboard.press("Enter");
    const aadhaar = page.getByTestId("document-contents").filter({ hasText: "Contents: Aadhaar Card" });
    await aadhaar.locator('[data-testid="document-fields"][data-kind="AadhaarDocument"]').waitFor();
    const text = await aadhaar.innerText();
    assert(/XXXX-XXXX-\d{4}/.test(text), `the Aadhaar contents show no masked number:\n${text}`);
    assert(!/\b\d{4}\s?\d{4}\s?\d{4}\b/.test(text), "the contents show something like a full Aadhaar number");
    await page
      .getByTestId("timeline")
      .locator("li", { hasText: "document.content_revealed" })
      .filter({ has: page.locator(".pill", { hasText: /^ok$/ }) })
      .first()
      .waitFor();
    await screens(page, "document-contents");
    await page.getByRole("button", { name: "Hide the contents of Aadhaar Card" }).click();
    assert(
      (await page.getByTestId("document-contents").filter({ hasText: "Contents: Aadhaar Card" }).count()) ===
        0,
      "Hide contents left the Aadhaar contents on screen",
    );
  });

  await step("end the allowed session, with confirmation", async () => {
    await page.getByRole("button", { name: "End session" }).click();
    await page.getByRole("group", { name: "Confirm ending the session" }).waitFor();
    await screens(page, "session-end-confirm");
    await page.getByRole("button", { name: "Yes, end session" }).click();
    await page.getByTestId("detail-status").getByText("Ended").waitFor();
    await page.getByTestId("timeline").getByText("session.ended").waitFor();
  });

  const deliveryRow = (id) => page.locator(`tr[data-event-id="${id}"]`);
  const deliveries = () =>
    page
      .locator("tr[data-event-id]")
      .evaluateAll((rows) =>
        rows.map((r) => ({ id: r.dataset.eventId, status: r.dataset.status, text: r.innerText })),
      );

  await step("configure a webhook to a receiver that fails twice; the deliveries reach success", async () => {
    await tab("Webhooks").click();
    await page.getByRole("heading", { name: "No endpoint yet: configure one" }).waitFor();
    await screens(page, "webhooks-empty");
    await page.getByLabel("Endpoint URL").fill(receiver.url);
    await page.getByRole("button", { name: "Save endpoint" }).click();
    await page
      .getByTestId("webhook-secret")
      .getByText(/^whsec_/)
      .waitFor();
    await page.getByRole("button", { name: "I have copied it" }).click();
    // A new consent: its consent.completed fails twice at the receiver, then is delivered.
    await sandboxConsent(tenant.publishableKey, "allow");
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.getByRole("button", { name: "Refresh" }).click();
      const rows = await deliveries();
      const done = rows.find((r) => r.text.includes("consent.completed") && r.status === "DELIVERED");
      if (done) {
        assert(
          /#1 503/.test(done.text) && /#2 503/.test(done.text) && /#3 200/.test(done.text),
          `the attempts are not 503, 503, 200:\n${done.text}`,
        );
        break;
      }
      assert(
        Date.now() < deadline,
        `no delivered consent.completed within 30 s: ${JSON.stringify(rows)}; the receiver saw ${JSON.stringify(receiver.state.requests)}`,
      );
      await sleep(300);
    }
    await screens(page, "webhooks-delivered");
  });

  await step("a failed event, retried now, is delivered", async () => {
    receiver.state.down = true;
    await sandboxConsent(tenant.publishableKey, "deny");
    let failed = null;
    const deadline = Date.now() + 30_000;
    while (!failed) {
      await page.getByRole("button", { name: "Refresh" }).click();
      failed = (await deliveries()).find((r) => r.text.includes("consent.denied") && r.status === "FAILED");
      assert(failed || Date.now() < deadline, "no FAILED consent.denied within 30 s");
      if (!failed) await sleep(400);
    }
    await page.getByRole("combobox", { name: /^Delivery status/ }).selectOption({ label: "Failed" });
    await deliveryRow(failed.id).waitFor();
    await screens(page, "webhooks-failed");
    receiver.state.down = false;
    await deliveryRow(failed.id).getByRole("button", { name: "Retry the consent.denied event now" }).click();
    await page.getByText("The event is queued for another attempt.").waitFor();
    await page.getByRole("combobox", { name: /^Delivery status/ }).selectOption({ label: "Delivered" });
    await deliveryRow(failed.id).waitFor();
    const row = await deliveryRow(failed.id).innerText();
    assert(/#4 200/.test(row), `the retried event's fourth attempt is not a 200:\n${row}`);
    await page.getByRole("combobox", { name: /^Delivery status/ }).selectOption({ label: "Any status" });
  });

  await step("change the retention", async () => {
    await tab("Policy").click();
    const retention = page.getByLabel("Retention (days, 1–3650)");
    assert(
      (await retention.inputValue()) === "30",
      `a fresh tenant's retention is ${await retention.inputValue()}`,
    );
    // Refused like the CLI refuses it, with the field marked.
    await retention.fill("0");
    await page.getByRole("button", { name: "Save policy" }).click();
    await page.getByRole("alert").getByText("retentionDays must be 1…3650").waitFor();
    assert(
      (await retention.getAttribute("aria-invalid")) === "true",
      "the refused field is not marked invalid",
    );
    await retention.fill("45");
    await page.getByRole("button", { name: "Save policy" }).click();
    await page.getByText("The policy was saved.").waitFor();
    await screens(page, "policy");
  });

  await step("health at a glance: charts over the last hour", async () => {
    await tab("Health").click();
    await page.getByTestId("chart-status").locator("svg.recharts-surface").first().waitFor();
    await page.getByTestId("chart-rates").locator("svg.recharts-surface").first().waitFor();
    await page.getByTestId("chart-upstream").locator("svg.recharts-surface").first().waitFor();
    const completion = await page.getByTestId("kpi-completion").innerText();
    assert(completion.trim() === "50%", `consent completion is ${completion}, not 2 of 4`);
    await screens(page, "health");
  });

  await step("every console action is in the audit trail as console", async () => {
    await tab("Audit trail").click();
    await page.getByRole("combobox", { name: /^Actor/ }).selectOption("console");
    await page.getByTestId("audit-table").waitFor();
    const rows = await page
      .locator("[data-testid=audit-table] tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [tr.dataset.actor, tr.dataset.action, tr.cells[4].innerText]));
    const expected = [
      ["document.content_revealed", "FORBIDDEN"],
      ["document.content_revealed", "ok"],
      ["session.ended", "ok"],
      ["webhook.configured", "ok"],
      ["webhook.retried", "ok"],
      ["tenant.policy_updated", "BAD_USER_INPUT"],
      ["tenant.policy_updated", "ok"],
    ];
    for (const [action, outcome] of expected) {
      assert(
        rows.some(([actor, a, o]) => actor === "console" && a === action && o === outcome),
        `no console ${action} ${outcome} in the audit trail:\n${JSON.stringify(rows)}`,
      );
    }
    assert(
      rows.every(([actor]) => actor === "console"),
      "the actor filter lets other actors through",
    );
    await screens(page, "audit");
  });

  await step("Hindi, then sign out (the key is gone with the page state)", async () => {
    await page.getByRole("combobox", { name: /^Language/ }).selectOption("hi");
    await page.getByRole("heading", { name: "ऑडिट ट्रेल" }).waitFor();
    await screens(page, "audit-hindi");
    await page.getByRole("combobox", { name: /^भाषा/ }).selectOption("en");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in to the console" }).waitFor();
    assert(
      (await page.getByLabel("Secret key (lk_sk_…)").inputValue()) === "",
      "the key field still holds the key after sign-out",
    );
  });

  await page.close();
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`e2e console: FAILED: over the ${TOTAL_BUDGET_MS / 1000} s budget`);
    void cleanup().finally(() => process.exit(1));
  }, TOTAL_BUDGET_MS);
  watchdog.unref();
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  build();
  dataDir = mkdtempSync(join(tmpdir(), "lockerkit-e2e-console-"));
  let tenant = null;
  await step("create a fresh tenant with the CLI", async () => {
    tenant = await createTenant();
    assert(
      /^lk_sk_/.test(tenant.secretKey ?? "") && /^lk_pk_/.test(tenant.publishableKey ?? ""),
      "the CLI printed no keys",
    );
  });
  await step("start the stack", startStack);
  receiver = await startReceiver();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: process.env.E2E_HEADED !== "1",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const context = await browser.newContext({
    viewport: WIDTHS[0],
    locale: "en-IN",
    timezoneId: "Asia/Kolkata",
  });
  context.on("page", (page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error" || msg.type() === "warning")
        problems.push(`console ${msg.type()} on ${page.url()}: ${msg.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
    page.on("response", (res) => {
      if (res.status() >= 400)
        problems.push(`HTTP ${res.status()} for ${res.request().method()} ${res.url()}`);
    });
    page.on("requestfailed", (req) =>
      problems.push(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText})`),
    );
  });
  await journey(context, tenant);
  await context.close();
  assert(problems.length === 0, `the console logged problems:\n  ${problems.join("\n  ")}`);
}

async function cleanup() {
  await browser?.close().catch(() => {});
  browser = null;
  await receiver?.close().catch(() => {});
  receiver = null;
  await stopStack();
  if (dataDir && process.env.E2E_KEEP_DATA !== "1") rmSync(dataDir, { recursive: true, force: true });
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  if (currentPage && !currentPage.isClosed())
    await currentPage.screenshot({ path: join(SHOTS, "failure.png"), fullPage: true }).catch(() => {});
  if (problems.length) console.error(`e2e console: the pages logged:\n  ${problems.join("\n  ")}`);
  console.error(
    `e2e console: FAILED: ${error instanceof AssertionError ? error.message : (error.stack ?? error)}`,
  );
  if (stack) writeFileSync(join(SHOTS, "api.log"), stack.output());
} finally {
  await cleanup();
}
for (const [name, ms] of timings) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
console.log(
  `e2e console: ${failed ? "FAILED" : "passed"} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
