// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { UploadedDocumentsService } from "./uploaded-documents.service";
import { UploadedDocumentsResolver } from "./uploaded-documents.resolver";

/** Documents the citizen uploaded to DigiLocker themselves (read through, not stored). */
export const resolvers = [UploadedDocumentsResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    uploadedDocuments: UploadedDocumentsService;
  }
}

export { UploadedDocumentsService } from "./uploaded-documents.service";
