import DataLoader from "dataloader";
import type { Request } from "express";
import type { ConsentSessionEntity } from "../db/entities/consent-session.entity";
import { authenticate } from "./authenticate";
import type { Services } from "./services";

/** Builds each request's context: the caller, and DataLoaders that live for this request only. */
export function createContextFactory(services: Services) {
  return async ({ req }: { req: Request }) => {
    const principal = await authenticate(req.headers.authorization, services.tenants, services.sessions);
    const loaders = {
      session: new DataLoader<string, ConsentSessionEntity | null>(async (ids) => {
        const rows = await services.sessions.findByIds(ids);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
    return { principal, loaders, services };
  };
}

export type Context = Awaited<ReturnType<ReturnType<typeof createContextFactory>>>;
