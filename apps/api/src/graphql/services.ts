import type { AadhaarService, KycChecksService } from "../modules/aadhaar";
import type { AuditService } from "../modules/audit";
import type { ConsentService, ConsentSessionRepository } from "../modules/consent";
import type { ConsentStatusService } from "../modules/consent-status";
import type { DocumentContentService, DocumentsService } from "../modules/documents";
import type { OperationsHealthService } from "../modules/health";
import type { ProfileService } from "../modules/profile";
import type { PullService } from "../modules/pull";
import type { KycReceiptService } from "../modules/receipts";
import type { SessionAdminService, SessionLifecycleService, SessionTokenService } from "../modules/sessions";
import type { TenantService } from "../modules/tenants";
import type { UploadedDocumentsService } from "../modules/uploaded-documents";
import type { WebhooksService } from "../modules/webhooks";

/** Everything resolvers may call, built once in the composition root. */
export interface Services {
  consent: ConsentService;
  documents: DocumentsService;
  contents: DocumentContentService;
  aadhaar: AadhaarService;
  kycChecks: KycChecksService;
  pull: PullService;
  audit: AuditService;
  profile: ProfileService;
  lifecycle: SessionLifecycleService;
  tenants: TenantService;
  sessions: ConsentSessionRepository;
  sessionTokens: SessionTokenService;
  sessionAdmin: SessionAdminService;
  webhooks: WebhooksService;
  uploadedDocuments: UploadedDocumentsService;
  operationsHealth: OperationsHealthService;
  consentStatus: ConsentStatusService;
  receipts: KycReceiptService;
}
