import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";
import { QR_SAMPLE } from "./support/aadhaar-fixtures";

const ME = graphql(`
  query SurfaceMe {
    me {
      name
      eaadhaarAvailable
      sessionStatus
    }
  }
`);
const DOCUMENT_LIST = graphql(`
  query SurfaceDocumentList($first: Int, $filter: DocumentFilter, $refresh: Boolean) {
    documents(first: $first, filter: $filter, refresh: $refresh) {
      totalCount
      edges {
        node {
          id
          uri
          name
          doctype
          issuer
          mimeTypes
          content {
            format
          }
        }
      }
    }
  }
`);
const DOCUMENT = graphql(`
  query SurfaceDocument($id: ID!) {
    document(id: $id) {
      id
      name
      doctype
      content {
        format
        mimeType
        size
        sha256
        json
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
const KYC = graphql(`
  query SurfaceKyc($refresh: Boolean) {
    aadhaarKyc(refresh: $refresh) {
      source
      name
      dateOfBirth
      gender
      careOf
      maskedAadhaar
      referenceId
      generatedAt
      photo
      address {
        house
        street
        locality
        vtc
        district
        state
        pincode
        country
      }
      signature {
        verified
        reason
        signer
        fingerprint
        certificateExpired
      }
    }
  }
`);
const SESSION = graphql(`
  query SurfaceSession($id: ID!) {
    consentSession(id: $id) {
      id
      status
      consentValidTill
      profile {
        name
      }
      documents(first: 3) {
        totalCount
        edges {
          node {
            doctype
          }
        }
      }
      aadhaarKyc {
        maskedAadhaar
        signature {
          verified
        }
      }
    }
  }
`);
const REFRESH = graphql(`
  mutation SurfaceRefresh($id: ID) {
    refreshSession(id: $id) {
      id
      status
    }
  }
`);
const END = graphql(`
  mutation SurfaceEnd($id: ID) {
    endSession(id: $id) {
      id
      status
    }
  }
`);
const VERIFY = graphql(`
  mutation SurfaceVerify($input: VerifyOfflineAadhaarInput!) {
    verifyOfflineAadhaar(input: $input) {
      source
      name
      dateOfBirth
      maskedAadhaar
      referenceId
      photo
      signature {
        verified
        signer
        certificateExpired
      }
    }
  }
`);

describe("GraphQL surface over HTTP", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(async () => {
    await stack.clearFaults();
  });

  it("me and documents are served from Postgres on the second read (no upstream request)", async () => {
    const { sessionToken } = await stack.consent("typical");
    await stack.clearRequests();
    expectData(await stack.gql(ME, {}, sessionToken));
    expectData(await stack.gql(DOCUMENT_LIST, { first: 10 }, sessionToken));
    const afterFirst = (await stack.requests()).length;
    expect(afterFirst).toBe(1); // the list sync; `me` was stored at the callback
    expectData(await stack.gql(ME, {}, sessionToken));
    expectData(await stack.gql(DOCUMENT_LIST, { first: 10 }, sessionToken));
    expect(await stack.requests()).toHaveLength(afterFirst);
    // refresh: true re-syncs on demand.
    expectData(await stack.gql(DOCUMENT_LIST, { first: 10, refresh: true }, sessionToken));
    expect((await stack.requests()).filter((r) => r.operation === "files.issued")).toHaveLength(2);
  });

  it("concurrent first reads of one session make one upstream call each for the list and a document", async () => {
    const { sessionToken } = await stack.consent("typical");
    await stack.clearRequests();
    await Promise.all(Array.from({ length: 5 }, () => stack.gql(DOCUMENT_LIST, { first: 10 }, sessionToken)));
    const list = expectData(
      await stack.gql(DOCUMENT_LIST, { first: 10, filter: { doctypes: ["DRVLC"] } }, sessionToken),
    );
    const id = list.documents.edges[0].node.id;
    const reads = await Promise.all(
      Array.from({ length: 5 }, () => stack.gql(DOCUMENT, { id }, sessionToken)),
    );
    expect(reads.every((r) => r.data?.document?.content?.format === "XML")).toBe(true);
    expect((await stack.requests()).map((r) => r.operation).sort()).toEqual(["files.issued", "xml"]);
  });

  it("document(id) fetches XML once, verifies it, stores it, and lists show the stored content", async () => {
    const { sessionToken } = await stack.consent("typical");
    const list = expectData(
      await stack.gql(DOCUMENT_LIST, { first: 10, filter: { doctypes: ["PANCR"] } }, sessionToken),
    );
    const pan = list.documents.edges[0].node;
    expect(pan.content).toBeNull();
    await stack.clearRequests();
    const first = expectData(await stack.gql(DOCUMENT, { id: pan.id }, sessionToken)).document!;
    expect(first.content).toMatchObject({
      format: "XML",
      mimeType: "application/xml",
      integrity: { hmacVerified: true, signatureVerified: true },
    });
    expect(first.content!.integrity.signer).toBeTruthy();
    expect((first.content!.json as { doctype: string }).doctype).toBe("PANCR");
    expect((await stack.requests()).map((r) => r.operation)).toEqual(["xml"]);
    const second = expectData(await stack.gql(DOCUMENT, { id: pan.id }, sessionToken)).document!;
    expect(second.content!.sha256).toBe(first.content!.sha256);
    expect(await stack.requests()).toHaveLength(1);
    const listed = expectData(
      await stack.gql(DOCUMENT_LIST, { first: 10, filter: { doctypes: ["PANCR"] } }, sessionToken),
    );
    expect(listed.documents.edges[0].node.content).toEqual({ format: "XML" });

    // The PDF behind fileUrl opens without a token, once fetched it is stored, and a forged link is refused.
    const fileUrl = first.content!.fileUrl!;
    expect(fileUrl).not.toContain(sessionToken);
    const pdf = await fetch(fileUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await fetch(fileUrl);
    expect((await stack.requests()).filter((r) => r.operation === "file")).toHaveLength(1);
    expect((await fetch(`${fileUrl.slice(0, -4)}beef`)).status).toBe(404);
  });

  it("a document of another session, or a made-up id, is NOT_FOUND", async () => {
    const a = await stack.consent("typical");
    const b = await stack.consent("typical");
    const id = expectData(await stack.gql(DOCUMENT_LIST, { first: 1 }, a.sessionToken)).documents.edges[0]
      .node.id;
    const foreign = await stack.gql(DOCUMENT, { id }, b.sessionToken);
    expect(errorCode(foreign)).toBe("NOT_FOUND");
    expect(foreign.data).toEqual({ document: null });
    expect(errorCode(await stack.gql(DOCUMENT, { id: "nope" }, b.sessionToken))).toBe("NOT_FOUND");
  });

  it("aadhaarKyc verifies the sandbox-signed e-Aadhaar, stores it, and reads it back without DigiLocker", async () => {
    const { sessionToken } = await stack.consent("typical");
    await stack.clearRequests();
    const kyc = expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc!;
    expect(kyc).toMatchObject({
      source: "DIGILOCKER_EAADHAAR",
      maskedAadhaar: "XXXX-XXXX-0019",
      signature: { verified: true, reason: null },
    });
    expect(kyc.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(kyc.photo).toMatch(/^data:image\/(jpeg|png);base64,/);
    expect(JSON.stringify(kyc)).not.toMatch(/\b\d{12}\b/);
    const again = expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc!;
    expect(again).toEqual(kyc);
    expect((await stack.requests()).map((r) => r.operation)).toEqual(["eaadhaar"]);
    expectData(await stack.gql(KYC, { refresh: true }, sessionToken));
    expect((await stack.requests()).filter((r) => r.operation === "eaadhaar")).toHaveLength(2);
  });

  it("aadhaarKyc without a linked Aadhaar is AADHAAR_NOT_LINKED and asks DigiLocker nothing", async () => {
    const { sessionToken } = await stack.consent("no-aadhaar");
    await stack.clearRequests();
    const result = await stack.gql(KYC, {}, sessionToken);
    expect(errorCode(result)).toBe("AADHAAR_NOT_LINKED");
    expect(result.data).toEqual({ aadhaarKyc: null });
    expect(await stack.requests()).toHaveLength(0);
  });

  it("consentSession reads any session of the tenant with the secret key, nested", async () => {
    const { sessionId } = await stack.consent("typical");
    const session = expectData(await stack.gql(SESSION, { id: sessionId }, stack.secretKey)).consentSession!;
    expect(session).toMatchObject({
      id: sessionId,
      status: "ACTIVE",
      profile: { name: "Asha Verma" },
      documents: { totalCount: 6 },
    });
    expect(session.aadhaarKyc?.signature.verified).toBe(true);
    expect(errorCode(await stack.gql(SESSION, { id: sessionId }, stack.publishableKey))).toBe("FORBIDDEN");
    expect(
      errorCode(await stack.gql(SESSION, { id: "00000000-0000-4000-8000-000000000000" }, stack.secretKey)),
    ).toBe("NOT_FOUND");
  });

  it("a pending session's reads answer CONSENT_PENDING", async () => {
    const started = expectData(
      await stack.gql(
        graphql(`
          mutation SurfacePending($input: StartConsentInput!) {
            startConsent(input: $input) {
              session {
                id
              }
            }
          }
        `),
        { input: { returnUrl: "http://localhost:5173/done" } },
        stack.publishableKey,
      ),
    );
    const result = await stack.gql(SESSION, { id: started.startConsent.session.id }, stack.secretKey);
    expect(errorCode(result)).toBe("CONSENT_PENDING");
  });

  it("refreshSession rotates the grant; a user's revocation in DigiLocker ends in REAUTH_REQUIRED", async () => {
    const { sessionId, sessionToken } = await stack.consent("typical");
    await stack.clearRequests();
    expect(expectData(await stack.gql(REFRESH, {}, sessionToken)).refreshSession).toEqual({
      id: sessionId,
      status: "ACTIVE",
    });
    expect((await stack.requests()).map((r) => r.operation)).toEqual(["token.refresh_token"]);

    // Expired access tokens refresh automatically on the next read.
    await stack.sandbox.expireTokens();
    expectData(await stack.gql(DOCUMENT_LIST, { first: 1, refresh: true }, sessionToken));

    await stack.sandbox.revokeConsent("typical");
    expect(errorCode(await stack.gql(DOCUMENT_LIST, { first: 1, refresh: true }, sessionToken))).toBe(
      "REAUTH_REQUIRED",
    );
    const status = graphql(`
      query SurfaceStatus($id: ID!) {
        consentSession(id: $id) {
          status
        }
      }
    `);
    expect(
      expectData(await stack.gql(status, { id: sessionId }, stack.secretKey)).consentSession?.status,
    ).toBe("REAUTH_REQUIRED");
  });

  it("endSession revokes upstream, erases personal data and later reads are refused", async () => {
    const { sessionId, sessionToken } = await stack.consent("typical");
    expectData(await stack.gql(DOCUMENT_LIST, { first: 10 }, sessionToken));
    expectData(await stack.gql(KYC, {}, sessionToken));
    await stack.clearRequests();
    expect(expectData(await stack.gql(END, {}, sessionToken)).endSession).toEqual({
      id: sessionId,
      status: "ENDED",
    });
    expect((await stack.requests()).map((r) => r.operation)).toEqual(["revoke"]);
    // Ending twice is harmless and revokes nothing more.
    expect(expectData(await stack.gql(END, { id: sessionId }, stack.secretKey)).endSession.status).toBe(
      "ENDED",
    );
    expect(await stack.requests()).toHaveLength(1);
    expect(errorCode(await stack.gql(ME, {}, sessionToken))).toBe("CONSENT_EXPIRED");
    expect(errorCode(await stack.gql(KYC, {}, sessionToken))).toBe("CONSENT_EXPIRED");
    const tokens = await stack.sandbox.tokens();
    expect(tokens.length).toBeGreaterThan(0);
  });

  it("verifyOfflineAadhaar verifies UIDAI's sample Secure QR and refuses junk with BAD_USER_INPUT", async () => {
    const kyc = expectData(
      await stack.gql(VERIFY, { input: { qrText: QR_SAMPLE } }, stack.secretKey),
    ).verifyOfflineAadhaar;
    expect(kyc).toMatchObject({
      source: "SECURE_QR",
      name: "Sumit Kumar",
      dateOfBirth: "1984-01-01",
      signature: { verified: true, certificateExpired: true },
    });
    expect(kyc.referenceId).toBe("269720190308114407437");
    const { sessionToken } = await stack.consent("typical");
    expect(
      expectData(await stack.gql(VERIFY, { input: { qrText: QR_SAMPLE } }, sessionToken)).verifyOfflineAadhaar
        .name,
    ).toBe("Sumit Kumar");
    for (const input of [
      { qrText: "12345" },
      { xml: "<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>" },
      { zipBase64: "UEsDBAo=" },
      {},
      { qrText: QR_SAMPLE, xml: "<a/>" },
    ]) {
      expect(errorCode(await stack.gql(VERIFY, { input }, stack.secretKey))).toBe("BAD_USER_INPUT");
    }
    expect(errorCode(await stack.gql(VERIFY, { input: { qrText: QR_SAMPLE } }, stack.publishableKey))).toBe(
      "FORBIDDEN",
    );
  });

  it("a damaged download is INTEGRITY_FAILED and nothing is stored", async () => {
    const { sessionToken } = await stack.consent("typical");
    const list = expectData(
      await stack.gql(DOCUMENT_LIST, { first: 10, filter: { doctypes: ["DRVLC"] } }, sessionToken),
    );
    const id = list.documents.edges[0].node.id;
    await stack.fault({ path: "/public/oauth2/1/xml/*", kind: "bad-hmac" });
    expect(errorCode(await stack.gql(DOCUMENT, { id }, sessionToken))).toBe("INTEGRITY_FAILED");
    const after = expectData(
      await stack.gql(DOCUMENT_LIST, { first: 10, filter: { doctypes: ["DRVLC"] } }, sessionToken),
    );
    expect(after.documents.edges[0].node.content).toBeNull();
    expect(
      expectData(await stack.gql(DOCUMENT, { id }, sessionToken)).document?.content?.integrity.hmacVerified,
    ).toBe(true);
  });

  it("DigiLocker outages are UPSTREAM_UNAVAILABLE, not a 500", async () => {
    const { sessionToken } = await stack.consent("typical");
    await stack.fault({ path: "/public/oauth2/2/files/issued", kind: "status", status: 503, times: 10 });
    const result = await stack.gql(DOCUMENT_LIST, { first: 1 }, sessionToken);
    expect(errorCode(result)).toBe("UPSTREAM_UNAVAILABLE");
    expect(result.status).toBe(200);
  });

  it("a DigiLocker that never answers is UPSTREAM_TIMEOUT within the metadata deadline", async () => {
    const { sessionToken } = await stack.consent("typical");
    await stack.fault({ path: "/public/oauth2/2/files/issued", kind: "hang", times: 5 });
    const started = Date.now();
    expect(errorCode(await stack.gql(DOCUMENT_LIST, { first: 1 }, sessionToken))).toBe("UPSTREAM_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(7_000);
  });

  it("SQL statements per documents page do not grow with the page size", async () => {
    const { sessionToken } = await stack.consent("many-documents");
    expectData(await stack.gql(DOCUMENT_LIST, { first: 1 }, sessionToken)); // first read syncs
    const counts: number[] = [];
    for (const first of [5, 50, 100]) {
      // Background jobs (webhook poll, purge) share the server's counter: the fewest of three reads is this read's own.
      let fewest = Infinity;
      for (let i = 0; i < 3; i++) {
        const before = stack.server.sqlStatements();
        const page = expectData(await stack.gql(DOCUMENT_LIST, { first }, sessionToken));
        expect(page.documents.edges).toHaveLength(first);
        fewest = Math.min(fewest, stack.server.sqlStatements() - before);
      }
      counts.push(fewest);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);
  });
});
