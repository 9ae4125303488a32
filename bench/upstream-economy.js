// Upstream economy: DigiLocker requests per KYC journey (consent → profile → list → Aadhaar → two
// documents) and per 100 repeated reads of each read, counted from the sandbox's own request log
// (GET /__sandbox/requests, each entry named by operation). Targets: a journey ≤ 5 upstream requests
// after the token exchange; repeated reads inside the cache window: 0.
"use strict";
const { authorize, claim, followCallback, startConsent } = require("@lockerkit/testkit");
const {
  OPERATIONS,
  createDatabase,
  gql,
  graphqlError,
  message,
  sandboxControls,
  startApi,
} = require("./support/stack");

const SECTION = "upstream";
const PERSONA = "typical";
const RETURN_URL = "http://localhost:3000/bench/done";
const DOCUMENT = `query Doc($id: ID!) { document(id: $id) { id doctype content { format sha256 } } }`;
const REPEATS = 100;

const summarise = (entries) => {
  const counts = {};
  for (const e of entries) counts[e.operation] = (counts[e.operation] || 0) + 1;
  return (
    Object.entries(counts)
      .map(([op, n]) => `${op} ${n}`)
      .join(", ") || "none"
  );
};

async function runUpstreamBenchmarks() {
  const rows = [];
  const meta = { persona: PERSONA, repeats: REPEATS, journey: [] };
  const cleanups = [];
  try {
    const db = await createDatabase("upstream");
    cleanups.push(() => db.drop());
    const api = await startApi({ databaseUrl: db.url });
    cleanups.push(() => api.stop());
    const sandbox = sandboxControls(api);
    await sandbox.clearRequests();

    // Each step runs, then the log since the previous step is attributed to it.
    let seen = 0;
    const steps = [];
    const step = async (name, fn) => {
      let error = null;
      let value;
      try {
        value = await fn();
      } catch (e) {
        error = message(e);
      }
      const log = await sandbox.requests();
      const mine = log.slice(seen);
      seen = log.length;
      steps.push({ name, entries: mine, error });
      return value;
    };
    const read = async (query, variables, token) => {
      const r = await gql(api.url, query, variables, token);
      if (graphqlError(r)) throw new Error(graphqlError(r));
      return r.data;
    };

    let token = null;
    let code = null;
    const started = await step("startConsent", () =>
      startConsent(api.url, api.demoTenant.publishableKey, { returnUrl: RETURN_URL }),
    );
    await step("user consents at DigiLocker (browser → authorize)", () =>
      authorize(started.authorizationUrl, { persona: PERSONA }),
    ).then(async (callback) => {
      await step("callback (code exchange)", async () => {
        const { location } = await followCallback(callback);
        code = location.searchParams.get("code");
      });
    });
    await step("claimSession", async () => {
      token = await claim(api.url, code, started.claimVerifier);
    });
    await step("me (profile)", () => read(OPERATIONS.me.query, {}, token));
    const list = await step("documents(first: 20) (list)", () =>
      read(OPERATIONS.documents.query, { first: 20 }, token),
    );
    await step("aadhaarKyc", () => read(OPERATIONS.aadhaarKyc.query, {}, token));
    const nodes = list ? list.documents.edges.map((e) => e.node) : [];
    const xml = nodes.find((n) => n.mimeTypes.some((m) => /xml/i.test(m)) && n.doctype !== "ADHAR");
    const isXml = (n) => n.mimeTypes.some((m) => /xml/i.test(m));
    const other =
      nodes.find((n) => n !== xml && n.doctype !== "ADHAR" && !isXml(n)) ||
      nodes.find((n) => n !== xml && n.doctype !== "ADHAR");
    const picked = [xml, other].filter(Boolean).slice(0, 2);
    for (const doc of picked)
      await step(`document(id) ${doc.doctype} [${doc.mimeTypes.join(" ")}]`, () =>
        read(DOCUMENT, { id: doc.id }, token),
      );

    let afterExchange = 0;
    let exchanged = false;
    for (const s of steps) {
      if (exchanged) afterExchange += s.entries.length;
      if (s.entries.some((e) => /^token\.authorization_code$/.test(e.operation))) exchanged = true;
      rows.push({
        section: SECTION,
        format: "journey",
        operation: s.name,
        upstream: s.entries.length,
        note: summarise(s.entries),
        ...(s.error ? { error: s.error } : {}),
      });
      meta.journey.push({
        step: s.name,
        requests: s.entries.map((e) => `${e.method} ${e.path} → ${e.status} (${e.operation})`),
        error: s.error || undefined,
      });
    }
    const failed = steps.filter((s) => s.error).map((s) => s.name);
    rows.push({
      section: SECTION,
      format: "journey",
      operation: "total after the token exchange (target ≤ 5)",
      upstream: afterExchange,
      note: failed.length
        ? `incomplete: ${failed.join("; ")} failed`
        : `${steps.reduce((n, s) => n + s.entries.length, 0)} including authorize and the exchange`,
    });

    // Repeated reads inside the cache window.
    if (token) {
      const reads = [
        ["me", OPERATIONS.me.query, {}],
        ["documents(first: 20)", OPERATIONS.documents.query, { first: 20 }],
        ["aadhaarKyc", OPERATIONS.aadhaarKyc.query, {}],
        ...picked.map((doc) => [`document(id) ${doc.doctype}`, DOCUMENT, { id: doc.id }]),
      ];
      for (const [label, query, variables] of reads) {
        const base = { section: SECTION, format: `${REPEATS} reads`, operation: label };
        try {
          await sandbox.clearRequests();
          for (let i = 0; i < REPEATS; i++) await read(query, variables, token);
          const log = await sandbox.requests();
          rows.push({ ...base, upstream: log.length, note: summarise(log) });
        } catch (error) {
          rows.push({ ...base, error: message(error) });
        }
      }
    }
    return { rows, meta };
  } catch (error) {
    rows.push({ section: SECTION, format: "-", operation: "-", error: message(error) });
    return { rows, meta };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

module.exports = { runUpstreamBenchmarks };
