import { DigiLockerError, NotFoundError, PullDocumentStateError, type PullParameter } from "@lockerkit/core";
import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import type { TenantEntity } from "../../db/entities/tenant.entity";
import { AppError, badInput, notFound } from "../../errors/error-codes";
import type { IssuedDocument } from "../documents/issued-document.type";
import type { DocumentsService } from "../documents/documents.service";
import type { SessionAccessService } from "../sessions/session-access.service";
import type { DigiLockerClients } from "../tenants/digilocker-clients";
import type { CatalogueCache } from "./catalogue-cache";
import { IssuerDocumentType } from "./issuer-document-type.type";
import { IssuerParameter } from "./issuer-parameter.type";
import { Issuer } from "./issuer.type";
import type { PullDocumentInput } from "./pull-document.input";
import { PullDocumentPayload, PullDocumentStatus } from "./pull-document.payload";

const ORG_ID = /^[A-Za-z0-9._-]{1,64}$/;
const DOCTYPE = /^[A-Z0-9]{1,32}$/;
const PARAMETER_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const MAX_PARAMETERS = 20;
const MAX_VALUE_LENGTH = 256;

/** The pull catalogue (cached per DigiLocker client) and pulling a document into a session's locker. */
export class PullService {
  constructor(
    private readonly clients: DigiLockerClients,
    private readonly access: SessionAccessService,
    private readonly documents: DocumentsService,
    private readonly cache: CatalogueCache,
  ) {}

  async issuers(tenant: TenantEntity): Promise<Issuer[]> {
    return (await this.upstreamIssuers(tenant)).map((i) => Object.assign(new Issuer(), i));
  }

  async documentTypes(tenant: TenantEntity, orgId: string): Promise<IssuerDocumentType[]> {
    return (await this.upstreamDocTypes(tenant, orgId)).map((t) =>
      Object.assign(new IssuerDocumentType(), t),
    );
  }

  async parameters(tenant: TenantEntity, orgId: string, doctype: string): Promise<IssuerParameter[]> {
    return (await this.upstreamParameters(tenant, orgId, doctype)).map((p) =>
      Object.assign(new IssuerParameter(), {
        name: p.paramName,
        label: p.label,
        allowedValues: [...p.valueList],
        example: p.example,
      }),
    );
  }

  /**
   * Asks the issuer to put a document in the session's locker. Parameters are checked against the
   * issuer's list first, so a bad request never reaches DigiLocker; the issuer's expected answers
   * become a status, anything else stays an error.
   */
  async pull(
    session: ConsentSessionEntity,
    tenant: TenantEntity,
    input: PullDocumentInput,
  ): Promise<PullDocumentPayload> {
    this.checkOrgId(input.orgId);
    this.checkDoctype(input.doctype);
    this.access.assertReadable(session);
    // Unknown issuers and doctypes are refused from the cached catalogue, before any uncached call.
    const parameters = this.checkParameters(
      input,
      await this.upstreamParameters(tenant, input.orgId, input.doctype),
    );
    let uri: string;
    try {
      uri = await this.access.withAccessToken(session.id, (token, client) =>
        client.pullDocument(token, { orgId: input.orgId, doctype: input.doctype, parameters }),
      );
    } catch (error) {
      if (error instanceof PullDocumentStateError && error.code === "uri_exists") {
        // The existing document is told apart by issuer and doctype; a catalogue hiccup only loses that.
        const issuers = await this.upstreamIssuers(tenant).catch(() => []);
        const issuerId = issuers.find((i) => i.orgId === input.orgId)?.issuerId;
        const existing = issuerId
          ? await this.relisted(session, () => this.documents.findOnly(session, issuerId, input.doctype))
          : null;
        return payload(
          PullDocumentStatus.ALREADY_IN_LOCKER,
          existing,
          "the user's DigiLocker already holds this document",
        );
      }
      if (error instanceof PullDocumentStateError && error.code === "pull_response_pending") {
        return payload(
          PullDocumentStatus.PENDING,
          null,
          "the issuer will answer later; list the documents again with refresh: true",
        );
      }
      if (error instanceof NotFoundError && error.code === "record_not_found") {
        return payload(PullDocumentStatus.NOT_FOUND, null, "the issuer has no record for these details");
      }
      throw error;
    }
    const document = await this.relisted(session, () => this.documents.findByUri(session, uri));
    return payload(
      PullDocumentStatus.PULLED,
      document,
      document
        ? "the document is in the user's DigiLocker"
        : "the document was pulled but is not listed yet; list the documents again with refresh: true",
    );
  }

  /**
   * Re-syncs the issued list and finds a document in it. The pull upstream has already happened and is
   * not repeatable, so a list that cannot be re-read right now costs only the document, never the answer.
   */
  private async relisted(
    session: ConsentSessionEntity,
    find: () => Promise<IssuedDocument | null>,
  ): Promise<IssuedDocument | null> {
    try {
      await this.documents.resync(session);
    } catch (error) {
      if (error instanceof DigiLockerError || error instanceof AppError) return null;
      throw error;
    }
    return find();
  }

  private upstreamIssuers(tenant: TenantEntity) {
    return this.cache.get(`${this.catalogueOf(tenant)}|issuers`, () =>
      this.clients.forTenant(tenant).listPullIssuers(),
    );
  }

  /**
   * An issuer's doctypes, for an `orgId` of the cached issuer list only: any caller (the publishable key
   * too) names the key, so an unknown one must never reach DigiLocker nor grow the cache.
   */
  private async upstreamDocTypes(tenant: TenantEntity, orgId: string) {
    this.checkOrgId(orgId);
    const issuers = await this.upstreamIssuers(tenant);
    if (!issuers.some((i) => i.orgId === orgId))
      throw badInput("orgId is not one of the issuers (see `issuers`)", "orgId");
    return this.cache.get(`${this.catalogueOf(tenant)}|doctypes|${orgId}`, () =>
      this.notFoundAs("issuer", this.clients.forTenant(tenant).listPullDocTypes(orgId)),
    );
  }

  /** An issuer's parameters for a doctype of its cached list only (same reason as `upstreamDocTypes`). */
  private async upstreamParameters(
    tenant: TenantEntity,
    orgId: string,
    doctype: string,
  ): Promise<PullParameter[]> {
    this.checkOrgId(orgId);
    this.checkDoctype(doctype);
    const doctypes = await this.upstreamDocTypes(tenant, orgId);
    if (!doctypes.some((t) => t.doctype === doctype))
      throw badInput(
        "doctype is not one of the issuer's document types (see `issuerDocumentTypes`)",
        "doctype",
      );
    return this.cache.get(`${this.catalogueOf(tenant)}|parameters|${orgId}|${doctype}`, () =>
      this.notFoundAs(
        "issuer document type",
        this.clients.forTenant(tenant).listPullParameters(orgId, doctype),
      ),
    );
  }

  /** The catalogue depends on the DigiLocker client id only: tenants sharing one share the cache. */
  private catalogueOf(tenant: TenantEntity): string {
    return tenant.digilockerClientId && tenant.digilockerClientSecretEnc
      ? `client:${tenant.digilockerClientId}`
      : "default";
  }

  private async notFoundAs<T>(what: string, call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      throw error instanceof NotFoundError ? notFound(what) : error;
    }
  }

  private checkOrgId(orgId: string): void {
    if (!ORG_ID.test(orgId)) throw badInput("orgId must be 1-64 letters, digits, '.', '_' or '-'", "orgId");
  }

  private checkDoctype(doctype: string): void {
    if (!DOCTYPE.test(doctype)) throw badInput("doctype must be 1-32 capital letters or digits", "doctype");
  }

  /** Every listed parameter exactly once, nothing else; values non-empty, bounded, from the list when there is one. */
  private checkParameters(input: PullDocumentInput, expected: PullParameter[]): Record<string, string> {
    if (input.parameters.length > MAX_PARAMETERS)
      throw badInput(`at most ${MAX_PARAMETERS} parameters`, "parameters");
    const byName = new Map(expected.map((p) => [p.paramName, p]));
    const values: Record<string, string> = {};
    for (const { name, value } of input.parameters) {
      if (!PARAMETER_NAME.test(name)) throw badInput("a parameter name is malformed", "parameters");
      const parameter = byName.get(name);
      if (!parameter) throw badInput(`unknown parameter "${name}" for ${input.doctype}`, "parameters");
      if (Object.hasOwn(values, name)) throw badInput(`parameter "${name}" is given twice`, "parameters");
      const trimmed = value.trim();
      if (!trimmed || trimmed.length > MAX_VALUE_LENGTH || /\p{Cc}/u.test(trimmed)) {
        throw badInput(
          `parameter "${name}" must be 1-${MAX_VALUE_LENGTH} printable characters`,
          "parameters",
        );
      }
      if (parameter.valueList.length && !parameter.valueList.includes(trimmed)) {
        throw badInput(`parameter "${name}" must be one of the issuer's allowed values`, "parameters");
      }
      values[name] = trimmed;
    }
    const missing = expected.find((p) => !Object.hasOwn(values, p.paramName));
    if (missing) throw badInput(`parameter "${missing.paramName}" is required`, "parameters");
    return values;
  }
}

function payload(
  status: PullDocumentStatus,
  document: PullDocumentPayload["document"],
  message: string,
): PullDocumentPayload {
  return Object.assign(new PullDocumentPayload(), { status, document, message });
}
