// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { ConsentSessionRepository } from "../consent/consent-session.repository";
import type { SessionTokenService } from "./session-token.service";
import type { SessionAdminService } from "./session-admin.service";
import type { SessionLifecycleService } from "./session-lifecycle.service";
import { SessionAdminResolver } from "./session-admin.resolver";
import { SessionResolver } from "./session.resolver";

/** A consent session's access, tokens, lifecycle (end, erase) and administration (`consent_sessions`, `idempotency_keys`, `outbox`). */
export const resolvers = [SessionResolver, SessionAdminResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    sessions: ConsentSessionRepository;
    sessionTokens: SessionTokenService;
    sessionAdmin: SessionAdminService;
    lifecycle: SessionLifecycleService;
  }
}

export { sessionLoaders as loaders } from "./session.loaders";

export { IdempotencyRepository } from "./idempotency.repository";
export { OutboxRepository, type OutboxRow } from "./outbox.repository";
export { REVOKE_KIND, revokeAad, type RevokePayload, revokePayloadFor } from "./revoke-payload";
export { SessionAccessService } from "./session-access.service";
export { SessionAdminService } from "./session-admin.service";
export { deleteSessionData, ERASE_SESSION_SECRETS } from "./session-erasure";
export { type RevokeDelivery, SessionLifecycleService } from "./session-lifecycle.service";
export { SessionTokenService } from "./session-token.service";
