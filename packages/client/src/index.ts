export {
  LockerKit,
  type LockerKitOptions,
  type StartedConsent,
  type ConsentStatus,
  type SessionStatus,
  type WatchConsentOptions,
} from "./client.js";
export {
  LockerKitSession,
  type Profile,
  type DocumentSummary,
  type IssuedDocument,
  type TypedDocumentContent,
  type DocumentData,
  type AadhaarKyc,
  type ApplicantMatch,
  type DocumentPage,
  type DocumentsOptions,
  type EndedSession,
} from "./session.js";
export { KycReceipt } from "./receipt.js";
export {
  LockerKitError,
  isLockerKitError,
  ERROR_CODES,
  type ErrorCode,
  type ErrorReason,
  type LockerKitErrorCode,
  type GraphQLErrorLike,
} from "./errors.js";
export type { TypedDocument } from "./transport.js";
export type { WebSocketLike, WebSocketConstructor } from "./subscription.js";
/** The typed documents and schema types, for Apollo Client, urql or a fetch of your own. */
export * as documents from "./generated/graphql.js";
export type {
  StartConsentInput,
  DocumentFilter,
  VerifyOfflineAadhaarInput,
  ConsentPurpose,
  ConsentFlow,
  KycAssurance,
  AadhaarSource,
} from "./generated/graphql.js";
