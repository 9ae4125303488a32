import DataLoader from "dataloader";
import type { Principal } from "../../graphql/principal";
import type { Services } from "../../graphql/services";
import type { SessionAuditEntry } from "./audit.service";

declare module "../../graphql/context" {
  interface Loaders {
    /** Audit trails of the caller's tenant's sessions (resolvers check for the secret key first). */
    auditTrail: DataLoader<string, SessionAuditEntry[]>;
  }
}

/** Audit trails of the caller's tenant's sessions; empty for any other caller. */
export const auditLoaders = {
  auditTrail: (services: Services, principal: Principal) =>
    new DataLoader<string, SessionAuditEntry[]>(async (sessionIds) =>
      principal.kind === "tenant"
        ? services.audit.trails(principal.tenant.id, sessionIds)
        : sessionIds.map(() => []),
    ),
};
