import type { EncryptionService } from "../../crypto/encryption.service";
import { aad } from "../consent/consent.service";

/** The outbox kind of a queued DigiLocker revoke (jobs/revoke.worker.ts delivers it). */
export const REVOKE_KIND = "digilocker.revoke";

export const revokeAad = (outboxId: string) => `outbox:${outboxId}:payload`;

/** What a queued revoke carries (encrypted): the token, and whose DigiLocker client revokes it. */
export interface RevokePayload {
  token: string;
  hint: "access_token" | "refresh_token";
  tenantId: string | null;
}

/** The revoke to queue for a session's grant: its refresh token (which kills the whole grant), else its access token. */
export function revokePayloadFor(
  crypto: EncryptionService,
  session: { id: string; tenantId: string; refreshTokenEnc: string | null; accessTokenEnc: string | null },
): RevokePayload | null {
  if (session.refreshTokenEnc) {
    return {
      token: crypto.decrypt(session.refreshTokenEnc, aad.refreshToken(session.id)),
      hint: "refresh_token",
      tenantId: session.tenantId,
    };
  }
  if (session.accessTokenEnc) {
    return {
      token: crypto.decrypt(session.accessTokenEnc, aad.accessToken(session.id)),
      hint: "access_token",
      tenantId: session.tenantId,
    };
  }
  return null;
}
