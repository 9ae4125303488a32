// autocannon wrapper: POST /graphql at a fixed number of connections for a fixed time, sampling the
// server process's RSS meanwhile. Every answer must equal `expectBody` (else it counts as bad).
"use strict";
const autocannon = require("autocannon");
const { rssOf } = require("./stack");

function run({ url, token, query, variables, expectBody, connections, durationS, pid }) {
  return new Promise((resolve, reject) => {
    let peakRssMB = 0;
    const sample = () => {
      const m = pid ? rssOf(pid) : null;
      if (m && m.rssMB > peakRssMB) peakRssMB = m.rssMB;
    };
    const sampler = setInterval(sample, 100);
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
        // A mismatch is any answer other than expectBody (a non-2xx answer is one too).
        const mismatches = result.mismatches || 0;
        const ok = Math.max(0, result.requests.total - mismatches);
        resolve({
          rps: ok / result.duration,
          non2xx: result.non2xx || 0,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          requests: result.requests.total,
          bad: mismatches + (result.errors || 0) + (result.timeouts || 0),
          peakRssMB,
        });
      },
    );
    instance.on("error", () => {});
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
