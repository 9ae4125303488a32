import { authorize } from "@lockerkit/testkit";
import { graphql } from "./gql";
import { expectData, startTestStack, type TestStack } from "./support/test-stack";

const START = graphql(`
  mutation JourneyStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
        status
        expiresAt
      }
      authorizationUrl
    }
  }
`);
const CLAIM = graphql(`
  mutation JourneyClaim($code: String!) {
    claimSession(code: $code) {
      sessionToken
      session {
        id
        status
      }
    }
  }
`);
const ME = graphql(`
  query JourneyMe {
    me {
      digilockerId
      name
      dateOfBirth
      gender
      eaadhaarAvailable
      sessionStatus
      consentValidTill
    }
  }
`);
const DOCUMENTS = graphql(`
  query JourneyDocuments($first: Int, $after: String, $filter: DocumentFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          uri
          name
          doctype
          issuer
          issuerId
          issuedOn
          mimeTypes
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);
const SESSION_DOCUMENTS = graphql(`
  query JourneySessionDocuments($id: ID!) {
    consentSession(id: $id) {
      status
      documents(first: 5) {
        totalCount
      }
    }
  }
`);
const SESSION_STATUS = graphql(`
  query JourneySessionStatus($id: ID!) {
    consentSession(id: $id) {
      status
    }
  }
`);

describe("consent → callback → claim → me → documents over real HTTP", () => {
  let stack: TestStack;
  const returnUrl = "http://localhost:5173/kyc/done?from=test";

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function start(extra: Record<string, unknown> = {}) {
    const data = expectData(
      await stack.gql(
        START,
        { input: { returnUrl, documentTypes: ["ADHAR", "PANCR"], ...extra } },
        stack.publishableKey,
      ),
    );
    return data.startConsent;
  }

  /** Follows DigiLocker (authorize shortcut) back to the callback; returns the callback URL and the final redirect. */
  async function consent(authorizationUrl: string, persona: string, decision: "allow" | "deny") {
    const callbackUrl = await authorize(authorizationUrl, { persona, decision });
    return { callbackUrl, response: await fetch(callbackUrl, { redirect: "manual" }) };
  }

  it("pages through every document of the large persona exactly once, in a stable order", async () => {
    const started = await start();
    expect(started.session.status).toBe("PENDING");
    const authorize = new URL(started.authorizationUrl);
    expect(authorize.pathname).toBe("/public/oauth2/1/authorize");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("req_doctype")).toBe("ADHAR,PANCR");

    const { response } = await consent(started.authorizationUrl, "many-documents", "allow");
    expect(response.status).toBe(303);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const landed = new URL(response.headers.get("location")!);
    expect(landed.origin + landed.pathname).toBe("http://localhost:5173/kyc/done");
    expect(landed.searchParams.get("from")).toBe("test");
    expect(landed.searchParams.get("session")).toBe(started.session.id);
    expect(landed.searchParams.get("status")).toBe("active");

    const claimed = expectData(await stack.gql(CLAIM, { code: landed.searchParams.get("code")! }));
    expect(claimed.claimSession.session).toEqual({ id: started.session.id, status: "ACTIVE" });
    const token = claimed.claimSession.sessionToken;
    expect(token).toMatch(/^lk_st_[A-Za-z0-9_-]+$/);

    const me = expectData(await stack.gql(ME, {}, token)).me;
    expect(me).toMatchObject({
      name: "Vikram Iyer",
      dateOfBirth: "1985-02-02",
      gender: "M",
      eaadhaarAvailable: true,
      sessionStatus: "ACTIVE",
    });

    const personas = await stack.sandbox.personas();
    const expected = personas.find((p) => p.id === "many-documents")!.documents;
    expect(expected).toBeGreaterThanOrEqual(120);

    const collect = async () => {
      const ids: string[] = [];
      const uris: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: {
          documents: {
            totalCount: number;
            edges: Array<{ node: { id: string; uri: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean };
          };
        } = expectData(await stack.gql(DOCUMENTS, { first: 37, after }, token));
        pages++;
        expect(page.documents.totalCount).toBe(expected);
        expect(page.documents.pageInfo.hasPreviousPage).toBe(after !== null);
        ids.push(...page.documents.edges.map((e) => e.node.id));
        uris.push(...page.documents.edges.map((e) => e.node.uri));
        if (!page.documents.pageInfo.hasNextPage) break;
        after = page.documents.pageInfo.endCursor;
      }
      return { ids, uris, pages };
    };
    const first = await collect();
    expect(first.ids).toHaveLength(expected);
    expect(new Set(first.ids).size).toBe(expected);
    expect(new Set(first.uris).size).toBe(expected);
    expect(first.pages).toBe(Math.ceil(expected / 37));
    // The same walk again gives the same order, served from Postgres without another upstream list.
    const listCallsBefore = (await stack.requests()).filter((r) => r.operation === "files.issued").length;
    const second = await collect();
    expect(second.ids).toEqual(first.ids);
    expect((await stack.requests()).filter((r) => r.operation === "files.issued").length).toBe(
      listCallsBefore,
    );
    expect(listCallsBefore).toBe(1);
  });

  it("filters by doctype and validates first and cursors", async () => {
    const started = await start();
    const { response } = await consent(started.authorizationUrl, "typical", "allow");
    const code = new URL(response.headers.get("location")!).searchParams.get("code");
    const token = expectData(await stack.gql(CLAIM, { code: code! })).claimSession.sessionToken;

    const pan = expectData(await stack.gql(DOCUMENTS, { filter: { doctypes: ["PANCR"] } }, token));
    expect(pan.documents.totalCount).toBe(1);
    expect(pan.documents.edges[0].node).toMatchObject({
      doctype: "PANCR",
      mimeTypes: ["application/pdf", "application/xml"],
    });
    expect(pan.documents.edges[0].node.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    for (const first of [0, 101, -1]) {
      const bad = await stack.gql(DOCUMENTS, { first }, token);
      expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    for (const after of ["not-a-cursor", Buffer.from("d1:5:deadbeef").toString("base64url")]) {
      const bad = await stack.gql(DOCUMENTS, { after }, token);
      expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("a cursor from another session is refused", async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const started = await start();
      const { response } = await consent(started.authorizationUrl, "typical", "allow");
      const code = new URL(response.headers.get("location")!).searchParams.get("code");
      tokens.push(expectData(await stack.gql(CLAIM, { code: code! })).claimSession.sessionToken);
    }
    const page = expectData(await stack.gql(DOCUMENTS, { first: 2 }, tokens[0]));
    const foreign = await stack.gql(
      DOCUMENTS,
      { first: 2, after: page.documents.pageInfo.endCursor },
      tokens[1],
    );
    expect(foreign.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a denied consent lands with status=denied and reads answer CONSENT_DENIED", async () => {
    const started = await start();
    const { response } = await consent(started.authorizationUrl, "typical", "deny");
    expect(response.status).toBe(303);
    const landed = new URL(response.headers.get("location")!);
    expect(landed.searchParams.get("status")).toBe("denied");
    expect(landed.searchParams.get("session")).toBe(started.session.id);
    expect(landed.searchParams.has("code")).toBe(false);

    const read = await stack.gql(SESSION_DOCUMENTS, { id: started.session.id }, stack.secretKey);
    expect(read.errors?.[0].extensions?.code).toBe("CONSENT_DENIED");
    const status = expectData(await stack.gql(SESSION_STATUS, { id: started.session.id }, stack.secretKey));
    expect(status.consentSession?.status).toBe("DENIED");
  });

  it("rejects a returnUrl outside the tenant's allow-list", async () => {
    for (const bad of [
      "https://evil.example/cb",
      "http://localhost.evil.example:80/cb",
      "javascript:alert(1)",
      "http://user@localhost:3000/",
    ]) {
      const result = await stack.gql(START, { input: { returnUrl: bad } }, stack.publishableKey);
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("a replayed callback answers 400 and the sandbox saw exactly one token request", async () => {
    await stack.sandbox.clearRequests();
    const started = await start();
    const { callbackUrl, response } = await consent(started.authorizationUrl, "typical", "allow");
    expect(response.status).toBe(303);
    const replay = await fetch(callbackUrl, { redirect: "manual" });
    expect(replay.status).toBe(400);
    const unknown = await fetch(`${stack.server.url}/digilocker/callback?code=x&state=unknown`, {
      redirect: "manual",
    });
    expect(unknown.status).toBe(400);
    const tokenRequests = (await stack.requests()).filter((r) => r.operation.startsWith("token."));
    expect(tokenRequests).toHaveLength(1);
  });

  it("a claim code works once", async () => {
    const started = await start();
    const { response } = await consent(started.authorizationUrl, "typical", "allow");
    const code = new URL(response.headers.get("location")!).searchParams.get("code");
    expectData(await stack.gql(CLAIM, { code: code! }));
    const again = await stack.gql(CLAIM, { code: code! });
    expect(again.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(again.data).toBeNull();
  });

  it("idempotencyKey returns the same session for the same input and refuses another input", async () => {
    const a = await start({ idempotencyKey: "order-42" });
    const b = await start({ idempotencyKey: "order-42" });
    expect(b.session.id).toBe(a.session.id);
    expect(b.authorizationUrl).toBe(a.authorizationUrl);
    const other = await stack.gql(
      START,
      { input: { returnUrl, documentTypes: ["DRVLC"], idempotencyKey: "order-42" } },
      stack.publishableKey,
    );
    expect(other.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("reads need the right credential", async () => {
    expect((await stack.gql(ME)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(
      (await stack.gql(ME, {}, "lk_st_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).errors?.[0].extensions?.code,
    ).toBe("UNAUTHENTICATED");
    expect((await stack.gql(ME, {}, stack.publishableKey)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymousStart = await stack.gql(START, { input: { returnUrl } });
    expect(anonymousStart.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
