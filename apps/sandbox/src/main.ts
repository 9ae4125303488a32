import { parseDialect } from "./config";
import { createSandbox } from "./server";

/** `npm run sandbox`: the sandbox alone, configured by SANDBOX_* variables. */
async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.SANDBOX_PORT ?? 4100);
  const sandbox = await createSandbox({
    port,
    clientId: env.SANDBOX_CLIENT_ID,
    clientSecret: env.SANDBOX_CLIENT_SECRET,
    redirectUris: (env.SANDBOX_REDIRECT_URIS ?? `http://localhost:4000/digilocker/callback`)
      .split(",")
      .map((u) => u.trim())
      .filter(Boolean),
    accessTokenTtlS: env.SANDBOX_ACCESS_TOKEN_TTL_S ? Number(env.SANDBOX_ACCESS_TOKEN_TTL_S) : undefined,
    controls: env.SANDBOX_CONTROLS !== "off",
    dialect: parseDialect(env.SANDBOX_DIALECT),
  });
  console.log(
    `DigiLocker sandbox on ${sandbox.baseUrl} (client id ${sandbox.clientId}, ${sandbox.dialect} dialect)`,
  );
  const stop = () => void sandbox.stop().then(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

void main().catch((error: Error) => {
  console.error(`sandbox failed to start: ${error.message}`);
  process.exit(1);
});
