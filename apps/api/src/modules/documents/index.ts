// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { DocumentsService } from "./documents.service";
import type { DocumentContentService } from "./document-content.service";
import { DocumentRevealResolver } from "./document-reveal.resolver";
import { DocumentsResolver } from "./documents.resolver";

/** Issued documents and their stored content (`issued_documents`, `document_contents`). */
export const resolvers = [DocumentsResolver, DocumentRevealResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    documents: DocumentsService;
    contents: DocumentContentService;
  }
}

export { documentLoaders as loaders } from "./document.loaders";

export { DocumentContentRepository } from "./document-content.repository";
export { contentAad, DocumentContentService, type FileUrls } from "./document-content.service";
export { DocumentContent } from "./document-content.type";
export { DocumentsArgs } from "./documents.args";
export { DocumentsService } from "./documents.service";
export { IssuedDocumentConnection } from "./issued-document.connection";
export { IssuedDocumentRepository } from "./issued-document.repository";
export { IssuedDocument } from "./issued-document.type";
export { itemSize, LockerItemType, lockerItemType } from "./locker-item-type.enum";
