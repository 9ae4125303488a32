import DataLoader from "dataloader";
import type { Services } from "../../graphql/services";
import type { DocumentContent } from "./document-content.type";
import type { IssuedDocument } from "./issued-document.type";

declare module "../../graphql/context" {
  interface Loaders {
    /** Stored content of listed documents: one statement per page, whatever its size. */
    content: DataLoader<IssuedDocument, DocumentContent | null, string>;
  }
}

/** Stored content of listed documents, batched per session. */
export const documentLoaders = {
  content: (services: Services) =>
    new DataLoader<IssuedDocument, DocumentContent | null, string>(
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
};
