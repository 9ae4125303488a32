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
  if (!Array.isArray(value))
    throw new UpstreamProtocolError("malformed_response", `DigiLocker's ${what} has no ${key} list`);
  return value;
}

/**
 * The first present spelling of a field. The official spec's token and `/1/user` answers say
 * `digilocker_id` and `eaadhar` where production answers say `digilockerid` and `eaadhaar`.
 */
function field(record: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== null && value !== "") return value;
  }
  return undefined;
}

/** `dob` is `DDMMYYYY` as a string, or as a number in the official spec (so `01011990` arrives as 1011990). */
function dateOfBirth(value: unknown): string | null {
  if (typeof value === "number")
    return Number.isInteger(value) && value > 0 ? parseDigiLockerDate(String(value).padStart(8, "0")) : null;
  return parseDigiLockerDate(value);
}

/** Whether a token answer carries the profile (it may not: the spec's token answer has no profile fields). */
export function hasProfile(body: unknown): boolean {
  return (
    typeof body === "object" &&
    body !== null &&
    emptyToNull(field(body as Record<string, unknown>, "digilockerid", "digilocker_id")) !== null
  );
}

/** The profile from `/1/user` or a token answer, in any spelling DigiLocker uses. */
export function parseProfile(body: unknown): DigiLockerProfile {
  const record = asRecord(body, "profile");
  const digilockerId = emptyToNull(field(record, "digilockerid", "digilocker_id"));
  if (!digilockerId)
    throw new UpstreamProtocolError("malformed_response", "DigiLocker's profile has no digilockerid");
  return {
    digilockerId,
    name: emptyToNull(record.name),
    dateOfBirth: dateOfBirth(record.dob),
    gender: normalizeGender(record.gender),
    eaadhaarAvailable: yesNo(field(record, "eaadhaar", "eaadhar")),
    referenceKey: emptyToNull(record.reference_key),
    mobile: emptyToNull(record.mobile),
    email: emptyToNull(record.email),
    picture: emptyToNull(record.picture),
  };
}

export function parseTokenResponse(body: unknown): TokenSet {
  const record = asRecord(body, "token response");
  const accessToken = emptyToNull(record.access_token);
  if (!accessToken)
    throw new UpstreamProtocolError("malformed_response", "DigiLocker's token response has no access_token");
  const expiresIn = Number(record.expires_in);
  return {
    accessToken,
    refreshToken: emptyToNull(record.refresh_token),
    accessTokenExpiresAt: new Date(
      Date.now() + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000,
    ),
    scope: normalizeScope(record.scope),
    consentValidTill: normalizeEpochSeconds(record.consent_valid_till),
    newAccount: yesNo(record.new_account),
    profile: hasProfile(record) ? parseProfile(record) : null,
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

/**
 * A listing's `items`: missing or null is an empty list (the spec's schema has `minItems: 1`, so an
 * empty locker may come without the field); anything else that is not an array is a protocol error.
 * Shared by the issued list and the uploaded folders.
 */
export function itemsOf(body: unknown, what: string): unknown[] {
  const record = asRecord(body, what);
  if (record.items === undefined || record.items === null) return [];
  if (!Array.isArray(record.items))
    throw new UpstreamProtocolError("malformed_response", `DigiLocker's ${what} has no items list`);
  return record.items;
}

export function parseIssuedList(body: unknown): IssuedFile[] {
  return itemsOf(body, "issued list")
    .map(parseIssuedFile)
    .filter((f): f is IssuedFile => f !== null);
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
  const items = itemsOf(body, "uploaded list");
  return {
    directory: emptyToNull(asRecord(body, "uploaded list").directory),
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
        // The spec says `categories`; some answers say `category`.
        category: categoryOf(field(r, "categories", "category")),
      },
    ];
  });
}

function categoryOf(value: unknown): string | null {
  if (Array.isArray(value))
    return emptyToNull(value.filter((c) => typeof c === "string" && c.trim() !== "").join(", "));
  return emptyToNull(value);
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
    return [
      {
        label: emptyToNull(r.label),
        paramName,
        valueList: normalizeList(r.valuelist),
        example: emptyToNull(r.example),
      },
    ];
  });
}

export function parsePulledUri(body: unknown): string {
  const uri = emptyToNull(asRecord(body, "pull answer").uri);
  if (!uri) throw new UpstreamProtocolError("malformed_response", "DigiLocker's pull answer has no uri");
  return uri;
}
