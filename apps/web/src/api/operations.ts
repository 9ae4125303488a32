import { graphql } from "../gql";

// Every operation the demo sends. `npm run codegen -w @lockerkit/web` turns them into typed documents
// in src/gql from apps/api/schema.graphql; nothing here is typed by hand.

export const StartConsentDocument = graphql(`
  mutation StartConsent($input: StartConsentInput!) {
    startConsent(input: $input) {
      authorizationUrl
      claimVerifier
      session {
        id
        status
        expiresAt
      }
    }
  }
`);

export const ClaimSessionDocument = graphql(`
  mutation ClaimSession($code: String!, $claimVerifier: String) {
    claimSession(code: $code, claimVerifier: $claimVerifier) {
      sessionToken
      session {
        id
        status
      }
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      name
      dateOfBirth
      gender
      eaadhaarAvailable
      sessionStatus
      consentValidTill
    }
  }
`);

export const DocumentsDocument = graphql(`
  query Documents($first: Int!, $after: String, $filter: DocumentFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          doctype
          issuer
          issuerId
          issuedOn
          mimeTypes
          content {
            format
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DocumentDocument = graphql(`
  query Document($id: ID!) {
    document(id: $id) {
      id
      name
      description
      doctype
      issuer
      issuerId
      issuedOn
      mimeTypes
      content {
        format
        mimeType
        size
        sha256
        fetchedAt
        ...TypedDocumentContent
        fileUrl
        integrity {
          hmacVerified
          signatureVerified
          signer
          fingerprint
        }
      }
    }
  }
`);

export const KycCardFields = graphql(`
  fragment KycCard on AadhaarKyc {
    source
    name
    dateOfBirth
    yearOfBirth
    gender
    careOf
    maskedAadhaar
    referenceId
    generatedAt
    qrVersion
    photo
    address {
      house
      street
      landmark
      locality
      vtc
      postOffice
      subDistrict
      district
      state
      pincode
      country
    }
    contact {
      mobile {
        status
      }
      email {
        status
      }
    }
    signature {
      verified
      reason
      signer
      fingerprint
      certificateExpired
    }
  }
`);

export const AadhaarKycDocument = graphql(`
  query AadhaarKyc {
    aadhaarKyc {
      ...KycCard
    }
  }
`);

export const VerifyOfflineAadhaarDocument = graphql(`
  mutation VerifyOfflineAadhaar($input: VerifyOfflineAadhaarInput!) {
    verifyOfflineAadhaar(input: $input) {
      ...KycCard
    }
  }
`);

export const EndSessionDocument = graphql(`
  mutation EndSession {
    endSession {
      id
      status
    }
  }
`);
