import DataLoader from "dataloader";
import type { Request, Response } from "express";
import type { ConsentSessionEntity } from "../db/entities/consent-session.entity";
import type { TenantEntity } from "../db/entities/tenant.entity";
import type { AadhaarKycRow } from "../modules/aadhaar";
import type { SessionAuditEntry } from "../modules/audit";
import type { DocumentContent, IssuedDocument } from "../modules/documents";
import { databaseUnavailable, isDatabaseUnavailable } from "../errors/database-error";
import { AppError, ErrorCode } from "../errors/error-codes";
import { clientIpKey } from "../http/client-ip";
import { authenticate } from "./authenticate";
import type { Principal } from "./principal";
import { chargeUnauthenticated } from "./rate-limit.plugin";
import type { RateLimitStore } from "./rate-limit.store";
import type { Services } from "./services";

/** Set to `console` by the operator console (apps/web/src/console). */
export const CLIENT_HEADER = "x-lockerkit-client";

function byKey<K, V>(keys: readonly K[], rows: V[], key: (row: V) => K): Array<V | null> {
  const map = new Map(rows.map((row) => [key(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Builds each request's context: the caller, and DataLoaders that live for this request only. */
export function createContextFactory(services: Services, rateLimits: RateLimitStore) {
  return async ({ req, res }: { req: Request; res: Response }) => {
    // `req.ip` follows the `trust proxy` setting (TRUST_PROXY): by default the socket's peer.
    const clientIp = clientIpKey(req.ip);
    const unauthenticatedCall = async () => {
      try {
        await chargeUnauthenticated(rateLimits, clientIp);
      } catch (error) {
        if (error instanceof AppError && error.extensions.code === ErrorCode.RATE_LIMITED)
          res.setHeader("retry-after", String(error.extensions.retryAfterSeconds));
        throw error;
      }
    };
    const principal = await authenticate(
      req.headers.authorization,
      services.tenants,
      services.sessionTokens,
    ).catch(async (error: unknown) => {
      // The database is down or restarting: a typed, retryable 503 rather than "context creation failed".
      if (isDatabaseUnavailable(error)) throw databaseUnavailable();
      // A bad or unknown token costs its IP like an anonymous request (429 once over, rather than 401).
      await unauthenticatedCall();
      throw error;
    });
    if (principal.kind === "anonymous") await unauthenticatedCall();
    // The request log's id, so audit events and log lines can be matched.
    const requestId = typeof res.locals.requestId === "string" ? res.locals.requestId : null;
    // The operator console names itself, so its actions are audited as `console` (secret key only, see audited.ts).
    const client = req.headers[CLIENT_HEADER] === "console" ? ("console" as const) : null;
    return buildContext(services, principal, clientIp, requestId, client);
  };
}

/** One operation's context (an HTTP request, or one subscription over WebSocket): loaders live for it only. */
export function buildContext(
  services: Services,
  principal: Principal,
  clientIp: string,
  requestId: string | null,
  client: "console" | null = null,
) {
  const loaders = {
    session: new DataLoader<string, ConsentSessionEntity | null>(async (ids) =>
      byKey(ids, await services.sessions.findByIds(ids), (s) => s.id),
    ),
    tenant: new DataLoader<string, TenantEntity | null>(async (ids) =>
      byKey(ids, await services.tenants.findByIds(ids), (t) => t.id),
    ),
    /** Stored content of listed documents: one statement per page, whatever its size. */
    content: new DataLoader<IssuedDocument, DocumentContent | null, string>(
      async (documents) => {
        const bySession = new Map<string, IssuedDocument[]>();
        for (const d of documents) bySession.set(d.sessionId, [...(bySession.get(d.sessionId) ?? []), d]);
        const results = new Map<string, DocumentContent | null>();
        for (const [sessionId, group] of bySession) {
          const contents = await services.contents.storedPrimary(sessionId, group);
          group.forEach((d, i) => results.set(d.id, contents[i]));
        }
        return documents.map((d) => results.get(d.id) ?? null);
      },
      { cacheKeyFn: (d) => d.id },
    ),
    eAadhaar: new DataLoader<string, AadhaarKycRow | null>((sessionIds) =>
      services.aadhaar.storedEAadhaar(sessionIds),
    ),
    uploadedKyc: new DataLoader<string, AadhaarKycRow[]>((sessionIds) =>
      services.aadhaar.storedUploads(sessionIds),
    ),
    /** Audit trails of the caller's tenant's sessions (resolvers check for the secret key first). */
    auditTrail: new DataLoader<string, SessionAuditEntry[]>(async (sessionIds) =>
      principal.kind === "tenant"
        ? services.audit.trails(principal.tenant.id, sessionIds)
        : sessionIds.map(() => []),
    ),
  };
  // The session row authentication just read serves this request's session loads too.
  if (principal.kind === "session") loaders.session.prime(principal.sessionId, principal.session);
  return { principal, clientIp, loaders, services, requestId, client };
}

export type Context = ReturnType<typeof buildContext>;
