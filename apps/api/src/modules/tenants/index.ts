// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { TenantService } from "./tenant.service";
import { TenantResolver } from "./tenant.resolver";

/** Tenants: keys, policy, their own DigiLocker credentials (`tenants`). */
export const resolvers = [TenantResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    tenants: TenantService;
  }
}

export { tenantLoaders as loaders } from "./tenant.loaders";

export { type DemoTenantKeys, resolveDemoKeys, seedDemoTenant } from "./demo-tenant";
export { DigiLockerClients, tenantSecretAad } from "./digilocker-clients";
export { isAllowedReturnUrl } from "./return-url.policy";
export { policyFromFlags, TENANT_CLI_OPTIONS } from "./set-policy-flags";
export { TenantRepository } from "./tenant.repository";
export { TenantInputError, TenantService } from "./tenant.service";
