import type { DigiLockerProfile } from "@lockerkit/core";
import type { EncryptionService } from "../../crypto/encryption.service";
import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import { sessionAad as aad } from "../sessions/session-secrets";
import type { SessionAccessService } from "../sessions/session-access.service";
import { Profile } from "./profile.type";

export class ProfileService {
  constructor(
    private readonly access: SessionAccessService,
    private readonly crypto: EncryptionService,
  ) {}

  /** Served from what the callback stored: no upstream call. */
  profile(session: ConsentSessionEntity): Profile | null {
    this.access.assertReadable(session);
    const stored = this.stored(session);
    if (!stored) return null;
    return Object.assign(new Profile(), {
      digilockerId: stored.digilockerId,
      name: stored.name,
      dateOfBirth: stored.dateOfBirth,
      gender: stored.gender,
      eaadhaarAvailable: stored.eaadhaarAvailable,
      sessionStatus: session.status,
      consentValidTill: session.consentValidTill,
    });
  }

  /** The DigiLocker profile the callback stored (null before consent or once erased), for comparisons. */
  stored(session: ConsentSessionEntity): DigiLockerProfile | null {
    return session.profileEnc
      ? this.crypto.decryptJson<DigiLockerProfile>(session.profileEnc, aad.profile(session.id))
      : null;
  }
}
