import type { ConsentSessionRepository } from "../modules/consent/consent-session.repository";
import type { ConsentService } from "../modules/consent/consent.service";
import type { DocumentsService } from "../modules/documents/documents.service";
import type { ProfileService } from "../modules/profile/profile.service";
import type { TenantService } from "../modules/tenants/tenant.service";

/** Everything resolvers may call, built once in the composition root. */
export interface Services {
  consent: ConsentService;
  documents: DocumentsService;
  profile: ProfileService;
  tenants: TenantService;
  sessions: ConsentSessionRepository;
}
