/**
 * The whole KYC journey through the API against a DigiLocker written only from the official OpenAPI
 * spec (test/support/conformance-digilocker.ts), not against our own sandbox: consent → claim → me →
 * documents → a document's bytes → aadhaarKyc, plus the pull catalogue.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createServer, type RunningServer } from "../src/server";
import { graphql } from "./gql";
import {
  CONFORMANCE_TRUST_DIR,
  CONFORMANCE_USER,
  startConformanceDigiLocker,
  type ConformanceDigiLocker,
} from "./support/conformance-digilocker";
import { pgliteSeed } from "./support/pglite-seed";
import { createTestDatabase, type TestDatabase } from "@lockerkit/testkit";

interface Result<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const START = graphql(`
  mutation ConformanceStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
      }
      authorizationUrl
    }
  }
`);
const CLAIM = graphql(`
  mutation ConformanceClaim($code: String!) {
    claimSession(code: $code) {
      sessionToken
    }
  }
`);
const ME = graphql(`
  query ConformanceMe {
    me {
      digilockerId
      name
      dateOfBirth
      gender
      eaadhaarAvailable
      sessionStatus
    }
  }
`);
const DOCUMENTS = graphql(`
  query ConformanceDocuments {
    documents(first: 10) {
      totalCount
      edges {
        node {
          id
          uri
          doctype
          issuerId
          issuedOn
          mimeTypes
        }
      }
    }
  }
`);
const DOCUMENT = graphql(`
  query ConformanceDocument($id: ID!) {
    document(id: $id) {
      id
      content {
        mimeType
        sha256
      }
    }
  }
`);
const KYC = graphql(`
  query ConformanceKyc {
    aadhaarKyc {
      name
      dateOfBirth
      gender
      maskedAadhaar
      signature {
        verified
      }
    }
  }
`);
const ISSUERS = graphql(`
  query ConformanceIssuers {
    issuers {
      orgId
      issuerId
      name
      category
    }
  }
`);
const END = graphql(`
  mutation ConformanceEnd($id: ID) {
    endSession(id: $id) {
      id
      status
    }
  }
`);
const RETURN_URL = "http://localhost:5173/done";

describe("the API against a DigiLocker built from the official OpenAPI spec", () => {
  let db: TestDatabase;
  let digilocker: ConformanceDigiLocker;
  let server: RunningServer;
  let keys: { publishableKey: string; secretKey: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    digilocker = await startConformanceDigiLocker();
    server = await createServer({
      env: "test",
      port: 0,
      databaseUrl: db.databaseUrl,
      pgliteDir: null,
      pgliteSeed: pgliteSeed(),
      digilockerBaseUrl: digilocker.baseUrl,
      // A test double, not real DigiLocker: development defaults are fine (it trusts no sandbox key either way).
      digilockerSandbox: true,
      digilockerClientId: digilocker.clientId,
      digilockerClientSecret: digilocker.clientSecret,
      digilockerRedirectUri: undefined,
      demoTenantKey: undefined,
      demoTenantSecret: undefined,
      // The spec documents no `hmac` response header.
      digilockerHmac: "verify-if-present",
      trustDirs: [CONFORMANCE_TRUST_DIR],
    });
    ({ keys } = await server.admin.tenants.create({
      name: "Conformance",
      returnUrls: ["http://localhost:*"],
      origins: [],
    }));
  });

  afterAll(async () => {
    await server?.stop();
    await digilocker?.stop();
    await db?.drop();
  });

  async function gql<T, V>(
    document: TypedDocumentNode<T, V>,
    variables: V,
    token?: string,
  ): Promise<Result<T>> {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await res.json()) as Result<T>;
  }

  function data<T>(result: Result<T>): T {
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result)}`);
    return result.data;
  }

  it("consent → claim → me → documents → document → aadhaarKyc", async () => {
    const started = data(
      await gql(START, { input: { returnUrl: RETURN_URL } }, keys.publishableKey),
    ).startConsent;
    expect(started.authorizationUrl.startsWith(`${digilocker.baseUrl}/oauth2/1/authorize?`)).toBe(true);
    const toCallback = await fetch(started.authorizationUrl, { redirect: "manual" });
    expect(toCallback.status).toBe(302);
    const toReturn = await fetch(toCallback.headers.get("location")!, { redirect: "manual" });
    const returned = new URL(toReturn.headers.get("location")!);
    expect(returned.searchParams.get("status")).toBe("active");
    const { sessionToken } = data(
      await gql(CLAIM, { code: returned.searchParams.get("code")! }),
    ).claimSession;

    // `digilocker_id`, `eaadhar` and an integer `dob` (5101996) in the token answer.
    expect(data(await gql(ME, {}, sessionToken)).me).toEqual({
      digilockerId: CONFORMANCE_USER.digilockerId,
      name: "Sunil Kumar",
      dateOfBirth: "1996-10-05",
      gender: "M",
      eaadhaarAvailable: true,
      sessionStatus: "ACTIVE",
    });

    const documents = data(await gql(DOCUMENTS, {}, sessionToken)).documents;
    expect(documents.totalCount).toBe(2);
    expect(documents.edges.map((e) => e.node.doctype).sort()).toEqual(["HSCER", "PANCR"]);
    expect(documents.edges[0]!.node).toMatchObject({
      issuedOn: "2015-05-12",
      mimeTypes: ["application/pdf"],
    });

    // A PDF without an hmac header, accepted under DIGILOCKER_HMAC=verify-if-present.
    const id = documents.edges[0]!.node.id;
    const document = data(await gql(DOCUMENT, { id }, sessionToken)).document;
    expect(document?.content).toMatchObject({
      mimeType: "application/pdf",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    // The spec's e-Aadhaar: only at /2/ (after /3/'s 404), KycRes as the root with the signature inside.
    const kyc = data(await gql(KYC, {}, sessionToken)).aadhaarKyc;
    expect(kyc).toEqual({
      name: "Sunil Kumar",
      dateOfBirth: "1996-10-05",
      gender: "M",
      maskedAadhaar: "XXXX-XXXX-0019",
      signature: { verified: true },
    });
    const eaadhaar = digilocker.requests
      .filter((r) => r.path.endsWith("/xml/eaadhaar"))
      .map((r) => `${r.path} ${r.status}`);
    expect(eaadhaar).toEqual(["/public/oauth2/3/xml/eaadhaar 404", "/public/oauth2/2/xml/eaadhaar 200"]);
  });

  it("the pull catalogue reads `categories`", async () => {
    expect(data(await gql(ISSUERS, {}, keys.secretKey)).issuers).toEqual([
      {
        orgId: "001891",
        issuerId: "in.gov.cbse",
        name: "Central Board of Secondary Education",
        category: "Education",
      },
    ]);
  });

  it("endSession revokes at the spec's /revoke and the queued job is done", async () => {
    const started = data(
      await gql(START, { input: { returnUrl: RETURN_URL } }, keys.publishableKey),
    ).startConsent;
    const toCallback = await fetch(started.authorizationUrl, { redirect: "manual" });
    await fetch(toCallback.headers.get("location")!, { redirect: "manual" });
    const before = digilocker.requests.length;
    data(await gql(END, { id: started.session.id }, keys.secretKey));
    expect(digilocker.requests.slice(before).map((r) => `${r.path} ${r.status}`)).toEqual([
      "/public/oauth2/1/revoke 200",
    ]);
    const [row] = (await server.admin.sql(
      `SELECT done_at IS NOT NULL AS done, given_up_at IS NULL AS kept FROM outbox WHERE session_id = $1`,
      [started.session.id],
    )) as Array<Record<string, unknown>>;
    expect(row).toEqual({ done: true, kept: true });
  });
});
