import type { ConsentStatusService } from "../modules/consent-status/consent-status.service";
import type { AadhaarService } from "../modules/aadhaar/aadhaar.service";
import type { KycChecksService } from "../modules/aadhaar/kyc-checks.service";
import type { AuditService } from "../modules/audit/audit.service";
import type { ConsentSessionRepository } from "../modules/sessions/consent-session.repository";
import type { ConsentService } from "../modules/consent/consent.service";
import type { DocumentContentService } from "../modules/documents/document-content.service";
import type { DocumentsService } from "../modules/documents/documents.service";
import type { OperationsHealthService } from "../modules/health/operations-health.service";
import type { ProfileService } from "../modules/profile/profile.service";
import type { PullService } from "../modules/pull/pull.service";
import type { SessionAdminService } from "../modules/sessions/session-admin.service";
import type { SessionLifecycleService } from "../modules/sessions/session-lifecycle.service";
import type { SessionTokenService } from "../modules/sessions/session-token.service";
import type { TenantService } from "../modules/tenants/tenant.service";
import type { WebhooksService } from "../modules/webhooks/webhooks.service";
import type { KycReceiptService } from "../modules/receipts/kyc-receipt.service";
import type { UploadedDocumentsService } from "../modules/uploaded-documents/uploaded-documents.service";

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
