import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { applySchemaDocs } from "./schema-docs";
import { ConsentResolver } from "../modules/consent/consent.resolver";
import { AadhaarResolver } from "../modules/aadhaar/aadhaar.resolver";
import { AadhaarKycChecksResolver } from "../modules/aadhaar/aadhaar-kyc-checks.resolver";
import { PullResolver } from "../modules/pull/pull.resolver";
import { DocumentsResolver } from "../modules/documents/documents.resolver";
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
import { ConsentSessionProfileResolver } from "../modules/profile/consent-session-profile.resolver";
import { ConsentSessionKycResolver } from "../modules/aadhaar/consent-session-kyc.resolver";
import { ConsentSessionDocumentsResolver } from "../modules/documents/consent-session-documents.resolver";

export const resolvers = [ConsentResolver, MeResolver, DocumentsResolver, AadhaarResolver, AadhaarKycChecksResolver, PullResolver, SessionResolver, SessionAdminResolver, WebhooksResolver, UploadedDocumentsResolver, TenantResolver, AuditResolver, OperationsHealthResolver, ConsentStatusResolver, KycReceiptResolver, ConsentSessionReceiptResolver, AadhaarKycReceiptResolver, ConsentSessionProfileResolver, ConsentSessionKycResolver, ConsentSessionDocumentsResolver] as const;

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
  cached ??= lexicographicSortSchema(applySchemaDocs(buildSchemaSync({ resolvers: [...resolvers], validate: false, pubSub: noPubSub })));
  return cached;
}
