// Child process: the DigiLocker sandbox on its own, for api-child.js in production configuration (a
// production API never hosts the sandbox, so the API process's CPU and RSS must not include it).
// Options arrive in BENCH_SANDBOX_OPTIONS; answers `ready` with the URLs and client credentials over IPC.
"use strict";
const { join } = require("node:path");

const options = JSON.parse(process.env.BENCH_SANDBOX_OPTIONS || "{}");

async function main() {
  const { createSandbox } = require(join(__dirname, "..", "..", "apps", "sandbox", "dist"));
  const sandbox = await createSandbox({ port: 0, redirectUris: options.redirectUris || [] });
  // The API child stops it on `stop`; it also goes when the API child dies (the IPC channel closes).
  const stop = () =>
    sandbox
      .stop()
      .catch(() => {})
      .then(() => process.exit(0));
  process.on("message", (msg) => msg && msg.cmd === "stop" && stop());
  process.on("disconnect", stop);
  const { url, baseUrl, clientId, clientSecret } = sandbox;
  process.send({ type: "ready", info: { url, baseUrl, clientId, clientSecret } });
}

main().catch((error) => {
  process.send({ type: "failed", error: String(error && error.message ? error.message : error) });
  setTimeout(() => process.exit(1), 50);
});
