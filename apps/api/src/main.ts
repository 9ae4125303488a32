import { ConfigError } from "./config";
import { createServer } from "./server";

/** `npm start` / `npm run serve`. */
async function main(): Promise<void> {
  const server = await createServer();
  const lines = [`LockerKit API     ${server.url}/graphql`];
  if (server.sandboxUrl) lines.push(`DigiLocker sandbox ${server.sandboxUrl}/public  (personas: ${server.sandboxUrl}/__sandbox/personas)`);
  if (server.demoTenant) lines.push(`Demo publishable key ${server.demoTenant.publishableKey}`);
  console.log(lines.join("\n"));
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(() => process.exit(0));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

void main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : `LockerKit failed to start: ${error.message}`);
  process.exit(1);
});
