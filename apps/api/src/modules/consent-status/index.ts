// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { ConsentStatusService } from "./consent-status.service";
import { ConsentStatusResolver } from "./consent-status.resolver";

/** Live consent status: the `consentStatus` subscription, fed from database notifications. */
export const resolvers = [ConsentStatusResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    consentStatus: ConsentStatusService;
  }
}

export { ConsentStatusBus } from "./consent-status.bus";
export { ConsentStatusService } from "./consent-status.service";
