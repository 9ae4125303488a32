import { ConfigError, loadConfig } from "../config";
import { loadOrCreateDevKeys } from "../crypto/dev-keys";
import { EncryptionService } from "../crypto/encryption.service";
import { openDatabase } from "../db/data-source";
import { AuditService } from "../modules/audit";

/** `npm run audit -- verify`: recomputes every tenant's audit chain; exit 1 if any is broken. */
export async function runAuditCli(
  argv: string[],
  out: (line: string) => void = console.log,
): Promise<number> {
  if (argv[0] !== "verify") {
    out("usage: npm run audit -- verify");
    return 2;
  }
  const config = loadConfig();
  const crypto = EncryptionService.parse(config.encryptionKeys ?? loadOrCreateDevKeys(config.dataDir));
  const dataSource = await openDatabase(config);
  try {
    const checks = await new AuditService(dataSource, crypto.deriveKey("audit-head")).verify();
    for (const c of checks)
      out(
        `${c.ok ? "ok    " : "BROKEN"} tenant ${c.tenantId}: ${c.events} events${c.problem ? ` — ${c.problem}` : ""}`,
      );
    if (checks.length === 0) out("no audit events yet");
    return checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  runAuditCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(
        error instanceof ConfigError ? `audit: ${error.message}` : `audit: failed: ${error.message}`,
      );
      process.exit(2);
    },
  );
}
