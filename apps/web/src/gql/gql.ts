/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation StartConsent($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      authorizationUrl\n      claimVerifier\n      session {\n        id\n        status\n        expiresAt\n      }\n    }\n  }\n": typeof types.StartConsentDocument,
    "\n  mutation ClaimSession($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ClaimSessionDocument,
    "\n  query Me {\n    me {\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n      consentValidTill\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Documents($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          doctype\n          issuer\n          issuerId\n          issuedOn\n          mimeTypes\n          content {\n            format\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      description\n      doctype\n      issuer\n      issuerId\n      issuedOn\n      mimeTypes\n      content {\n        format\n        mimeType\n        size\n        sha256\n        fetchedAt\n        json\n        fileUrl\n        integrity {\n          hmacVerified\n          signatureVerified\n          signer\n          fingerprint\n        }\n      }\n    }\n  }\n": typeof types.DocumentDocument,
    "\n  fragment KycCard on AadhaarKyc {\n    source\n    name\n    dateOfBirth\n    yearOfBirth\n    gender\n    careOf\n    maskedAadhaar\n    referenceId\n    generatedAt\n    qrVersion\n    photo\n    address {\n      house\n      street\n      landmark\n      locality\n      vtc\n      postOffice\n      subDistrict\n      district\n      state\n      pincode\n      country\n    }\n    contact {\n      mobile {\n        status\n      }\n      email {\n        status\n      }\n    }\n    signature {\n      verified\n      reason\n      signer\n      fingerprint\n      certificateExpired\n    }\n  }\n": typeof types.KycCardFragmentDoc,
    "\n  query AadhaarKyc {\n    aadhaarKyc {\n      ...KycCard\n    }\n  }\n": typeof types.AadhaarKycDocument,
    "\n  mutation VerifyOfflineAadhaar($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      ...KycCard\n    }\n  }\n": typeof types.VerifyOfflineAadhaarDocument,
    "\n  mutation EndSession {\n    endSession {\n      id\n      status\n    }\n  }\n": typeof types.EndSessionDocument,
    "\n  query DemoKycReceipt {\n    kycReceipt(format: SD_JWT_VC) {\n      id\n      credential\n      expiresAt\n    }\n  }\n": typeof types.DemoKycReceiptDocument,
};
const documents: Documents = {
    "\n  mutation StartConsent($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      authorizationUrl\n      claimVerifier\n      session {\n        id\n        status\n        expiresAt\n      }\n    }\n  }\n": types.StartConsentDocument,
    "\n  mutation ClaimSession($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n": types.ClaimSessionDocument,
    "\n  query Me {\n    me {\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n      consentValidTill\n    }\n  }\n": types.MeDocument,
    "\n  query Documents($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          doctype\n          issuer\n          issuerId\n          issuedOn\n          mimeTypes\n          content {\n            format\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DocumentsDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      description\n      doctype\n      issuer\n      issuerId\n      issuedOn\n      mimeTypes\n      content {\n        format\n        mimeType\n        size\n        sha256\n        fetchedAt\n        json\n        fileUrl\n        integrity {\n          hmacVerified\n          signatureVerified\n          signer\n          fingerprint\n        }\n      }\n    }\n  }\n": types.DocumentDocument,
    "\n  fragment KycCard on AadhaarKyc {\n    source\n    name\n    dateOfBirth\n    yearOfBirth\n    gender\n    careOf\n    maskedAadhaar\n    referenceId\n    generatedAt\n    qrVersion\n    photo\n    address {\n      house\n      street\n      landmark\n      locality\n      vtc\n      postOffice\n      subDistrict\n      district\n      state\n      pincode\n      country\n    }\n    contact {\n      mobile {\n        status\n      }\n      email {\n        status\n      }\n    }\n    signature {\n      verified\n      reason\n      signer\n      fingerprint\n      certificateExpired\n    }\n  }\n": types.KycCardFragmentDoc,
    "\n  query AadhaarKyc {\n    aadhaarKyc {\n      ...KycCard\n    }\n  }\n": types.AadhaarKycDocument,
    "\n  mutation VerifyOfflineAadhaar($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      ...KycCard\n    }\n  }\n": types.VerifyOfflineAadhaarDocument,
    "\n  mutation EndSession {\n    endSession {\n      id\n      status\n    }\n  }\n": types.EndSessionDocument,
    "\n  query DemoKycReceipt {\n    kycReceipt(format: SD_JWT_VC) {\n      id\n      credential\n      expiresAt\n    }\n  }\n": types.DemoKycReceiptDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConsent($input: StartConsentInput!) {\n    startConsent(input: $input) {\n      authorizationUrl\n      claimVerifier\n      session {\n        id\n        status\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').StartConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimSession($code: String!, $claimVerifier: String) {\n    claimSession(code: $code, claimVerifier: $claimVerifier) {\n      sessionToken\n      session {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ClaimSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      name\n      dateOfBirth\n      gender\n      eaadhaarAvailable\n      sessionStatus\n      consentValidTill\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          doctype\n          issuer\n          issuerId\n          issuedOn\n          mimeTypes\n          content {\n            format\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      name\n      description\n      doctype\n      issuer\n      issuerId\n      issuedOn\n      mimeTypes\n      content {\n        format\n        mimeType\n        size\n        sha256\n        fetchedAt\n        json\n        fileUrl\n        integrity {\n          hmacVerified\n          signatureVerified\n          signer\n          fingerprint\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KycCard on AadhaarKyc {\n    source\n    name\n    dateOfBirth\n    yearOfBirth\n    gender\n    careOf\n    maskedAadhaar\n    referenceId\n    generatedAt\n    qrVersion\n    photo\n    address {\n      house\n      street\n      landmark\n      locality\n      vtc\n      postOffice\n      subDistrict\n      district\n      state\n      pincode\n      country\n    }\n    contact {\n      mobile {\n        status\n      }\n      email {\n        status\n      }\n    }\n    signature {\n      verified\n      reason\n      signer\n      fingerprint\n      certificateExpired\n    }\n  }\n"): typeof import('./graphql').KycCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AadhaarKyc {\n    aadhaarKyc {\n      ...KycCard\n    }\n  }\n"): typeof import('./graphql').AadhaarKycDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOfflineAadhaar($input: VerifyOfflineAadhaarInput!) {\n    verifyOfflineAadhaar(input: $input) {\n      ...KycCard\n    }\n  }\n"): typeof import('./graphql').VerifyOfflineAadhaarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession {\n    endSession {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoKycReceipt {\n    kycReceipt(format: SD_JWT_VC) {\n      id\n      credential\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').DemoKycReceiptDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
