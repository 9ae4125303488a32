import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { authChecker } from "./auth-checker";
import { rootFieldRoles } from "./root-field-roles";
import { applySchemaDocs } from "./schema-docs";
import { ConsentResolver } from "../modules/consent/consent.resolver";
import { AadhaarResolver } from "../modules/aadhaar/aadhaar.resolver";
import { AadhaarKycChecksResolver } from "../modules/aadhaar/aadhaar-kyc-checks.resolver";
import { PullResolver } from "../modules/pull/pull.resolver";
import { DocumentsResolver } from "../modules/documents/documents.resolver";
import { DocumentRevealResolver } from "../modules/documents/document-reveal.resolver";
import { MeResolver } from "../modules/profile/me.resolver";
import { SessionResolver } from "../modules/sessions/session.resolver";
import { SessionAdminResolver } from "../modules/sessions/session-admin.resolver";
import { WebhooksResolver } from "../modules/webhooks/webhooks.resolver";
import { ConsentStatusResolver } from "../modules/consent-status/consent-status.resolver";
import { UploadedDocumentsResolver } from "../modules/uploaded-documents/uploaded-documents.resolver";
import { TenantResolver } from "../modules/tenants/tenant.resolver";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { OperationsHealthResolver } from "../modules/health/operations-health.resolver";
import { KycReceiptResolver } from "../modules/receipts/kyc-receipt.resolver";
import { ConsentSessionReceiptResolver } from "../modules/receipts/consent-session-receipt.resolver";
import { AadhaarKycReceiptResolver } from "../modules/receipts/aadhaar-kyc-receipt.resolver";

export const resolvers = [ConsentResolver, MeResolver, DocumentsResolver, DocumentRevealResolver, AadhaarResolver, AadhaarKycChecksResolver, PullResolver, SessionResolver, SessionAdminResolver, WebhooksResolver, UploadedDocumentsResolver, TenantResolver, AuditResolver, OperationsHealthResolver, ConsentStatusResolver, KycReceiptResolver, ConsentSessionReceiptResolver, AadhaarKycReceiptResolver] as const;

/** Subscriptions bring their own event sources (`subscribe`); type-graphql still wants a pub-sub to exist. */
const noPubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error("topic subscriptions are not used");
  },
};

let cached: GraphQLSchema | undefined;

/** The schema, sorted so the committed `schema.graphql` diff only shows real changes. */
export function buildAppSchema(): GraphQLSchema {
  cached ??= lexicographicSortSchema(
    applySchemaDocs(
      buildSchemaSync({ resolvers: [...resolvers], validate: false, pubSub: noPubSub, authChecker }),
      rootFieldRoles(resolvers),
    ),
  );
  return cached;
}
