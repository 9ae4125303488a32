// Sandbox benchmarks (reports, never fails): start-up time, and the issued-list latency for the
// 500+ document persona. Uses the built sandbox (`npm run build -w @lockerkit/sandbox` first).
// `bench/run.js` can add it as a section: `["sandbox", require("../apps/sandbox/bench").runSandboxBenchmarks]`.
// Standalone: `npm run bench -w @lockerkit/sandbox`.
"use strict";
const { createHash, randomBytes } = require("node:crypto");
const { performance } = require("node:perf_hooks");

const REDIRECT = "http://localhost:9/cb";

async function tokensFor(sandbox, persona) {
  const verifier = randomBytes(32).toString("base64url");
  const q = new URLSearchParams({
    response_type: "code",
    client_id: sandbox.clientId,
    redirect_uri: REDIRECT,
    state: "bench",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    sandbox_persona: persona,
    sandbox_decision: "allow",
  });
  const res = await fetch(`${sandbox.baseUrl}/oauth2/1/authorize?${q}`, { redirect: "manual" });
  const code = new URL(res.headers.get("location")).searchParams.get("code");
  const token = await fetch(`${sandbox.baseUrl}/oauth2/1/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: sandbox.clientId,
      client_secret: sandbox.clientSecret,
    }),
  });
  return (await token.json()).access_token;
}

async function timed(budgetMs, fn) {
  let n = 0;
  const began = performance.now();
  do {
    await fn();
    n++;
  } while (performance.now() - began < budgetMs);
  const elapsed = performance.now() - began;
  return { opsPerSec: (n * 1000) / elapsed, meanMicros: (elapsed * 1000) / n };
}

async function runSandboxBenchmarks({ budgetMs = 1000 } = {}) {
  const rows = [];
  const coldBegan = performance.now();
  const { createSandbox } = require("./dist");
  const cold = await createSandbox({ port: 0, redirectUris: [REDIRECT] });
  const coldMs = performance.now() - coldBegan;
  await cold.stop();
  rows.push({
    section: "sandbox",
    format: "-",
    operation: "cold start (require + first listen)",
    opsPerSec: 1000 / coldMs,
    meanMicros: coldMs * 1000,
  });
  const startup = await timed(Math.min(budgetMs, 2000), async () => {
    const sb = await createSandbox({ port: 0, redirectUris: [REDIRECT] });
    await sb.stop();
  });
  rows.push({ section: "sandbox", format: "-", operation: "createSandbox + stop", ...startup });

  const sandbox = await createSandbox({ port: 0, redirectUris: [REDIRECT] });
  try {
    const token = await tokensFor(sandbox, "many-documents");
    const first = await fetch(`${sandbox.baseUrl}/oauth2/2/files/issued`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const count = (await first.json()).items.length;
    const list = await timed(budgetMs, async () => {
      const res = await fetch(`${sandbox.baseUrl}/oauth2/2/files/issued`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await res.arrayBuffer();
    });
    rows.push({ section: "sandbox", format: `${count} docs`, operation: "GET /2/files/issued", ...list });
    const typical = await tokensFor(sandbox, "typical");
    const xml = await timed(budgetMs, async () => {
      const res = await fetch(`${sandbox.baseUrl}/oauth2/3/xml/eaadhaar`, {
        headers: { authorization: `Bearer ${typical}` },
      });
      await res.arrayBuffer();
    });
    rows.push({ section: "sandbox", format: "xml", operation: "GET /3/xml/eaadhaar", ...xml });
  } finally {
    await sandbox.stop();
  }
  return rows;
}

module.exports = { runSandboxBenchmarks };

if (require.main === module) {
  runSandboxBenchmarks({ budgetMs: Number(process.env.BENCH_BUDGET_MS) || 1000 })
    .then((rows) => {
      for (const r of rows)
        process.stdout.write(
          `${r.section} | ${r.format} | ${r.operation} | ${Math.round(r.opsPerSec)} ops/s | ${r.meanMicros.toFixed(1)} µs/op\n`,
        );
    })
    .catch((error) => process.stderr.write(`sandbox bench: ${error.message}\n`));
}
