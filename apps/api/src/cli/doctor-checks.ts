import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DigiLockerClient, DigiLockerError } from "@lockerkit/core";
import type { DataSource } from "typeorm";
import { assertProductionReady, type Config, isSandboxUpstream } from "../config";
import { EncryptionService } from "../crypto/encryption.service";
import { createDataSource, migrations } from "../db/data-source";
import { SchemaStatusRepository } from "../db/schema-status.repository";
import { tenantSecretAad } from "../modules/tenants/tenant.repository";
import { createTrustStore } from "../trust";

/** One doctor check: a PASS/FAIL line, and optional detail lines under it. Never a secret in either. */
export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
  lines?: string[];
}

/** DigiLocker's production hosts; partner credentials are issued for one of them and work only there. */
export const DIGILOCKER_HOSTS: Record<string, string> = {
  "https://digilocker.meripehchaan.gov.in/public": "DigiLocker via Meri Pehchaan (newer partners)",
  "https://api.digitallocker.gov.in/public": "DigiLocker API Setu host (older partners)",
};

const TIMEOUT_MS = 8_000;

const pass = (name: string, detail: string, lines?: string[]): CheckResult => ({
  name,
  ok: true,
  detail,
  lines,
});
const fail = (name: string, detail: string, lines?: string[]): CheckResult => ({
  name,
  ok: false,
  detail,
  lines,
});

export function productionSettings(config: Config): CheckResult {
  try {
    assertProductionReady(config);
    return pass("production settings", "no development default in use");
  } catch (error) {
    return fail("production settings", (error as Error).message);
  }
}

/** Any HTTP answer from the base URL proves DNS, TLS and routing; only no answer fails. */
export async function hostReachable(config: Config): Promise<CheckResult> {
  const name = "DigiLocker host";
  const base = config.digilockerBaseUrl?.replace(/\/+$/, "");
  if (!base)
    return fail(
      name,
      "DIGILOCKER_BASE_URL is unset (the server would run its embedded sandbox, not DigiLocker)",
    );
  const known = DIGILOCKER_HOSTS[base];
  const lines = [
    known ? `${base}: ${known}` : `${base}: not a DigiLocker production host (a sandbox or a proxy)`,
  ];
  if (config.env === "production" && !base.startsWith("https://"))
    return fail(name, `${base} is not https`, lines);
  const started = performance.now();
  try {
    const res = await fetch(base, { redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.body?.cancel();
    return pass(
      name,
      `${base} answered HTTP ${res.status} in ${Math.round(performance.now() - started)} ms`,
      lines,
    );
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return fail(name, `${base} did not answer (${cause})`, lines);
  }
}

/** `/pull/issuers` is the only DigiLocker call that needs no user: it proves the client id and secret. */
export async function credentialsAccepted(
  name: string,
  config: Config,
  credentials: {
    clientId: string | undefined;
    clientSecret: string | undefined;
    redirectUri?: string | null;
  },
): Promise<CheckResult> {
  const base = config.digilockerBaseUrl;
  if (!base) return fail(name, "no DigiLocker host to ask");
  if (!credentials.clientId || !credentials.clientSecret)
    return fail(name, "DIGILOCKER_CLIENT_ID and DIGILOCKER_CLIENT_SECRET are required");
  const redirectUri = credentials.redirectUri ?? config.digilockerRedirectUri;
  const lines = [
    `client id ${credentials.clientId}`,
    redirectUri
      ? `redirect URI ${redirectUri} (must be registered for this client exactly; DigiLocker checks it only when a user consents)`
      : `redirect URI unset: the server uses http://localhost:${config.port}/digilocker/callback`,
  ];
  const client = new DigiLockerClient({
    baseUrl: base,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    redirectUri: redirectUri ?? "http://localhost/digilocker/callback",
    // Retries as the server would (a kept-alive connection may have been closed meanwhile), all within the deadline.
    deadlines: { metadata: TIMEOUT_MS },
  });
  try {
    const issuers = await client.listPullIssuers();
    return pass(name, `accepted by /pull/issuers (${issuers.length} issuers listed)`, lines);
  } catch (error) {
    if (!(error instanceof DigiLockerError)) return fail(name, "the check failed unexpectedly", lines);
    const answered = error.status ? `${error.status} ${error.code}` : error.code;
    if (error.status && error.status >= 400 && error.status < 500) {
      return fail(
        name,
        `refused by /pull/issuers (${answered}): wrong client id or secret, or credentials of the other DigiLocker host`,
        lines,
      );
    }
    return fail(name, `could not be checked (${answered})`, lines);
  }
}

export function trustStoreLoaded(config: Config, now = new Date()): CheckResult {
  const name = "trust store";
  try {
    const store = createTrustStore({ ...config, sandboxUpstream: isSandboxUpstream(config) });
    const all = [
      ...store.anchors.map((a) => ["signer", a] as const),
      ...store.roots.map((a) => ["root", a] as const),
      ...store.intermediates.map((a) => ["ca", a] as const),
    ];
    if (store.anchors.length + store.roots.length === 0)
      return fail(name, "no signers and no roots: nothing DigiLocker signs could verify");
    // Expiry is listed, not judged: signatures made while a certificate was valid still verify.
    const lines = all.map(([role, a]) => {
      const expiry = a.notAfter.toISOString().slice(0, 10);
      return `${a.label.padEnd(10)} ${role.padEnd(6)} ${a.subjectCommonName} — expires ${expiry}${a.notAfter < now ? " (expired)" : ""} — ${a.source}`;
    });
    return pass(
      name,
      `${store.anchors.length} pinned signers, ${store.roots.length} roots, ${store.intermediates.length} intermediates loaded`,
      lines,
    );
  } catch (error) {
    return fail(name, (error as Error).message);
  }
}

/** The keys the server would use; the development key file is only read, never created here. */
export function encryptionKeys(config: Config): {
  result: CheckResult;
  crypto: EncryptionService | null;
  keyIds: string[];
} {
  const name = "encryption keys";
  let list = config.encryptionKeys;
  let source = "LOCKERKIT_ENCRYPTION_KEYS";
  if (!list) {
    const file = join(config.dataDir, "dev-encryption-keys");
    if (config.env === "production" || !existsSync(file)) {
      return { result: fail(name, "LOCKERKIT_ENCRYPTION_KEYS is unset"), crypto: null, keyIds: [] };
    }
    list = readFileSync(file, "utf8").trim();
    source = `the development key file ${file}`;
  }
  try {
    const crypto = EncryptionService.parse(list!);
    const probe = crypto.encrypt("doctor", "doctor");
    if (crypto.decrypt(probe, "doctor") !== "doctor") throw new Error("a value did not survive encryption");
    const keyIds = list!.split(",").map((entry) => entry.split(":")[0]);
    return {
      result: pass(name, `${keyIds.length} key(s) from ${source}; new values use "${crypto.currentKeyId}"`),
      crypto,
      keyIds,
    };
  } catch (error) {
    return { result: fail(name, `unusable: ${(error as Error).message}`), crypto: null, keyIds: [] };
  }
}

/** Opens the database without migrating it (the doctor looks, the server changes). */
export async function openDatabaseReadOnly(
  config: Config,
): Promise<{ result: CheckResult | null; dataSource: DataSource | null }> {
  const name = "database";
  if (!config.databaseUrl && (!config.pgliteDir || !existsSync(config.pgliteDir))) {
    return {
      result: fail(name, `DATABASE_URL is unset and there is no embedded database at ${config.pgliteDir}`),
      dataSource: null,
    };
  }
  try {
    return { result: null, dataSource: await createDataSource(config).initialize() };
  } catch (error) {
    return { result: fail(name, `cannot connect: ${(error as Error).message}`), dataSource: null };
  }
}

export async function databaseMigrated(config: Config, status: SchemaStatusRepository): Promise<CheckResult> {
  const name = "database";
  const where = config.databaseUrl ? "DATABASE_URL" : `embedded PGlite at ${config.pgliteDir}`;
  const known = migrations.map((m) => new m().name as string);
  const applied = (await status.appliedMigrations()) ?? new Set<string>();
  const pending = known.filter((n) => !applied.has(n));
  const unknown = [...applied].filter((n) => !known.includes(n));
  if (pending.length)
    return fail(
      name,
      `${where}: ${pending.length} pending migration(s): ${pending.join(", ")} (the server applies them when it starts)`,
    );
  if (unknown.length)
    return fail(
      name,
      `${where}: applied migrations this build does not know: ${unknown.join(", ")} (a newer build migrated it)`,
    );
  return pass(name, `${where}: migrated, all ${known.length} migrations applied, none pending`);
}

export async function keysCoverStoredData(
  status: SchemaStatusRepository,
  keyIds: string[],
): Promise<CheckResult> {
  const name = "stored secrets";
  const inUse = await status.encryptionKeyIdsInUse();
  const missing = inUse.filter((id) => !keyIds.includes(id));
  if (missing.length)
    return fail(
      name,
      `encrypted under key id(s) not configured: ${missing.join(", ")} (keep old keys after the new one until \`npm run keys -- rotate\`)`,
    );
  return pass(
    name,
    inUse.length
      ? `every stored secret decrypts with a configured key (ids in use: ${inUse.join(", ")})`
      : "nothing encrypted stored yet",
  );
}

export async function tenantCredentials(
  config: Config,
  status: SchemaStatusRepository,
  crypto: EncryptionService | null,
): Promise<CheckResult[]> {
  const tenants = await status.tenantsWithOwnCredentials();
  const results: CheckResult[] = [];
  for (const t of tenants) {
    const name = `tenant "${t.name}" credentials`;
    if (!crypto) {
      results.push(fail(name, "its client secret cannot be decrypted without the encryption keys"));
      continue;
    }
    let secret: string;
    try {
      secret = crypto.decrypt(t.secret_enc, tenantSecretAad(t.id));
    } catch {
      results.push(fail(name, "its stored client secret does not decrypt with the configured keys"));
      continue;
    }
    results.push(
      await credentialsAccepted(name, config, {
        clientId: t.client_id,
        clientSecret: secret,
        redirectUri: t.redirect_uri,
      }),
    );
  }
  return results;
}
