#!/usr/bin/env node
// The full KYC journey through the BUILT @lockerkit/client, written from docs/design.md's "client packages"
// row only: startConsent → consentStatus PENDING → the sandbox's shortcut (persona typical, allow) →
// watchConsent sees ACTIVE before the claim → claim(code) with the claim verifier → me → every document
// through the documents() iterator (small pages, checked against totalCount) → document(id) →
// aadhaarKyc → a KYC receipt presented with two claims and verified against the JWKS → end. Failures must be LockerKitErrors with a catalogue code.
//
// Against a running `npm start`: LOCKERKIT_URL=http://localhost:4000 LOCKERKIT_KEY=lk_pk_… node packages/client/test/journey.mjs
// Otherwise it starts the built API (`npm run serve`: embedded sandbox, fresh PGlite) on free ports.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LockerKit, LockerKitError } from "@lockerkit/client";
// The verifier's side, as a third party would check a presentation (the browser-safe receipts module).
import { verifyKycReceipt } from "@lockerkit/core/receipts";
// The same list of deployment variables every embedded-defaults child drops (smoke, e2e, bench).
import { embeddedDefaultsEnv } from "@lockerkit/testkit";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const log = (message) => console.log(`journey: ${message}`);
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

let child = null;
let dataDir = null;
async function startApi() {
  if (process.env.LOCKERKIT_URL) return { base: process.env.LOCKERKIT_URL, key: process.env.LOCKERKIT_KEY };
  const port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), "lockerkit-journey-"));
  const env = embeddedDefaultsEnv({
    PORT: String(port),
    SANDBOX_PORT: String(await freePort()),
    LOCKERKIT_DATA_DIR: dataDir,
    NODE_ENV: "development",
    REQUIRE_CLAIM_VERIFIER: "1",
  });
  child = spawn(process.execPath, [join(ROOT, "apps/api/dist/main.js")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const base = `http://localhost:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    assert(child.exitCode === null, `the API exited with ${child.exitCode}:\n${output.slice(-3000)}`);
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    assert(Date.now() < deadline, `the API was not ready within 90 s:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const config = await fetch(`${base}/demo-config.json`).then((r) => r.json());
  return { base, key: config.publishableKey };
}

async function stopApi() {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid, "SIGTERM");
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

/** The sandbox's shortcut: follow DigiLocker's redirects (authorize → callback → returnUrl) by hand. */
async function consentInSandbox(authorizationUrl, returnUrl) {
  const url = new URL(authorizationUrl);
  url.searchParams.set("sandbox_persona", "typical");
  url.searchParams.set("sandbox_decision", "allow");
  let next = url.toString();
  for (let hop = 0; hop < 5; hop++) {
    if (next.startsWith(returnUrl)) return new URL(next);
    const res = await fetch(next, { redirect: "manual" });
    const location = res.headers.get("location");
    assert(location, `no redirect from ${new URL(next).pathname} (HTTP ${res.status})`);
    next = new URL(location, next).toString();
  }
  throw new Error("DigiLocker's redirects never reached the return URL");
}

async function journey({ base, key }) {
  assert(/^lk_pk_/.test(key ?? ""), "no publishable key (set LOCKERKIT_KEY)");
  // Node 20 has no global WebSocket: the `ws` package stands in when installed (else watchConsent polls).
  const WebSocket =
    globalThis.WebSocket ??
    (await import("ws").then(
      (m) => m.WebSocket,
      () => undefined,
    ));
  const lk = new LockerKit({ url: `${base}/graphql`, key, WebSocket });
  log(
    `watchConsent over ${WebSocket ? "the consentStatusChanged subscription (WebSocket)" : "polling (no WebSocket)"}`,
  );
  const returnUrl = `${base}/return`;

  const started = await lk.startConsent({ returnUrl, documentTypes: ["ADHAR", "PANCR"] });
  assert(
    started.sessionId && started.authorizationUrl && started.statusToken && started.claimVerifier,
    "startConsent answered without its fields",
  );
  log(`consent started (session ${started.sessionId})`);

  const before = await lk.consentStatus(started.statusToken);
  assert(before === "PENDING", `status before DigiLocker: ${before}`);
  log("consentStatus: PENDING");

  // Watch while the user consents: the first update is PENDING, the last ACTIVE.
  // With a WebSocket the subscription must deliver (polling would wait a minute); a second watcher
  // forced to poll checks the fallback.
  const seen = [];
  const polled = [];
  const watching = Promise.all([
    (async () => {
      for await (const update of lk.watchConsent(started.statusToken, {
        pollIntervalMs: WebSocket ? 60_000 : 300,
      }))
        seen.push(update.status);
    })(),
    (async () => {
      for await (const update of lk.watchConsent(started.statusToken, { poll: true, pollIntervalMs: 300 }))
        polled.push(update.status);
    })(),
  ]);
  await new Promise((r) => setTimeout(r, 300));
  const landed = await consentInSandbox(started.authorizationUrl, returnUrl);
  assert(landed.searchParams.get("status") === "active", `DigiLocker came back with ${landed.search}`);
  assert(landed.searchParams.get("session") === started.sessionId, "the return URL names another session");
  await Promise.race([
    watching,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`watchConsent never ended (saw ${seen})`)), 15_000),
    ),
  ]);
  assert(seen[0] === "PENDING" && seen.at(-1) === "ACTIVE", `watchConsent saw ${seen.join(" → ")}`);
  assert(
    polled[0] === "PENDING" && polled.at(-1) === "ACTIVE",
    `watchConsent (polling) saw ${polled.join(" → ")}`,
  );
  assert(
    (await lk.consentStatus(started.statusToken)) === "ACTIVE",
    "consentStatus is not ACTIVE after DigiLocker",
  );
  log(`watchConsent: ${seen.join(" → ")}; polling: ${polled.join(" → ")} (before the claim)`);

  // A leaked return URL alone redeems nothing: the claim needs the verifier (REQUIRE_CLAIM_VERIFIER=1 here).
  const code = landed.searchParams.get("code");
  if (!process.env.LOCKERKIT_URL) {
    const refused = await new LockerKit({ url: `${base}/graphql`, key }).claim(code).then(
      () => null,
      (e) => e,
    );
    assert(
      refused instanceof LockerKitError && refused.code === "BAD_USER_INPUT",
      `a claim without the verifier answered ${refused?.code ?? "a session"}`,
    );
    log(`claim without the verifier: ${refused.code}`);
  }
  const session = await lk.claim(code); // the verifier startConsent returned, kept by `lk`
  assert(
    /^lk_st_/.test(session.token) && session.sessionId === started.sessionId,
    "claim answered no session token",
  );
  log("claimed with the verifier");

  const me = await session.me();
  assert(me?.name, "me has no name");
  log(`me: ${me.name}`);

  const firstPage = await session.documentPage({ pageSize: 2 });
  const ids = [];
  for await (const doc of session.documents({ pageSize: 2 })) ids.push(doc.id);
  assert(
    ids.length === firstPage.totalCount && new Set(ids).size === ids.length,
    `the iterator gave ${ids.length} documents of ${firstPage.totalCount}`,
  );
  assert(firstPage.totalCount > 2, "the persona has too few documents to page");
  log(`documents(): ${ids.length} documents, each once, in pages of 2`);

  const doc = await session.document(ids[0]);
  assert(doc?.content?.integrity.hmacVerified, "document(id) has no verified content");
  log(`document(${doc.doctype}): ${doc.content.format}, hmac verified`);

  const kyc = await session.aadhaarKyc();
  assert(
    kyc?.signature.verified &&
      kyc.assurance === "DIGILOCKER_VERIFIED" &&
      /^XXXX-XXXX-\d{4}$/.test(kyc.maskedAadhaar ?? ""),
    "aadhaarKyc is not a verified e-Aadhaar",
  );
  const match = await session.matchApplicant(kyc.name, kyc.dateOfBirth);
  assert(match?.matches, "matchApplicant does not match the record's own name and date of birth");
  log(
    `aadhaarKyc: ${kyc.assurance}, ${kyc.maskedAadhaar}, fresh=${kyc.freshness.withinLimit}, matchApplicant ok`,
  );

  const receipt = await session.kycReceipt();
  assert(
    receipt.claims.includes("name") && receipt.claims.includes("dateOfBirth"),
    `receipt claims: ${receipt.claims}`,
  );
  const presentation = receipt.present(["name", "yearOfBirth"]);
  const verdict = await verifyKycReceipt(presentation, { jwksUrl: `${base}/.well-known/jwks.json` });
  assert(verdict.valid, `the presentation did not verify: ${verdict.reason} ${verdict.message}`);
  assert(
    JSON.stringify(verdict.disclosed) === '["name","yearOfBirth"]' && verdict.claims.name === kyc.name,
    `the presentation disclosed ${verdict.disclosed}`,
  );
  // What a verifier can read: every part decoded. No other personal claim's value is in it.
  const readable = presentation
    .split("~")
    .flatMap((part) => part.split("."))
    .map((segment) => Buffer.from(segment, "base64url").toString("latin1"))
    .join("\n");
  const hidden = [kyc.dateOfBirth, kyc.maskedAadhaar, kyc.photo, ...Object.values(kyc.address ?? {})]
    .filter((value) => typeof value === "string" && value.length > 2)
    .concat(["gender", "dateOfBirth", "maskedAadhaar", "address"]);
  const leaked = hidden.filter((value) => readable.includes(value));
  assert(leaked.length === 0, `the presentation reveals ${leaked.join(", ")}`);
  const unknown = await Promise.resolve()
    .then(() => receipt.present(["aadhaarNumber"]))
    .then(
      () => null,
      (e) => e,
    );
  assert(
    unknown instanceof LockerKitError && unknown.code === "BAD_USER_INPUT",
    "an unknown claim was accepted",
  );
  log(
    `kycReceipt: ${receipt.claims.length} disclosable claims; presented name + yearOfBirth, verified (key ${verdict.kid}), nothing else readable`,
  );

  const ended = await session.end();
  assert(ended.status === "ENDED", `end answered ${ended.status}`);
  const after = await session.me().then(
    () => null,
    (e) => e,
  );
  assert(
    after instanceof LockerKitError && ["UNAUTHENTICATED", "CONSENT_EXPIRED"].includes(after.code),
    `a read after end answered ${after?.code ?? "data"}`,
  );
  log(`end: ENDED; a read afterwards is ${after.code}`);
}

try {
  await journey(await startApi());
  log("OK");
} catch (error) {
  console.error(
    `journey: FAILED: ${error instanceof LockerKitError ? `${error.code}: ` : ""}${error.stack ?? error}`,
  );
  process.exitCode = 1;
} finally {
  await stopApi();
}
