import { randomUUID } from "node:crypto";
import {
  type AadhaarKyc as CoreKyc,
  type DigiLockerProfile,
  isEAadhaarXml,
  parseAadhaar,
  parseEAadhaarXml,
  RefusedInputError,
  type TrustStore,
} from "@lockerkit/core";
import type { EntityManager } from "typeorm";
import type { EncryptionService } from "../../crypto/encryption.service";
import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import type { TenantEntity } from "../../db/entities/tenant.entity";
import { AppError, badInput, ErrorCode } from "../../errors/error-codes";
import { SingleFlight } from "../../util/single-flight";
import { sessionAad as aad } from "../sessions/session-secrets";
import type { SessionAccessService } from "../sessions/session-access.service";
import type { WebhookEmitter } from "../webhooks/webhook-emitter";
import { photoDataUri, type StoredKyc, toAadhaarKyc, toStored } from "./aadhaar-kyc.mapper";
import {
  type AadhaarKycRepository,
  type AadhaarKycRow,
  type KycOrigin,
  kycAad,
} from "./aadhaar-kyc.repository";
import type { AadhaarKyc } from "./aadhaar-kyc.type";
import type { VerifyOfflineAadhaarInput } from "./verify-offline-aadhaar.input";

const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** The most uploads `ConsentSession.uploadedKyc` lists (newest first); older ones stay until retention. */
export const MAX_LISTED_UPLOADS = 50;
const EAADHAAR_UPLOAD =
  "DigiLocker's e-Aadhaar is read from DigiLocker by the server (aadhaarKyc), never uploaded";

/**
 * The Aadhaar KYC records: DigiLocker's e-Aadhaar (fetched by the server once, stored in the session's one
 * `fetched` slot) and uploaded offline artefacts (appended as `upload` records, never in that slot).
 */
export class AadhaarService {
  private readonly fetches = new SingleFlight<void>();

  constructor(
    private readonly records: AadhaarKycRepository,
    private readonly access: SessionAccessService,
    private readonly crypto: EncryptionService,
    private readonly trustStore: TrustStore,
    private readonly webhooks: WebhookEmitter,
  ) {}

  /** Loader batch: the fetched e-Aadhaar rows of many sessions at once. */
  async storedEAadhaar(sessionIds: readonly string[]): Promise<Array<AadhaarKycRow | null>> {
    const rows = await this.records.findFetchedBySessionIds(sessionIds);
    const bySession = new Map(rows.map((r) => [r.session_id, r]));
    return sessionIds.map((id) => bySession.get(id) ?? null);
  }

  /** Loader batch: each session's newest uploads (at most MAX_LISTED_UPLOADS), newest first. */
  async storedUploads(sessionIds: readonly string[]): Promise<AadhaarKycRow[][]> {
    const rows = await this.records.findUploadsBySessionIds(sessionIds, MAX_LISTED_UPLOADS);
    const bySession = new Map<string, AadhaarKycRow[]>(sessionIds.map((id) => [id, []]));
    for (const row of rows) bySession.get(row.session_id!)?.push(row);
    return sessionIds.map((id) => bySession.get(id)!);
  }

  /** `ConsentSession.uploadedKyc`: the first `first` of the stored uploads. */
  uploads(rows: AadhaarKycRow[], tenant: TenantEntity, first: number): AadhaarKyc[] {
    if (!Number.isInteger(first) || first < 1 || first > MAX_LISTED_UPLOADS)
      throw badInput(`first must be 1…${MAX_LISTED_UPLOADS}`, "first");
    return rows.slice(0, first).map((row) => this.fromRow(row, tenant.returnPhotos));
  }

  /**
   * `aadhaarKyc`: from Postgres when stored; otherwise (or on refresh) from `/3/xml/eaadhaar`,
   * signature-verified and stored. `stored` is what the request's DataLoader already read. The
   * session's tenant is read only when its photo policy matters: a stored record without a photo
   * answers without it (one statement fewer on the hot read).
   */
  async eAadhaar(
    session: ConsentSessionEntity,
    tenantOf: () => Promise<TenantEntity>,
    stored: AadhaarKycRow | null,
    refresh: boolean,
  ): Promise<{ kyc: AadhaarKyc; fetched: boolean }> {
    this.access.assertReadable(session);
    if (stored && !refresh) {
      const returnPhotos = stored.photo_enc !== null && (await tenantOf()).returnPhotos;
      return { kyc: this.fromRow(stored, returnPhotos), fetched: false };
    }
    const tenant = await tenantOf();
    if (session.profileEnc) {
      const profile = this.crypto.decryptJson<DigiLockerProfile>(session.profileEnc, aad.profile(session.id));
      // DigiLocker said so at consent: skip a call that can only answer aadhaar_not_linked.
      if (!profile.eaadhaarAvailable)
        throw new AppError(ErrorCode.AADHAAR_NOT_LINKED, "Aadhaar is not linked to this DigiLocker account");
    }
    let kyc: CoreKyc | undefined;
    await this.fetches.run(session.id, async () => {
      const downloaded = await this.access.withAccessToken(session.id, (token, client) =>
        client.getEAadhaar(token),
      );
      // A photo is converted for display only where the tenant's policy shows it.
      kyc = await parseEAadhaarXml(downloaded.bytes, {
        trustStore: this.trustStore,
        decodePhoto: tenant.returnPhotos,
      });
      await this.store(kyc, tenant, session.id, "fetched");
    });
    if (!kyc) {
      // Another request in this process fetched it: read what it stored.
      const [row] = await this.storedEAadhaar([session.id]);
      if (!row)
        throw new AppError(ErrorCode.UPSTREAM_UNAVAILABLE, "the e-Aadhaar could not be read; try again");
      return { kyc: this.fromRow(row, tenant.returnPhotos), fetched: false };
    }
    return {
      kyc: toAadhaarKyc(toStored(kyc), tenant.returnPhotos ? photoDataUri(kyc.photo) : null, {
        origin: "fetched",
        sessionId: session.id,
      }),
      fetched: true,
    };
  }

  /**
   * `verifyOfflineAadhaar`: parses and verifies an upload, stores it as an upload record, returns it.
   * An e-Aadhaar is refused: only the server's own fetch from DigiLocker may say DIGILOCKER_VERIFIED.
   */
  async verifyOffline(
    input: VerifyOfflineAadhaarInput,
    tenant: TenantEntity,
    sessionId: string | null,
  ): Promise<AadhaarKyc> {
    const given = [input.zipBase64, input.xml, input.qrText].filter((v) => v !== undefined && v !== null);
    if (given.length !== 1) throw badInput("give exactly one of zipBase64, xml or qrText");
    let bytes: Buffer;
    if (input.zipBase64) {
      if (!/^[A-Za-z0-9+/=\s]+$/.test(input.zipBase64))
        throw badInput("zipBase64 is not base64", "zipBase64");
      bytes = Buffer.from(input.zipBase64, "base64");
    } else {
      bytes = Buffer.from((input.xml ?? input.qrText)!, "utf8");
    }
    if (bytes.length === 0 || bytes.length > MAX_UPLOAD_BYTES)
      throw badInput(`the upload must be 1 byte to ${MAX_UPLOAD_BYTES} bytes`);
    if (input.mobile && !/^\d{10}$/.test(input.mobile))
      throw badInput("mobile must be 10 digits, without +91", "mobile");
    if (isEAadhaarXml(bytes))
      throw new AppError(ErrorCode.BAD_USER_INPUT, EAADHAAR_UPLOAD, { reason: "eaadhaar-upload" });
    let kyc: CoreKyc;
    try {
      kyc = await parseAadhaar(bytes, {
        trustStore: this.trustStore,
        shareCode: input.shareCode ?? undefined,
        contact: { mobile: input.mobile ?? undefined, email: input.email ?? undefined },
        decodePhoto: tenant.returnPhotos,
      });
    } catch (error) {
      if (error instanceof RefusedInputError) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, error.message, { reason: error.reason });
      }
      throw error;
    }
    // Whatever route the parser took, an e-Aadhaar is never an upload.
    if (kyc.source === "digilocker-eaadhaar")
      throw new AppError(ErrorCode.BAD_USER_INPUT, EAADHAAR_UPLOAD, { reason: "eaadhaar-upload" });
    await this.store(kyc, tenant, sessionId, "upload");
    return toAadhaarKyc(toStored(kyc), tenant.returnPhotos ? photoDataUri(kyc.photo) : null, {
      origin: "upload",
      sessionId,
    });
  }

  private async store(
    kyc: CoreKyc,
    tenant: TenantEntity,
    sessionId: string | null,
    origin: KycOrigin,
  ): Promise<void> {
    const id = randomUUID();
    const photo = tenant.returnPhotos ? photoDataUri(kyc.photo) : null;
    const row = {
      id,
      tenant_id: tenant.id,
      session_id: sessionId,
      source: kyc.source,
      masked_aadhaar: kyc.maskedAadhaar,
      record_enc: this.crypto.encryptJson(toStored(kyc), kycAad(id, "record")),
      // The photograph is biometric data: kept only, encrypted, where the tenant opted in.
      photo_enc: photo ? this.crypto.encrypt(photo, kycAad(id, "photo")) : null,
      signature_verified: kyc.signature.verified,
      signer_fingerprint: kyc.signature.fingerprint,
      generated_at: kyc.generatedAt ? new Date(kyc.generatedAt) : null,
    };
    // Two statements, not one with a flag: an upload has no path to the fetched slot (and the table's check refuses it).
    const save = (manager?: EntityManager) =>
      origin === "fetched" ? this.records.saveFetched(row, manager) : this.records.insertUpload(row, manager);
    if (!kyc.signature.verified) return save();
    // Once per stored record (a refresh stores a new one), committed with it.
    const announced = await this.records.inTransaction(async (manager) => {
      await save(manager);
      return this.webhooks.emit(
        tenant.id,
        "kyc.verified",
        { sessionId, status: "VERIFIED", source: kyc.source },
        manager,
      );
    });
    if (announced) this.webhooks.flush();
  }

  private fromRow(row: AadhaarKycRow, returnPhotos: boolean): AadhaarKyc {
    const record = this.crypto.decryptJson<StoredKyc>(row.record_enc, kycAad(row.id, "record"));
    const photo =
      returnPhotos && row.photo_enc ? this.crypto.decrypt(row.photo_enc, kycAad(row.id, "photo")) : null;
    return toAadhaarKyc(record, photo, { origin: row.origin, sessionId: row.session_id });
  }
}
