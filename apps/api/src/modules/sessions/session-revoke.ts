import type { EntityManager } from "typeorm";
import type { EncryptionService } from "../../crypto/encryption.service";
import type { OutboxRepository } from "./outbox.repository";
import { revokeAad, sessionAad } from "./session-secrets";

/** The outbox kind of a queued DigiLocker revoke. */
export const REVOKE_KIND = "digilocker.revoke";

/** What a queued revoke carries (encrypted): the token, and whose DigiLocker client revokes it. */
export interface RevokePayload {
  token: string;
  hint: "access_token" | "refresh_token";
  tenantId: string | null;
}

/** Delivers a queued revoke at once (jobs/revoke.worker.ts); the outbox retries what fails. */
export interface RevokeDelivery {
  deliverNow(outboxId: string): Promise<boolean>;
}

/** The revoke to queue for a session's grant: its refresh token (which kills the whole grant), else its access token. */
export function revokePayloadFor(
  crypto: EncryptionService,
  session: { id: string; tenantId: string; refreshTokenEnc: string | null; accessTokenEnc: string | null },
): RevokePayload | null {
  if (session.refreshTokenEnc) {
    return {
      token: crypto.decrypt(session.refreshTokenEnc, sessionAad.refreshToken(session.id)),
      hint: "refresh_token",
      tenantId: session.tenantId,
    };
  }
  if (session.accessTokenEnc) {
    return {
      token: crypto.decrypt(session.accessTokenEnc, sessionAad.accessToken(session.id)),
      hint: "access_token",
      tenantId: session.tenantId,
    };
  }
  return null;
}

/** Queues `payload` for `sessionId` in `manager`'s transaction, sealed to its outbox row. */
export function enqueueRevoke(
  outbox: OutboxRepository,
  crypto: EncryptionService,
  manager: EntityManager,
  outboxId: string,
  sessionId: string,
  payload: RevokePayload,
): Promise<void> {
  return outbox.enqueue(
    manager,
    outboxId,
    REVOKE_KIND,
    sessionId,
    crypto.encryptJson(payload, revokeAad(outboxId)),
  );
}
