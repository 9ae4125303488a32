#!/usr/bin/env node
// Smoke test of `npm start` on embedded defaults (PGlite, embedded sandbox): boots the product as a
// user would, drives one consent over HTTP, then stops it with SIGTERM. Needs `npm run build` first
// (for @lockerkit/testkit; `npm start` builds the rest).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  embeddedDefaultsEnv,
  expectData,
  freePort,
  gql,
  runConsentJourney,
  waitFor,
} from "@lockerkit/testkit";

const port = await freePort();
const sandboxPort = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), "lockerkit-smoke-"));
const env = embeddedDefaultsEnv({
  PORT: String(port),
  SANDBOX_PORT: String(sandboxPort),
  LOCKERKIT_DATA_DIR: dataDir,
  NODE_ENV: "development",
});

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
const ready = async () => {
  if (child.exitCode !== null) fail(`npm start exited with ${child.exitCode}`);
  const up = await fetch(`${api}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
    (r) => r.status === 200,
  );
  return up && /lk_pk_[A-Za-z0-9_-]+/.test(output);
};
await waitFor("npm start", ready, 240_000);
console.log("smoke: ready");
const publishableKey = output.match(/lk_pk_[A-Za-z0-9_-]+/)[0];

const read = async (query, token) => {
  try {
    return expectData(await gql(api, query, {}, token));
  } catch (error) {
    fail(error.message);
  }
};
let token;
try {
  ({ sessionToken: token } = await runConsentJourney({
    apiUrl: api,
    publishableKey,
    input: { returnUrl: "http://localhost:3000/done" },
  }));
} catch (error) {
  fail(`consent: ${error.message}`);
}
console.log("smoke: consent claimed");
const me = await read(`{ me { name } }`, token);
const docs = await read(`{ documents(first: 100) { totalCount edges { node { doctype } } } }`, token);
console.log(`smoke: me.name=${me.me.name} documents=${docs.documents.totalCount}`);
if (!me.me.name || docs.documents.totalCount < 1) fail("empty profile or document list");

clearTimeout(timer);
process.kill(-child.pid, "SIGTERM");
await new Promise((resolve) => child.once("exit", resolve));
rmSync(dataDir, { recursive: true, force: true });
console.log("smoke: OK");
