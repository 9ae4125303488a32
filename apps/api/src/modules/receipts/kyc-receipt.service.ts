import { randomUUID } from "node:crypto";
import { createHeaderAndPayload, StatusList } from "@sd-jwt/jwt-status-list";
import { digest, generateSalt } from "@sd-jwt/crypto-nodejs";
import { SDJwtVcInstance, type SdJwtVcPayload } from "@sd-jwt/sd-jwt-vc";
import type { DisclosureFrame } from "@sd-jwt/types";
import type { TenantEntity } from "../../db/entities/tenant.entity";
import { AppError, ErrorCode } from "../../errors/error-codes";
import type { AadhaarKyc } from "../aadhaar/aadhaar-kyc.type";
import { KycAssurance } from "../aadhaar/kyc-assurance.enum";
import type { KycReceiptRepository } from "./kyc-receipt.repository";
import { KycReceipt, KycReceiptFormat } from "./kyc-receipt.type";
import type { ReceiptKeys } from "./receipt-keys";

/** Positions per status list (1 bit each: 16 KiB before compression); the next list starts after. */
export const STATUS_LIST_SIZE = 131_072;
/** How long a verifier may cache a status list token (its `ttl`), and how long the token is valid. */
const STATUS_TTL_S = 300;
const STATUS_EXP_S = 86_400;
const ADDRESS_PARTS = [
  "house",
  "street",
  "landmark",
  "locality",
  "vtc",
  "subDistrict",
  "district",
  "state",
  "pincode",
  "postOffice",
  "country",
] as const;

export interface ReceiptIssuer {
  /** `iss`: this instance's public URL (no trailing slash). */
  issuer: string;
  vct: string;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/**
 * Issues KYC receipts (SD-JWT VC) and serves their status list. The always-visible claims say what was
 * verified, how and when; every personal field is a salted disclosure, so the holder chooses what a
 * verifier sees. A receipt is issued only for a verified record, and never carries a full Aadhaar
 * number, a token, or a photo the tenant's policy does not return.
 */
export class KycReceiptService {
  private readonly sdjwt: SDJwtVcInstance;

  constructor(
    private readonly receipts: KycReceiptRepository,
    private readonly keys: ReceiptKeys,
    private readonly config: ReceiptIssuer,
    private readonly now: () => number = Date.now,
  ) {
    this.sdjwt = new SDJwtVcInstance({
      signer: (data) => this.keys.sign(data),
      signAlg: "ES256",
      hasher: digest,
      hashAlg: "sha-256",
      saltGenerator: generateSalt,
    });
  }

  statusListUri(list: string): string {
    return `${this.config.issuer}/status/${list}`;
  }

  async issue(
    kyc: AadhaarKyc,
    assurance: KycAssurance,
    tenant: TenantEntity,
    format: KycReceiptFormat,
  ): Promise<KycReceipt> {
    if (format !== KycReceiptFormat.SD_JWT_VC)
      throw new AppError(ErrorCode.BAD_USER_INPUT, `unsupported receipt format ${String(format)}`, {
        field: "format",
      });
    if (assurance === KycAssurance.UNVERIFIED) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        "a receipt is issued only for a record whose signature verified",
        { reason: "unverified" },
      );
    }
    if (!kyc.sessionId)
      throw new AppError(ErrorCode.BAD_USER_INPUT, "a receipt needs a record that belongs to a session", {
        reason: "no-session",
      });
    const id = randomUUID();
    const position = await this.receipts.nextStatusPosition();
    const statusList = String(Math.floor(position / STATUS_LIST_SIZE) + 1);
    const statusIdx = position % STATUS_LIST_SIZE;
    const iat = Math.floor(this.now() / 1000);
    const exp = iat + tenant.receiptLifetimeSeconds;
    // The status bit exists before the credential does, so a receipt can always be revoked.
    await this.receipts.insert({
      id,
      tenantId: tenant.id,
      sessionId: kyc.sessionId,
      statusList,
      statusIdx,
      expiresAt: new Date(exp * 1000),
    });

    const disclosable: Record<string, unknown> = {
      name: kyc.name,
      dateOfBirth: kyc.dateOfBirth,
      yearOfBirth: kyc.yearOfBirth,
      gender: kyc.gender,
      maskedAadhaar: kyc.maskedAadhaar,
      // Present only when the tenant's photo policy returns photos (the record holds none otherwise).
      photo: tenant.returnPhotos ? kyc.photo : null,
    };
    const address = Object.fromEntries(
      ADDRESS_PARTS.flatMap((part) => (kyc.address?.[part] ? [[part, kyc.address[part]]] : [])),
    );
    if (Object.keys(address).length > 0) disclosable.address = address;
    const present = Object.fromEntries(
      Object.entries(disclosable).filter(([, value]) => value !== null && value !== undefined),
    );
    const frame = {
      _sd: Object.keys(present),
      ...(present.address ? { address: { _sd: Object.keys(address) } } : {}),
    };

    const payload: SdJwtVcPayload = {
      iss: this.config.issuer,
      sub: kyc.sessionId,
      jti: id,
      iat,
      exp,
      vct: this.config.vct,
      status: { status_list: { idx: statusIdx, uri: this.statusListUri(statusList) } },
      assurance,
      source: kyc.source,
      generatedAt: kyc.generatedAt ? kyc.generatedAt.toISOString() : null,
      signerFingerprint: kyc.signature.fingerprint,
      trustedBy: kyc.signature.trustedBy,
      ...present,
    };
    const credential = await this.sdjwt.issue(payload, frame as DisclosureFrame<SdJwtVcPayload>, {
      header: { kid: this.keys.signingKid },
    });
    return Object.assign(new KycReceipt(), { id, format, credential, expiresAt: new Date(exp * 1000) });
  }

  /** The caller's receipt (the tenant's; a session token's own session only). */
  async revoke(id: string, tenantId: string, sessionId: string | null): Promise<{ sessionId: string }> {
    const revoked = /^[0-9a-f-]{36}$/i.test(id) ? await this.receipts.revoke(id, tenantId, sessionId) : null;
    if (!revoked) throw new AppError(ErrorCode.NOT_FOUND, "KYC receipt not found");
    return revoked;
  }

  /** The status list token (IETF Token Status List, `statuslist+jwt`) of one list; null when it was never used. */
  async statusListToken(list: string): Promise<string | null> {
    if (!/^[1-9]\d{0,8}$/.test(list)) return null;
    const revoked = await this.receipts.revokedIndexes(list);
    if (!revoked) return null;
    const statuses = new StatusList(new Array<number>(STATUS_LIST_SIZE).fill(0), 1);
    for (const idx of revoked) statuses.setStatus(idx, 1);
    const iat = Math.floor(this.now() / 1000);
    const { header, payload } = createHeaderAndPayload(
      statuses,
      {
        iss: this.config.issuer,
        sub: this.statusListUri(list),
        iat,
        exp: iat + STATUS_EXP_S,
        ttl: STATUS_TTL_S,
      },
      { alg: "ES256", typ: "statuslist+jwt", kid: this.keys.signingKid },
    );
    const signingInput = `${base64url(header)}.${base64url(payload)}`;
    return `${signingInput}.${await this.keys.sign(signingInput)}`;
  }

  /** SD-JWT VC issuer metadata (`/.well-known/jwt-vc-issuer`). */
  issuerMetadata(): { issuer: string; jwks_uri: string } {
    return { issuer: this.config.issuer, jwks_uri: `${this.config.issuer}/.well-known/jwks.json` };
  }

  jwks() {
    return this.keys.jwks();
  }
}
