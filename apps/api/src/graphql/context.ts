import DataLoader from "dataloader";
import type { Request, Response } from "express";
import type { ConsentSessionEntity } from "../db/entities/consent-session.entity";
import type { TenantEntity } from "../db/entities/tenant.entity";
import type { AadhaarKycRow } from "../modules/aadhaar/aadhaar-kyc.repository";
import type { SessionAuditEntry } from "../modules/audit/audit.service";
import type { DocumentContent } from "../modules/documents/document-content.type";
import type { IssuedDocument } from "../modules/documents/issued-document.type";
import { databaseUnavailable, isDatabaseUnavailable } from "../errors/database-error";
import { authenticate } from "./authenticate";
import type { Services } from "./services";

function byKey<K, V>(keys: readonly K[], rows: V[], key: (row: V) => K): Array<V | null> {
  const map = new Map(rows.map((row) => [key(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Builds each request's context: the caller, and DataLoaders that live for this request only. */
export function createContextFactory(services: Services) {
  return async ({ req, res }: { req: Request; res: Response }) => {
    const principal = await authenticate(req.headers.authorization, services.tenants, services.sessionTokens).catch((error: unknown) => {
      // The database is down or restarting: a typed, retryable 503 rather than "context creation failed".
      throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
    });
    const loaders = {
      session: new DataLoader<string, ConsentSessionEntity | null>(async (ids) =>
        byKey(ids, await services.sessions.findByIds(ids), (s) => s.id),
      ),
      tenant: new DataLoader<string, TenantEntity | null>(async (ids) => byKey(ids, await services.tenants.findByIds(ids), (t) => t.id)),
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
      eAadhaar: new DataLoader<string, AadhaarKycRow | null>((sessionIds) => services.aadhaar.storedEAadhaar(sessionIds)),
      /** Audit trails of the caller's tenant's sessions (resolvers check for the secret key first). */
      auditTrail: new DataLoader<string, SessionAuditEntry[]>(async (sessionIds) =>
        principal.kind === "tenant" ? services.audit.trails(principal.tenant.id, sessionIds) : sessionIds.map(() => []),
      ),
    };
    // The session row authentication just read serves this request's session loads too.
    if (principal.kind === "session") loaders.session.prime(principal.sessionId, principal.session);
    // The request log's id, so audit events and log lines can be matched.
    const requestId = typeof res.locals.requestId === "string" ? res.locals.requestId : null;
    return { principal, loaders, services, requestId };
  };
}

export type Context = Awaited<ReturnType<ReturnType<typeof createContextFactory>>>;
