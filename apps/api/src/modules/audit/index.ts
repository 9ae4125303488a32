// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { AuditService } from "./audit.service";
import { AuditResolver } from "./audit.resolver";

/** The tamper-evident audit trail (`audit_events`). */
export const resolvers = [AuditResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    audit: AuditService;
  }
}

export { auditLoaders as loaders } from "./audit.loaders";

export { AuditEvent } from "./audit-event.type";
export { AuditService, type SessionAuditEntry } from "./audit.service";
