import {
  AadhaarKycDocument,
  type AadhaarKycQuery,
  DocumentDocument,
  type DocumentFilter,
  type DocumentQuery,
  DocumentsDocument,
  type DocumentSummaryFragment,
  EndSessionDocument,
  KycReceiptDocument,
  type EndSessionMutation,
  MatchApplicantDocument,
  type MatchApplicantQuery,
  MeDocument,
  type MeQuery,
  type TypedDocumentContentFragment,
  type VerifyOfflineAadhaarInput,
  VerifyOfflineAadhaarDocument,
} from "./generated/graphql.js";
import { KycReceipt } from "./receipt.js";
import type { TypedDocument } from "./transport.js";

export type Profile = NonNullable<MeQuery["me"]>;
export type DocumentSummary = DocumentSummaryFragment;
export type IssuedDocument = NonNullable<DocumentQuery["document"]>;
/** A stored document's typed record and its signature verdict (`IssuedDocument.content` has them too). */
export type TypedDocumentContent = TypedDocumentContentFragment;
/** The typed record of a certificate, by `__typename` (PanVerification, DrivingLicence, …). */
export type DocumentData = NonNullable<TypedDocumentContentFragment["data"]>;
export type AadhaarKyc = NonNullable<AadhaarKycQuery["aadhaarKyc"]>;
export type ApplicantMatch = NonNullable<MatchApplicantQuery["aadhaarKyc"]>["matchApplicant"];
export type EndedSession = EndSessionMutation["endSession"];

/** One page of `documents`. */
export interface DocumentPage {
  documents: DocumentSummary[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface DocumentsOptions {
  /** Page size, 1…100 (default 50). */
  pageSize?: number;
  filter?: DocumentFilter;
  /** Re-sync the list from DigiLocker before the first page. */
  refresh?: boolean;
  signal?: AbortSignal;
}

type Run = <TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
) => Promise<TResult>;

/** A claimed consent session: reads with its `lk_st_…` token. */
export class LockerKitSession {
  /** @internal */
  constructor(
    /** The session token (`lk_st_…`): keep it where only this user's tab can read it. */
    readonly token: string,
    /** The consent session's id, when known (always after `claim`). */
    readonly sessionId: string | null,
    private readonly run: Run,
  ) {}

  /** The user's DigiLocker profile. */
  async me(signal?: AbortSignal): Promise<Profile | null> {
    return (await this.run(MeDocument, {}, signal)).me;
  }

  /** One page of the issued documents (`after` = the previous page's `endCursor`). */
  async documentPage(options: DocumentsOptions & { after?: string | null } = {}): Promise<DocumentPage> {
    const { documents } = await this.run(
      DocumentsDocument,
      {
        first: options.pageSize ?? 50,
        after: options.after ?? null,
        filter: options.filter ?? null,
        refresh: options.refresh ?? false,
      },
      options.signal,
    );
    return {
      documents: documents.edges.map((edge) => edge.node),
      totalCount: documents.totalCount,
      endCursor: documents.pageInfo.endCursor,
      hasNextPage: documents.pageInfo.hasNextPage,
    };
  }

  /** Every issued document, page by page: `for await (const doc of session.documents()) …`. */
  async *documents(options: DocumentsOptions = {}): AsyncGenerator<DocumentSummary, void, undefined> {
    let after: string | null = null;
    let refresh = options.refresh ?? false;
    for (;;) {
      const page: DocumentPage = await this.documentPage({ ...options, after, refresh });
      refresh = false;
      yield* page.documents;
      if (!page.hasNextPage || !page.endCursor) return;
      after = page.endCursor;
    }
  }

  /** One document with its content (typed record, signature, signed file link, integrity, parsed JSON). */
  async document(id: string, signal?: AbortSignal): Promise<IssuedDocument | null> {
    return (await this.run(DocumentDocument, { id }, signal)).document;
  }

  /** The signature-verified e-Aadhaar from DigiLocker (null when the locker has none). */
  async aadhaarKyc(options: { refresh?: boolean; signal?: AbortSignal } = {}): Promise<AadhaarKyc | null> {
    return (await this.run(AadhaarKycDocument, { refresh: options.refresh ?? false }, options.signal))
      .aadhaarKyc;
  }

  /** Compares an applicant's stated name and date of birth (YYYY-MM-DD) with the e-Aadhaar. */
  async matchApplicant(
    name: string,
    dateOfBirth?: string | null,
    signal?: AbortSignal,
  ): Promise<ApplicantMatch | null> {
    return (
      (await this.run(MatchApplicantDocument, { name, dateOfBirth: dateOfBirth || null }, signal)).aadhaarKyc
        ?.matchApplicant ?? null
    );
  }

  /** Verifies an offline e-KYC ZIP/XML (with its share code) or a Secure QR and stores it with the session. */
  async verifyOfflineAadhaar(input: VerifyOfflineAadhaarInput, signal?: AbortSignal): Promise<AadhaarKyc> {
    return (await this.run(VerifyOfflineAadhaarDocument, { input }, signal)).verifyOfflineAadhaar;
  }

  /**
   * A new signed KYC receipt (SD-JWT VC) of the session's DigiLocker e-Aadhaar: `receipt.present(["name",
   * "yearOfBirth"])` gives a presentation that discloses only those claims.
   */
  async kycReceipt(signal?: AbortSignal): Promise<KycReceipt> {
    return KycReceipt.parse((await this.run(KycReceiptDocument, {}, signal)).kycReceipt.credential);
  }

  /** Ends the session: revokes DigiLocker access; the token stops working. */
  async end(signal?: AbortSignal): Promise<EndedSession> {
    return (await this.run(EndSessionDocument, {}, signal)).endSession;
  }
}
