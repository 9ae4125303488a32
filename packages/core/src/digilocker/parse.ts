import { UpstreamProtocolError } from "./errors";
import {
  emptyToNull,
  normalizeEpochSeconds,
  normalizeGender,
  normalizeList,
  normalizeMime,
  normalizeScope,
  normalizeSize,
  parseDigiLockerDate,
  yesNo,
} from "./normalize";
import { issuedItemShape } from "./item-shape";
import type {
  DigiLockerProfile,
  IssuedFile,
  PullDocType,
  PullIssuer,
  PullParameter,
  TokenSet,
  UploadedItem,
  UploadedListing,
} from "./types";

/** Response parsers: DigiLocker's drifting JSON → LockerKit's stable types. */

function asRecord(body: unknown, what: string): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new UpstreamProtocolError("malformed_response", `DigiLocker's ${what} is not a JSON object`);
  }
  return body as Record<string, unknown>;
}

function listOf(body: unknown, key: string, what: string): unknown[] {
  if (Array.isArray(body)) return body;
  const value = asRecord(body, what)[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new UpstreamProtocolError("malformed_response", `DigiLocker's ${what} has no ${key} list`);
  return value;
}

export function parseProfile(body: unknown): DigiLockerProfile {
  const record = asRecord(body, "profile");
  const digilockerId = emptyToNull(record.digilockerid);
  if (!digilockerId) throw new UpstreamProtocolError("malformed_response", "DigiLocker's profile has no digilockerid");
  return {
    digilockerId,
    name: emptyToNull(record.name),
    dateOfBirth: parseDigiLockerDate(record.dob),
    gender: normalizeGender(record.gender),
    eaadhaarAvailable: yesNo(record.eaadhaar),
    referenceKey: emptyToNull(record.reference_key),
    mobile: emptyToNull(record.mobile),
    email: emptyToNull(record.email),
    picture: emptyToNull(record.picture),
  };
}

export function parseTokenResponse(body: unknown): TokenSet {
  const record = asRecord(body, "token response");
  const accessToken = emptyToNull(record.access_token);
  if (!accessToken) throw new UpstreamProtocolError("malformed_response", "DigiLocker's token response has no access_token");
  const expiresIn = Number(record.expires_in);
  return {
    accessToken,
    refreshToken: emptyToNull(record.refresh_token),
    accessTokenExpiresAt: new Date(Date.now() + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000),
    scope: normalizeScope(record.scope),
    consentValidTill: normalizeEpochSeconds(record.consent_valid_till),
    newAccount: yesNo(record.new_account),
    profile: emptyToNull(record.digilockerid) ? parseProfile(record) : null,
    idToken: emptyToNull(record.id_token),
  };
}

export function parseIssuedFile(item: unknown): IssuedFile | null {
  if (typeof item !== "object" || item === null) return null;
  const record = item as Record<string, unknown>;
  const uri = emptyToNull(record.uri);
  if (!uri) return null;
  return {
    uri,
    ...issuedItemShape(record),
    name: emptyToNull(record.name) ?? uri,
    doctype: emptyToNull(record.doctype),
    description: emptyToNull(record.description),
    issuer: emptyToNull(record.issuer),
    issuerId: emptyToNull(record.issuerid),
    issuedOn: parseDigiLockerDate(record.date),
    mimeTypes: normalizeMime(record.mime),
  };
}

export function parseIssuedList(body: unknown): IssuedFile[] {
  const record = asRecord(body, "issued list");
  if (!Array.isArray(record.items)) throw new UpstreamProtocolError("malformed_response", "DigiLocker's issued list has no items list");
  return record.items.map(parseIssuedFile).filter((f): f is IssuedFile => f !== null);
}

export function parseUploadedItem(item: unknown): UploadedItem | null {
  if (typeof item !== "object" || item === null) return null;
  const record = item as Record<string, unknown>;
  const id = emptyToNull(record.id);
  if (!id) return null;
  const type = typeof record.type === "string" && record.type.trim().toLowerCase() === "dir" ? "dir" : "file";
  return {
    id,
    name: emptyToNull(record.name) ?? id,
    type,
    size: normalizeSize(record.size),
    date: parseDigiLockerDate(record.date),
    parent: emptyToNull(record.parent),
    mimeTypes: normalizeMime(record.mime),
    uri: emptyToNull(record.uri),
    description: emptyToNull(record.description),
    issuer: emptyToNull(record.issuer),
  };
}

export function parseUploadedListing(body: unknown): UploadedListing {
  const record = asRecord(body, "uploaded list");
  if (record.items !== undefined && record.items !== null && !Array.isArray(record.items)) {
    throw new UpstreamProtocolError("malformed_response", "DigiLocker's uploaded list has no items list");
  }
  const items = Array.isArray(record.items) ? record.items : [];
  return {
    directory: emptyToNull(record.directory),
    items: items.map(parseUploadedItem).filter((i): i is UploadedItem => i !== null),
  };
}

export function parsePullIssuers(body: unknown): PullIssuer[] {
  return listOf(body, "issuers", "issuer list").flatMap((item): PullIssuer[] => {
    if (typeof item !== "object" || item === null) return [];
    const r = item as Record<string, unknown>;
    const orgId = emptyToNull(r.orgid);
    if (!orgId) return [];
    return [
      {
        orgId,
        issuerId: emptyToNull(r.issuerid),
        name: emptyToNull(r.name),
        description: emptyToNull(r.description),
        category: emptyToNull(r.category),
      },
    ];
  });
}

export function parsePullDocTypes(body: unknown): PullDocType[] {
  return listOf(body, "documents", "document type list").flatMap((item): PullDocType[] => {
    if (typeof item !== "object" || item === null) return [];
    const r = item as Record<string, unknown>;
    const doctype = emptyToNull(r.doctype);
    return doctype ? [{ doctype, description: emptyToNull(r.description) }] : [];
  });
}

export function parsePullParameters(body: unknown): PullParameter[] {
  return listOf(body, "parameters", "parameter list").flatMap((item): PullParameter[] => {
    if (typeof item !== "object" || item === null) return [];
    const r = item as Record<string, unknown>;
    const paramName = emptyToNull(r.paramname);
    if (!paramName) return [];
    return [{ label: emptyToNull(r.label), paramName, valueList: normalizeList(r.valuelist), example: emptyToNull(r.example) }];
  });
}

export function parsePulledUri(body: unknown): string {
  const uri = emptyToNull(asRecord(body, "pull answer").uri);
  if (!uri) throw new UpstreamProtocolError("malformed_response", "DigiLocker's pull answer has no uri");
  return uri;
}
