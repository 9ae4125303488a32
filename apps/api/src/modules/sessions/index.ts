// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import { SessionAdminResolver } from "./session-admin.resolver";
import { SessionResolver } from "./session.resolver";

/** A consent session's access, tokens, lifecycle (end, erase) and administration (`consent_sessions`, `idempotency_keys`, `outbox`). */
export const resolvers = [SessionResolver, SessionAdminResolver] as const;

export { IdempotencyRepository } from "./idempotency.repository";
export { OutboxRepository, type OutboxRow } from "./outbox.repository";
export { REVOKE_KIND, revokeAad, type RevokePayload, revokePayloadFor } from "./revoke-payload";
export { SessionAccessService } from "./session-access.service";
export { SessionAdminService } from "./session-admin.service";
export { deleteSessionData, ERASE_SESSION_SECRETS } from "./session-erasure";
export { type RevokeDelivery, SessionLifecycleService } from "./session-lifecycle.service";
export { SessionTokenService } from "./session-token.service";
