import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema } from "graphql";
import { buildSchemaSync, type NonEmptyArray } from "type-graphql";
import { lazyLoaders } from "./context";
import { authChecker } from "./auth-checker";
import { markPlainFieldsSimple } from "./plain-fields";
import { rootFieldRoles } from "./root-field-roles";
import { applySchemaDocs } from "./schema-docs";
import * as aadhaar from "../modules/aadhaar";
import * as audit from "../modules/audit";
import * as consent from "../modules/consent";
import * as consentStatus from "../modules/consent-status";
import * as documents from "../modules/documents";
import * as health from "../modules/health";
import * as profile from "../modules/profile";
import * as pull from "../modules/pull";
import * as receipts from "../modules/receipts";
import * as sessions from "../modules/sessions";
import * as tenants from "../modules/tenants";
import * as uploadedDocuments from "../modules/uploaded-documents";
import * as webhooks from "../modules/webhooks";

type ResolverClass = abstract new (...args: never[]) => unknown;

/** What a module's index contributes to the schema. */
interface SchemaModule {
  readonly resolvers: readonly ResolverClass[];
}

/** The modules the schema is assembled from (no deep imports: each contributes through its index). */
const modules: readonly SchemaModule[] = [
  consent,
  profile,
  documents,
  aadhaar,
  pull,
  sessions,
  webhooks,
  uploadedDocuments,
  tenants,
  audit,
  health,
  consentStatus,
  receipts,
];

export const resolvers = modules.flatMap(
  (module) => module.resolvers,
) as unknown as NonEmptyArray<ResolverClass>;

/** One operation's DataLoaders, from the modules that contribute them (checked against `Loaders`), each built on first use. */
export const createLoaders = lazyLoaders({
  ...sessions.loaders,
  ...tenants.loaders,
  ...documents.loaders,
  ...aadhaar.loaders,
  ...audit.loaders,
});

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
  if (cached) return cached;
  markPlainFieldsSimple();
  cached = lexicographicSortSchema(
    applySchemaDocs(
      buildSchemaSync({ resolvers: [...resolvers], validate: false, pubSub: noPubSub, authChecker }),
      rootFieldRoles(resolvers),
    ),
  );
  return cached;
}
