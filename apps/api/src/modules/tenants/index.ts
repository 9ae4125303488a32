// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { TenantService } from "./tenant.service";
import { TenantResolver } from "./tenant.resolver";
import { sealedColumns as tenantColumns } from "./tenant.repository";

/** Tenants: keys, policy, their own DigiLocker credentials (`tenants`). */
export const resolvers = [TenantResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    tenants: TenantService;
  }
}

export { tenantLoaders as loaders } from "./tenant.loaders";

export { type DemoTenantKeys, resolveDemoKeys, seedDemoTenant } from "./demo-tenant";
export { DigiLockerClients } from "./digilocker-clients";
export { isAllowedReturnUrl } from "./return-url.policy";
export { policyFromFlags, TENANT_CLI_OPTIONS } from "./set-policy-flags";
export { TenantRepository, tenantSecretAad } from "./tenant.repository";
export { TenantInputError, TenantService } from "./tenant.service";

/** The sealed (encrypted) columns this module stores, for key rotation. */
export const sealedColumns = [...tenantColumns];
