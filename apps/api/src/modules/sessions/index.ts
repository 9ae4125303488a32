// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { ConsentSessionRepository } from "./consent-session.repository";
import type { SessionTokenService } from "./session-token.service";
import type { SessionAdminService } from "./session-admin.service";
import type { SessionLifecycleService } from "./session-lifecycle.service";
import { SessionAdminResolver } from "./session-admin.resolver";
import { SessionResolver } from "./session.resolver";
import { sealedColumns as sessionColumns } from "./consent-session.repository";
import { sealedColumns as outboxColumns } from "./outbox.repository";

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
export { toConsentSession } from "./consent-session.mapper";
export { ConsentSessionRepository, RESUMABLE_STATUSES } from "./consent-session.repository";
export { ConsentSession } from "./consent-session.type";
export { ConsentPurpose, SessionStatus } from "./session.enums";
export {
  enqueueRevoke,
  REVOKE_KIND,
  type RevokeDelivery,
  type RevokePayload,
  revokePayloadFor,
} from "./session-revoke";
export { revokeAad, sessionAad, STATUS_TOKEN_PREFIX } from "./session-secrets";
export { SessionAccessService } from "./session-access.service";
export { SessionAdminService } from "./session-admin.service";
export { deleteSessionData } from "./session-erasure.repository";
export { type SessionEndedEvents, SessionLifecycleService } from "./session-lifecycle.service";
export { SessionTokenService } from "./session-token.service";

/** The sealed (encrypted) columns this module stores, for key rotation. */
export const sealedColumns = [...sessionColumns, ...outboxColumns];
