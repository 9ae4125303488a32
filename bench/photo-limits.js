// Photo limits (finding V2): a Secure QR whose JPEG-2000 photo header claims 8000×8000, signed by a key the
// API trusts, sent 20 at a time to the built API (development, PGlite, the sandbox UIDAI-like signer pinned) while
// /livez is probed every 10 ms; then the same with UIDAI's real photo as the control, which must still decode
// (in the worker, from dist).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const { readFileSync } = fs;
const { join } = require("node:path");
const { signedSecureQrV2 } = require("@lockerkit/testkit");
const { ROOT, gql, message, rssOf, startApi } = require("./support/stack");

const SECTION = "photo-limits";
const ATTEMPTS = 20;
const QR_SAMPLE = readFileSync(
  join(ROOT, "packages", "core", "test", "fixtures", "aadhaar", "uidai-sample-secure-qr-v1.txt"),
  "utf8",
).trim();
// A Secure QR carries no certificate: the sandbox's UIDAI-like test signer is pinned through a trust folder.
const SANDBOX_KEY = join(ROOT, "apps", "sandbox", "trust", "uidai-signer.test-only.key");
const SANDBOX_CERT = join(ROOT, "apps", "sandbox", "trust", "uidai-signer.pem");
const VERIFY = `mutation ($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { name photo signature { verified } } }`;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n) => Math.round(n * 10) / 10;

function samplePhoto() {
  const { decodeSecureQr } = require(join(ROOT, "packages", "core", "dist"));
  return Buffer.from(decodeSecureQr(QR_SAMPLE).photo);
}

/** UIDAI's sample photo with its SIZ claiming 8000×8000 (image and tile). */
function photoClaiming8000() {
  const photo = samplePhoto();
  for (const offset of [8, 12, 24, 28]) photo.writeUInt32BE(8000, offset); // Xsiz Ysiz XTsiz YTsiz
  return photo;
}

/** A V2 Secure QR around `photo`, signed by the sandbox signer (trusted by the API outside production). */
function signedQr(photo) {
  return signedSecureQrV2(photo, readFileSync(SANDBOX_KEY, "utf8"));
}

/** `ATTEMPTS` concurrent verifications of one QR while /livez is probed; answer and probe times, RSS growth. */
async function burst(api, verify, qrText) {
  await verify(qrText); // warm-up
  const before = rssOf(api.pid);
  let peak = before ? before.rssMB : 0;
  const livez = [];
  let done = false;
  const probe = (async () => {
    while (!done) {
      const t0 = performance.now();
      await (await fetch(`${api.url}/livez`)).text();
      livez.push(performance.now() - t0);
      const now = rssOf(api.pid);
      if (now) peak = Math.max(peak, now.rssMB);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const began = performance.now();
  const answers = await Promise.all(Array.from({ length: ATTEMPTS }, () => verify(qrText)));
  const elapsed = performance.now() - began;
  done = true;
  await probe;
  return {
    answers,
    elapsed,
    livez: livez.sort((a, b) => a - b),
    times: answers.map((a) => a.ms).sort((a, b) => a - b),
    before,
    peak,
  };
}

function burstRows(format, run, isGood, goodNote) {
  const { answers, elapsed, livez, times, before, peak } = run;
  return [
    {
      section: SECTION,
      format,
      operation: `${ATTEMPTS} concurrent verifyOfflineAadhaar: answers`,
      rps: (ATTEMPTS / elapsed) * 1000,
      p50Ms: round(percentile(times, 50)),
      p99Ms: round(percentile(times, 99)),
      bad: answers.filter(({ kyc }) => !isGood(kyc)).length,
      note: goodNote,
    },
    {
      section: SECTION,
      format,
      operation: `GET /livez during those ${ATTEMPTS}`,
      p50Ms: round(percentile(livez, 50)),
      p99Ms: round(percentile(livez, 99)),
      rssMB: peak,
      note: `${livez.length} probes, max ${round(livez[livez.length - 1])} ms; API RSS ${before ? before.rssMB.toFixed(0) : "?"} → peak ${peak.toFixed(0)} MB (+${before ? (peak - before.rssMB).toFixed(1) : "?"} MB)`,
    },
  ];
}

async function runPhotoLimitsBenchmarks() {
  const rows = [];
  let api;
  try {
    const pins = fs.mkdtempSync(join(os.tmpdir(), "lk-bench-pins-"));
    fs.copyFileSync(SANDBOX_CERT, join(pins, "uidai-signer.pem"));
    api = await startApi({ childEnv: { LOCKERKIT_TRUST_DIRS: pins } });
    const secret = api.demoTenant.secretKey;
    const verify = async (text) => {
      const t0 = performance.now();
      const r = await gql(api.url, VERIFY, { input: { qrText: text } }, secret);
      if (!r.data) throw new Error(`verifyOfflineAadhaar failed: ${r.text.slice(0, 200)}`);
      return { kyc: r.data.verifyOfflineAadhaar, ms: performance.now() - t0 };
    };
    const oversized = await burst(api, verify, signedQr(photoClaiming8000()));
    rows.push(
      ...burstRows(
        "Secure QR, photo claims 8000×8000",
        oversized,
        (kyc) => kyc.photo === null && kyc.signature.verified,
        "photo null (refused from the SIZ header), fields verified",
      ),
    );
    // The control: the same record with UIDAI's real 60×60 photo, decoded (in the worker) for every answer.
    const normal = await burst(api, verify, signedQr(samplePhoto()));
    rows.push(
      ...burstRows(
        "Secure QR, real 60×60 photo",
        normal,
        (kyc) => /^data:image\/png;base64,/.test(kyc.photo || "") && kyc.signature.verified,
        "photo decoded to PNG in the worker",
      ),
    );
    return {
      rows,
      meta: {
        attempts: ATTEMPTS,
        oversized: { livez: oversized.livez, before: oversized.before, peakMB: oversized.peak },
        normal: { livez: normal.livez, before: normal.before, peakMB: normal.peak },
      },
    };
  } catch (error) {
    rows.push({
      section: SECTION,
      format: "Secure QR",
      operation: `${ATTEMPTS} concurrent verifyOfflineAadhaar`,
      error: message(error),
    });
    return rows;
  } finally {
    if (api) await api.stop().catch(() => {});
  }
}

module.exports = { runPhotoLimitsBenchmarks };
