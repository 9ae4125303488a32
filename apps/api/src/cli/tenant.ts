import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config";
import { loadOrCreateDevKeys } from "../crypto/dev-keys";
import { EncryptionService } from "../crypto/encryption.service";
import { openDatabase } from "../db/data-source";
import { AuditService } from "../modules/audit";
import {
  policyFromFlags,
  TENANT_CLI_OPTIONS,
  TenantInputError,
  TenantRepository,
  TenantService,
} from "../modules/tenants";

const USAGE = `usage: npm run tenant -- <command>
  create --name N --return-url U [--return-url U2] [--origin O]…   prints the keys once
  list
  rotate-keys --id ID                                             prints the new keys once
  set-policy --id ID [--photos on|off] [--console-document-contents on|off] [--retention-days D] [--kyc-max-age SECONDS] [--receipt-lifetime SECONDS] [--return-url U]… [--origin O]…
             [--digilocker-client-id C --digilocker-client-secret S [--digilocker-redirect-uri U] | --digilocker-default]`;

/** `npm run tenant`: tenant administration against the configured database. */
export async function runTenantCli(
  argv: string[],
  out: (line: string) => void = console.log,
): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({ args: rest, options: TENANT_CLI_OPTIONS, strict: true });
  const config = loadConfig();
  const crypto = EncryptionService.parse(config.encryptionKeys ?? loadOrCreateDevKeys(config.dataDir));
  const dataSource = await openDatabase(config);
  try {
    const tenants = new TenantService(new TenantRepository(dataSource), crypto);
    switch (command) {
      case "create": {
        const { tenant, keys } = await tenants.create({
          name: values.name ?? "",
          returnUrls: values["return-url"] ?? [],
          origins: values.origin ?? [],
        });
        out(`tenant: ${tenant.id}`);
        out(`publishable: ${keys.publishableKey}`);
        out(`secret: ${keys.secretKey}`);
        return 0;
      }
      case "list":
        for (const t of await tenants.list()) {
          out(
            `${t.id}  ${t.name}  photos=${t.returnPhotos ? "on" : "off"}  retention=${t.retentionDays}d  return-urls=${t.allowedReturnUrls.join(",")}  origins=${t.allowedOrigins.join(",")}`,
          );
        }
        return 0;
      case "rotate-keys": {
        const keys = await tenants.rotateKeys(values.id ?? "");
        out(`publishable: ${keys.publishableKey}`);
        out(`secret: ${keys.secretKey}`);
        return 0;
      }
      case "set-policy": {
        const t = await tenants.setPolicy(values.id ?? "", policyFromFlags(values));
        // A policy change from the shell is in the tenant's trail too, as the console's and the API's are.
        await new AuditService(dataSource, crypto.deriveKey("audit-head")).record({
          tenantId: t.id,
          actor: "cli",
          action: "tenant.policy_updated",
          outcome: "ok",
        });
        out(
          `${t.id}  photos=${t.returnPhotos ? "on" : "off"}  console-document-contents=${t.consoleDocumentContents ? "on" : "off"}  retention=${t.retentionDays}d  kyc-max-age=${t.kycMaxAgeSeconds}s  receipt-lifetime=${t.receiptLifetimeSeconds}s  digilocker=${t.digilockerClientId ?? "default"}`,
        );
        return 0;
      }
      default:
        out(USAGE);
        return 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  runTenantCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      const expected =
        error instanceof TenantInputError ||
        error instanceof ConfigError ||
        (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
      console.error(expected ? `tenant: ${error.message}` : `tenant: failed: ${error.message}`);
      process.exit(2);
    },
  );
}
