// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { DocumentsService } from "./documents.service";
import type { DocumentContentService } from "./document-content.service";
import { DocumentRevealResolver } from "./document-reveal.resolver";
import { DocumentsResolver } from "./documents.resolver";
import { ConsentSessionDocumentsResolver } from "./consent-session-documents.resolver";
import { sealedColumns as documentColumns } from "./issued-document.repository";
import { sealedColumns as contentColumns } from "./document-content.repository";

/** Issued documents and their stored content (`issued_documents`, `document_contents`). */
export const resolvers = [
  DocumentsResolver,
  DocumentRevealResolver,
  ConsentSessionDocumentsResolver,
] as const;

declare module "../../graphql/services" {
  interface Services {
    documents: DocumentsService;
    contents: DocumentContentService;
  }
}

export { documentLoaders as loaders } from "./document.loaders";

export { contentAad, DocumentContentRepository } from "./document-content.repository";
export { DocumentContentService, type FileUrls } from "./document-content.service";
export { DocumentContent } from "./document-content.type";
export { DocumentsArgs } from "./documents.args";
export { DocumentsService } from "./documents.service";
export { IssuedDocumentConnection } from "./issued-document.connection";
export { IssuedDocumentRepository } from "./issued-document.repository";
export { IssuedDocument } from "./issued-document.type";
export { itemSize, LockerItemType, lockerItemType } from "./locker-item-type.enum";

/** The sealed (encrypted) columns this module stores, for key rotation. */
export const sealedColumns = [...documentColumns, ...contentColumns];
