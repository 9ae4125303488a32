import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import type { ConsentPurpose } from "./session.enums";
import { ConsentSession } from "./consent-session.type";

export function toConsentSession(entity: ConsentSessionEntity): ConsentSession {
  return Object.assign(new ConsentSession(), {
    id: entity.id,
    status: entity.status,
    expiresAt: entity.expiresAt,
    consentValidTill: entity.consentValidTill,
    purpose: entity.purpose as ConsentPurpose,
    documentTypes: entity.documentTypes,
    createdAt: entity.createdAt,
    grantedAt: entity.grantedAt,
    withdrawnAt: entity.withdrawnAt,
    noticeVersion: entity.noticeVersion,
  });
}
