import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newSecret, sha256Hex } from "../../crypto/hashing";
import { TenantEntity } from "../../db/entities/tenant.entity";
import type { TenantRepository } from "./tenant.repository";

export interface DemoTenantKeys {
  publishableKey: string;
  secretKey: string;
}

const LOCAL_PATTERNS = ["http://localhost:*", "http://127.0.0.1:*"];

/**
 * Sandbox mode only: keys from DEMO_TENANT_KEY / DEMO_TENANT_SECRET (replacing the stored ones at
 * every boot), else generated once into `<dataDir>/demo-tenant.json`; `dataDir` null keeps them in memory.
 */
export function resolveDemoKeys(dataDir: string | null, fromEnv: Partial<DemoTenantKeys>): DemoTenantKeys {
  if (fromEnv.publishableKey && fromEnv.secretKey) {
    return { publishableKey: fromEnv.publishableKey, secretKey: fromEnv.secretKey };
  }
  const generated = () => ({ publishableKey: newSecret("lk_pk_"), secretKey: newSecret("lk_sk_") });
  if (!dataDir) return { ...generated(), ...stripUndefined(fromEnv) };
  const file = join(dataDir, "demo-tenant.json");
  let keys: DemoTenantKeys;
  if (existsSync(file)) {
    keys = JSON.parse(readFileSync(file, "utf8")) as DemoTenantKeys;
  } else {
    keys = generated();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  }
  return { ...keys, ...stripUndefined(fromEnv) };
}

function stripUndefined(keys: Partial<DemoTenantKeys>): Partial<DemoTenantKeys> {
  return Object.fromEntries(Object.entries(keys).filter(([, v]) => v)) as Partial<DemoTenantKeys>;
}

export async function seedDemoTenant(tenants: TenantRepository, keys: DemoTenantKeys): Promise<TenantEntity> {
  const tenant =
    (await tenants.findDemo()) ?? Object.assign(new TenantEntity(), { id: randomUUID(), isDemo: true });
  tenant.name = "Demo tenant";
  tenant.publishableKeyHash = sha256Hex(keys.publishableKey);
  tenant.secretKeyHash = sha256Hex(keys.secretKey);
  tenant.allowedReturnUrls = LOCAL_PATTERNS;
  tenant.allowedOrigins = LOCAL_PATTERNS;
  tenant.returnPhotos = true;
  return tenants.save(tenant);
}
