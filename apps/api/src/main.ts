import { ConfigError } from "./config";
import { tuneHeap } from "./util/heap-tuning";
import { startTracing } from "./observability/tracing";
import { createServer } from "./server";

/** `npm start` / `npm run serve`. */
async function main(): Promise<void> {
  tuneHeap();
  // Only when OTEL_* configures it; the server then makes spans for requests and DigiLocker calls.
  const tracing = await startTracing();
  const server = await createServer({ tracerProvider: tracing?.provider });
  const lines = [`LockerKit API      ${server.url}/graphql`];
  if (server.webApp) lines.push(`Demo web app       ${server.url}/`);
  if (server.sandboxUrl)
    lines.push(
      `DigiLocker sandbox ${server.sandboxUrl}/public  (personas: ${server.sandboxUrl}/__sandbox/personas)`,
    );
  if (server.demoTenant) lines.push(`Demo publishable key ${server.demoTenant.publishableKey}`);
  // The secret key is not printed (terminals and CI logs keep it); this says exactly where it is.
  const secret = server.demoSecretKeySource;
  if (secret)
    lines.push(
      `Demo secret key    ${secret === "DEMO_TENANT_SECRET" ? "as set in DEMO_TENANT_SECRET" : `"secretKey" in ${secret}`}`,
    );
  if (server.demoTenant)
    lines.push(
      `GraphQL explorer   ${server.url}/explorer (offline GraphiQL) · ${server.url}/graphql (Apollo Sandbox)`,
    );
  console.log(lines.join("\n"));
  let stopping = false;
  // SIGTERM: /readyz answers 503, the listener closes (new connections are refused), in-flight requests
  // finish (Apollo drain, ≤ 25 s), jobs stop, the pool closes, exit 0. A stuck step cannot hold the exit.
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining`);
    setTimeout(() => {
      console.error("shutdown took too long; exiting");
      process.exit(1);
    }, 40_000).unref();
    void server
      .stop()
      .then(() => tracing?.flush().catch(() => undefined))
      .then(
        () => process.exit(0),
        (error: Error) => {
          console.error(`shutdown failed: ${error.message}`);
          process.exit(1);
        },
      );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

void main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : `LockerKit failed to start: ${error.message}`);
  process.exit(1);
});
