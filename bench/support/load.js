// autocannon wrapper: POST /graphql at a fixed number of connections for a fixed time, sampling the
// server process's RSS meanwhile. Every answer must equal `expectBody` (else it counts as bad).
//
// Latency (p50, p99) is the steady state's: answers to requests sent once every connection has had its
// first answer. autocannon opens its connections when a run starts, and a busy Node server accepts one
// connection per turn of its event loop (libuv has not accepted in a loop since libuv/libuv#3696), so
// a run starts with a queue of accepts: the first answers wait up to a few hundred ms at 50 connections,
// and the late connections' first requests then arrive together. In a 1–2 s run that ramp is the p99
// (bench/PROFILE.md, "Sixth pass"). `rampP99Ms` is autocannon's own p99, the ramp included.
"use strict";
const autocannon = require("autocannon");
const { rssOf } = require("./stack");

/** Nearest-rank percentile of ascending `sorted`, to 0.1 ms. */
function percentile(sorted, p) {
  const v = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return Math.round(v * 10) / 10;
}

function run({ url, token, query, variables, expectBody, connections, durationS, pid }) {
  return new Promise((resolve, reject) => {
    let peakRssMB = 0;
    const sample = () => {
      const m = pid ? rssOf(pid) : null;
      if (m && m.rssMB > peakRssMB) peakRssMB = m.rssMB;
    };
    const sampler = setInterval(sample, 100);
    // Steady-state 2xx answers (autocannon's own latency counts 2xx answers only).
    const latencies = [];
    const answered = new WeakSet();
    let connected = 0;
    let steadyFrom = Infinity;
    const instance = autocannon(
      {
        url: `${url.replace("//localhost:", "//127.0.0.1:")}/graphql`,
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        connections,
        duration: durationS,
        expectBody,
        timeout: 10,
      },
      (error, result) => {
        clearInterval(sampler);
        sample();
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        // A mismatch is any answer other than expectBody (a non-2xx answer is one too).
        const mismatches = result.mismatches || 0;
        const ok = Math.max(0, result.requests.total - mismatches);
        resolve({
          rps: ok / result.duration,
          non2xx: result.non2xx || 0,
          p50Ms: latencies.length ? percentile(latencies, 50) : result.latency.p50,
          p99Ms: latencies.length ? percentile(latencies, 99) : result.latency.p99,
          rampP99Ms: result.latency.p99,
          requests: result.requests.total,
          bad: mismatches + (result.errors || 0) + (result.timeouts || 0),
          peakRssMB,
        });
      },
    );
    instance.on("error", () => {});
    instance.on("response", (client, statusCode, _bytes, responseTime) => {
      const now = performance.now();
      if (!answered.has(client)) {
        answered.add(client);
        if (++connected === connections) steadyFrom = now;
      } else if (now - responseTime >= steadyFrom && Math.floor(Number(statusCode) / 100) === 2) {
        latencies.push(responseTime);
      }
    });
  });
}

/**
 * The machine is shared (other processes compete for the CPUs), and interference only ever makes a
 * run slower: a measurement is the best of a few short runs (by req/s; its p50/p99 reported with it;
 * bad answers and peak RSS summed / maxed over all runs).
 */
function keepBest(top, r) {
  if (!top) return r;
  const better = r.rps > top.rps ? r : top;
  return { ...better, bad: top.bad + r.bad, peakRssMB: Math.max(top.peakRssMB, r.peakRssMB) };
}

module.exports = { keepBest, run };
