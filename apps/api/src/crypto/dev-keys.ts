import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Development only: a key generated once into the data directory, so `npm start` works with no
 * configuration and data survives restarts. Production refuses to start without real keys.
 */
export function loadOrCreateDevKeys(dataDir: string): string {
  const file = join(dataDir, "dev-encryption-keys");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const keys = `dev1:${randomBytes(32).toString("base64")}`;
  writeFileSync(file, `${keys}\n`, { mode: 0o600 });
  return keys;
}
