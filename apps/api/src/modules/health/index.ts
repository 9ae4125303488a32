// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { OperationsHealthService } from "./operations-health.service";
import { OperationsHealthResolver } from "./operations-health.resolver";

/** The operator console's health view: sessions by status, outbox and webhook backlog, upstream window. */
export const resolvers = [OperationsHealthResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    operationsHealth: OperationsHealthService;
  }
}

export { OperationsHealthRepository } from "./operations-health.repository";
export { OperationsHealthService } from "./operations-health.service";
