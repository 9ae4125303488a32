#!/usr/bin/env node
// Smoke test of `npm start` on embedded defaults (PGlite, embedded sandbox): boots the product as a
// user would, drives one consent over HTTP, then stops it with SIGTERM.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const port = await freePort();
const sandboxPort = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), "lockerkit-smoke-"));
const env = { ...process.env, PORT: String(port), SANDBOX_PORT: String(sandboxPort), LOCKERKIT_DATA_DIR: dataDir, NODE_ENV: "development" };
for (const key of ["DATABASE_URL", "DIGILOCKER_BASE_URL", "DEMO_TENANT_KEY", "DEMO_TENANT_SECRET", "LOCKERKIT_ENCRYPTION_KEYS"]) delete env[key];

const child = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "inherit"], detached: true });
let output = "";
child.stdout.on("data", (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});

function fail(message) {
  console.error(`smoke: FAILED: ${message}`);
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // the group has already exited
  }
  process.exit(1);
}
const timer = setTimeout(() => fail("timed out after 240 s"), 240_000);

const api = `http://localhost:${port}`;
for (;;) {
  if (child.exitCode !== null) fail(`npm start exited with ${child.exitCode}`);
  const ready = await fetch(`${api}/readyz`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status === 200, () => false);
  if (ready && /lk_pk_[A-Za-z0-9_-]+/.test(output)) break;
  await new Promise((r) => setTimeout(r, 500));
}
console.log("smoke: ready");
const publishableKey = output.match(/lk_pk_[A-Za-z0-9_-]+/)[0];

async function gql(query, variables, token) {
  const res = await fetch(`${api}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) fail(`GraphQL errors: ${JSON.stringify(body)}`);
  return body.data;
}

const started = await gql(
  `mutation ($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl claimVerifier } }`,
  { input: { returnUrl: "http://localhost:3000/done" } },
  publishableKey,
);
console.log("smoke: consent started");
const authorize = new URL(started.startConsent.authorizationUrl);
authorize.searchParams.set("sandbox_persona", "typical");
authorize.searchParams.set("sandbox_decision", "allow");
const toCallback = await fetch(authorize, { redirect: "manual" });
const toReturn = await fetch(toCallback.headers.get("location"), { redirect: "manual" });
const landed = new URL(toReturn.headers.get("location"));
if (landed.searchParams.get("status") !== "active") fail(`consent landed with ${landed.search}`);
const claimed = await gql(`mutation ($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken } }`, {
  code: landed.searchParams.get("code"),
  claimVerifier: started.startConsent.claimVerifier,
});
const token = claimed.claimSession.sessionToken;
const me = await gql(`{ me { name } }`, {}, token);
const docs = await gql(`{ documents(first: 100) { totalCount edges { node { doctype } } } }`, {}, token);
console.log(`smoke: me.name=${me.me.name} documents=${docs.documents.totalCount}`);
if (!me.me.name || docs.documents.totalCount < 1) fail("empty profile or document list");

clearTimeout(timer);
process.kill(-child.pid, "SIGTERM");
await new Promise((resolve) => child.once("exit", resolve));
rmSync(dataDir, { recursive: true, force: true });
console.log("smoke: OK");
