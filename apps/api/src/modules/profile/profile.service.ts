import type { DigiLockerProfile } from "@lockerkit/core";
import type { EncryptionService } from "../../crypto/encryption.service";
import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import { aad } from "../consent/consent.service";
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
    if (!session.profileEnc) return null;
    const stored = this.crypto.decryptJson<DigiLockerProfile>(session.profileEnc, aad.profile(session.id));
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
}
