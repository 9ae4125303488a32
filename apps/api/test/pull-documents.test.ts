import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";

const ISSUERS = graphql(`
  query PullIssuers {
    issuers {
      orgId
      issuerId
      name
      category
    }
  }
`);
const DOCTYPES = graphql(`
  query PullDocTypes($orgId: String!) {
    issuerDocumentTypes(orgId: $orgId) {
      doctype
      description
    }
  }
`);
const PARAMETERS = graphql(`
  query PullParameters($orgId: String!, $doctype: String!) {
    issuerParameters(orgId: $orgId, doctype: $doctype) {
      name
      label
      allowedValues
      example
    }
  }
`);
const PULL = graphql(`
  mutation PullDocument($input: PullDocumentInput!) {
    pullDocument(input: $input) {
      status
      message
      document {
        id
        uri
        doctype
        issuerId
        name
      }
    }
  }
`);
const DOCUMENTS = graphql(`
  query PullListed($first: Int, $after: String) {
    documents(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          doctype
          issuerId
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
const COUNTED = graphql(`
  query PullCounted($refresh: Boolean, $doctypes: [String!]) {
    documents(first: 1, refresh: $refresh, filter: { doctypes: $doctypes }) {
      totalCount
    }
  }
`);
const REFRESHED = graphql(`
  query PullRefreshed {
    documents(first: 100, refresh: true) {
      edges {
        node {
          doctype
        }
      }
    }
  }
`);
const DOCUMENT = graphql(`
  query PullOne($id: ID!) {
    document(id: $id) {
      id
      doctype
      content {
        sha256
      }
    }
  }
`);

/** A `pullDocument` input: issuer, doctype and the issuer's search parameters. */
const pullInput = (orgId: string, doctype: string, parameters: Record<string, string>) => ({
  orgId,
  doctype,
  parameters: Object.entries(parameters).map(([name, value]) => ({ name, value })),
});

const RVCER = pullInput("000048", "RVCER", { regno: "SB01ZZ0002", chasisno: "00002" });
// The sandbox's Class X marksheet (no persona holds it until pulled).
const SSCER = pullInput("001891", "SSCER", { rroll: "7000001", year: "2006" });
const dl = (dlno: string) => pullInput("000048", "DRVLC", { dlno });

describe("pulled documents", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const upstream = async (operation: string) =>
    (await stack.requests()).filter((r) => r.operation === operation).length;

  it("lists the catalogue to any tenant key or session token, and answers repeats from the cache", async () => {
    const issuers = expectData(await stack.gql(ISSUERS, {}, stack.publishableKey)).issuers;
    expect(issuers.map((i) => i.orgId)).toEqual(["000048", "001891", "002077"]);
    expect(issuers[0]).toMatchObject({
      issuerId: "in.gov.transport",
      name: "Ministry of Road Transport and Highways",
    });
    const { sessionToken } = await stack.consent("typical");

    await stack.clearRequests();
    expect(expectData(await stack.gql(ISSUERS, {}, sessionToken)).issuers).toEqual(issuers);
    expect(expectData(await stack.gql(ISSUERS, {}, stack.secretKey)).issuers).toEqual(issuers);
    expect(await stack.requests()).toEqual([]);

    const types = expectData(
      await stack.gql(DOCTYPES, { orgId: "000048" }, sessionToken),
    ).issuerDocumentTypes;
    expect(types.map((t) => t.doctype)).toEqual(["DRVLC", "RVCER"]);
    const params = expectData(
      await stack.gql(PARAMETERS, { orgId: "001891", doctype: "SSCER" }, stack.publishableKey),
    ).issuerParameters;
    expect(params.map((p) => p.name)).toEqual(["rroll", "year"]);
    expect(params[1].allowedValues).toContain("2006");
    expect(params[0]).toMatchObject({ label: "Roll Number", allowedValues: [], example: "1234567" });
    await stack.clearRequests();
    await stack.gql(DOCTYPES, { orgId: "000048" }, sessionToken);
    await stack.gql(PARAMETERS, { orgId: "001891", doctype: "SSCER" }, sessionToken);
    expect(await stack.requests()).toEqual([]);

    expect(errorCode(await stack.gql(ISSUERS, {}))).toBe("UNAUTHENTICATED");
  });

  it("makes one upstream call for concurrent misses, and never caches a failure", async () => {
    await stack.clearRequests();
    // (001891's doctypes are cached already: the parameters above checked SSCER against them.)
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => stack.gql(DOCTYPES, { orgId: "002077" }, stack.secretKey)),
    );
    for (const answer of answers)
      expect(expectData(answer).issuerDocumentTypes.map((t) => t.doctype)).toEqual(["INSPL"]);
    expect(await upstream("pull.doctype")).toBe(1);

    await stack.fault({ path: "/public/oauth2/1/pull/parameters", kind: "status", status: 400 });
    expect(
      errorCode(await stack.gql(PARAMETERS, { orgId: "002077", doctype: "INSPL" }, stack.secretKey)),
    ).toBe("UPSTREAM_UNAVAILABLE");
    const again = expectData(
      await stack.gql(PARAMETERS, { orgId: "002077", doctype: "INSPL" }, stack.secretKey),
    ).issuerParameters;
    expect(again.map((p) => p.name)).toEqual(["policyno"]);
    expect(await upstream("pull.parameters")).toBe(2);
  });

  it("refuses malformed orgId and doctype without calling DigiLocker, and unknown ones from the cached catalogue", async () => {
    await stack.clearRequests();
    for (const orgId of ["", "../000048", "0".repeat(65), "00 48"]) {
      expect(errorCode(await stack.gql(DOCTYPES, { orgId }, stack.secretKey))).toBe("BAD_USER_INPUT");
    }
    for (const doctype of ["", "drvlc", "DR-VLC", "D".repeat(33)]) {
      expect(errorCode(await stack.gql(PARAMETERS, { orgId: "000048", doctype }, stack.secretKey))).toBe(
        "BAD_USER_INPUT",
      );
    }
    expect(await stack.requests()).toEqual([]);
    expect(errorCode(await stack.gql(DOCTYPES, { orgId: "999999" }, stack.secretKey))).toBe("BAD_USER_INPUT");
    expect(
      errorCode(await stack.gql(PARAMETERS, { orgId: "000048", doctype: "ZZZZZ" }, stack.secretKey)),
    ).toBe("BAD_USER_INPUT");
  });

  it("the publishable key cannot drive uncached upstream calls: unknown orgIds and doctypes are refused from the cached catalogue", async () => {
    const { sessionToken } = await stack.consent("typical");
    // The catalogue is cached once (as any caller's first request would do).
    expectData(await stack.gql(ISSUERS, {}, stack.publishableKey));
    expectData(await stack.gql(DOCTYPES, { orgId: "000048" }, stack.publishableKey));
    await stack.clearRequests();
    for (let i = 0; i < 20; i++) {
      const orgId = `9${String(i).padStart(5, "0")}`;
      const types = await stack.gql(DOCTYPES, { orgId }, stack.publishableKey);
      expect(errorCode(types)).toBe("BAD_USER_INPUT");
      expect(types.errors![0].extensions).toMatchObject({ field: "orgId" });
      expect(errorCode(await stack.gql(PARAMETERS, { orgId, doctype: "DRVLC" }, stack.publishableKey))).toBe(
        "BAD_USER_INPUT",
      );
      const doctype = `ZZ${i}`;
      const params = await stack.gql(PARAMETERS, { orgId: "000048", doctype }, stack.publishableKey);
      expect(errorCode(params)).toBe("BAD_USER_INPUT");
      expect(params.errors![0].extensions).toMatchObject({ field: "doctype" });
    }
    expect(
      errorCode(
        await stack.gql(PULL, { input: { ...dl("SB-0120230000001"), orgId: "999999" } }, sessionToken),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(
      errorCode(
        await stack.gql(PULL, { input: { ...dl("SB-0120230000001"), doctype: "PANCR" } }, sessionToken),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(await stack.requests()).toEqual([]);
  });

  it("PULLED: the new document is appended to documents, old cursors stay valid, and document(id) reads it", async () => {
    const { sessionToken } = await stack.consent("typical");
    const before = expectData(await stack.gql(DOCUMENTS, { first: 100 }, sessionToken)).documents;
    const cursor = before.pageInfo.endCursor!;

    const pulled = expectData(await stack.gql(PULL, { input: RVCER }, sessionToken)).pullDocument;
    expect(pulled.status).toBe("PULLED");
    expect(pulled.document).toMatchObject({
      doctype: "RVCER",
      issuerId: "in.gov.transport",
      name: "Registration of Vehicles",
    });
    expect(pulled.document!.uri).toMatch(/^in\.gov\.transport-RVCER-/);

    const after = expectData(await stack.gql(DOCUMENTS, { first: 100 }, sessionToken)).documents;
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.edges.slice(0, before.edges.length).map((e) => e.node.id)).toEqual(
      before.edges.map((e) => e.node.id),
    );
    const next = expectData(
      await stack.gql(DOCUMENTS, { first: 100, after: cursor }, sessionToken),
    ).documents;
    expect(next.edges.map((e) => e.node.id)).toEqual([pulled.document!.id]);

    const read = expectData(await stack.gql(DOCUMENT, { id: pulled.document!.id }, sessionToken)).document;
    expect(read).toMatchObject({ id: pulled.document!.id, doctype: "RVCER" });
    expect(read!.content!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("ALREADY_IN_LOCKER returns the existing document when only one can be meant", async () => {
    const { sessionToken } = await stack.consent("empty-locker");
    const first = expectData(
      await stack.gql(PULL, { input: dl("sb-0120230000001") }, sessionToken),
    ).pullDocument;
    expect(first.status).toBe("PULLED");
    const second = expectData(
      await stack.gql(PULL, { input: dl("SB-0120230000001") }, sessionToken),
    ).pullDocument;
    expect(second).toMatchObject({ status: "ALREADY_IN_LOCKER", document: { id: first.document!.id } });

    // The typical persona already had a vehicle registration: two candidates, so no guess.
    const typical = await stack.consent("typical");
    const again = expectData(await stack.gql(PULL, { input: RVCER }, typical.sessionToken)).pullDocument;
    expect(again).toMatchObject({ status: "ALREADY_IN_LOCKER", document: null });
  });

  it("maps pending, not found, Aadhaar not linked and an inactive issuer", async () => {
    const { sessionToken } = await stack.consent("typical");
    expect(
      expectData(await stack.gql(PULL, { input: dl("SB-0120230000009") }, sessionToken)).pullDocument,
    ).toMatchObject({ status: "PENDING", document: null });
    expect(
      expectData(await stack.gql(PULL, { input: dl("SB-0000000000000") }, sessionToken)).pullDocument,
    ).toMatchObject({ status: "NOT_FOUND", document: null });
    const inactive = {
      orgId: "002077",
      doctype: "INSPL",
      parameters: [{ name: "policyno", value: "SBX000001" }],
    };
    expect(errorCode(await stack.gql(PULL, { input: inactive }, sessionToken))).toBe("UPSTREAM_UNAVAILABLE");
    const noAadhaar = await stack.consent("no-aadhaar");
    expect(errorCode(await stack.gql(PULL, { input: dl("SB-0120230000001") }, noAadhaar.sessionToken))).toBe(
      "AADHAAR_NOT_LINKED",
    );
  });

  it("a pull stays PULLED when the list cannot be re-read at once; the document shows on the next refresh", async () => {
    const { sessionToken } = await stack.consent("new-user");
    await stack.fault({ path: "/public/oauth2/2/files/issued", kind: "status", status: 400 });
    const pulled = expectData(
      await stack.gql(PULL, { input: dl("SB-0120230000001") }, sessionToken),
    ).pullDocument;
    expect(pulled).toMatchObject({ status: "PULLED", document: null });
    expect(pulled.message).toMatch(/refresh: true/);
    const listed = expectData(await stack.gql(REFRESHED, {}, sessionToken)).documents.edges.map(
      (e) => e.node.doctype,
    );
    expect(listed).toContain("DRVLC");
  });

  it("totalCount: the count a sync stored serves later reads, a refresh that finds a new document updates it, a filter counts", async () => {
    const { sessionToken } = await stack.consent("new-user");
    const total = async (variables: { refresh?: boolean; doctypes?: string[] } = {}) =>
      expectData(await stack.gql(COUNTED, variables, sessionToken)).documents.totalCount;
    const synced = await total();
    expect(await total()).toBe(synced);

    await stack.fault({ path: "/public/oauth2/2/files/issued", kind: "status", status: 400 });
    const pulled = expectData(await stack.gql(PULL, { input: SSCER }, sessionToken)).pullDocument;
    expect(pulled).toMatchObject({ status: "PULLED", document: null });
    // Not re-listed yet: the stored list and its count are unchanged until a refresh.
    expect(await total()).toBe(synced);
    expect(await total({ refresh: true })).toBe(synced + 1);
    expect(await total()).toBe(synced + 1);
    expect(await total({ doctypes: ["SSCER"] })).toBe(1);
  });

  it("refuses missing, unknown, repeated and out-of-list parameters by name, before any pull", async () => {
    const { sessionToken } = await stack.consent("typical");
    const sscer = (parameters: Array<{ name: string; value: string }>) => ({
      orgId: "001891",
      doctype: "SSCER",
      parameters,
    });
    const cases: Array<[ReturnType<typeof sscer>, RegExp]> = [
      [sscer([{ name: "rroll", value: "7000001" }]), /"year" is required/],
      [
        sscer([
          { name: "rroll", value: "7000001" },
          { name: "year", value: "2006" },
          { name: "dob", value: "x" },
        ]),
        /unknown parameter "dob"/,
      ],
      [
        sscer([
          { name: "rroll", value: "1" },
          { name: "rroll", value: "2" },
          { name: "year", value: "2006" },
        ]),
        /"rroll" is given twice/,
      ],
      [
        sscer([
          { name: "rroll", value: "7000001" },
          { name: "year", value: "1999" },
        ]),
        /"year" must be one of/,
      ],
      [
        sscer([
          { name: "rroll", value: "  " },
          { name: "year", value: "2006" },
        ]),
        /"rroll" must be/,
      ],
      [
        sscer([
          { name: "rroll", value: "7".repeat(257) },
          { name: "year", value: "2006" },
        ]),
        /"rroll" must be/,
      ],
      [
        sscer([
          { name: "rroll", value: "70\u000001" },
          { name: "year", value: "2006" },
        ]),
        /"rroll" must be/,
      ],
      [sscer([{ name: "r roll", value: "1" }]), /malformed/],
      [sscer(Array.from({ length: 21 }, (_, i) => ({ name: `p${i}`, value: "1" }))), /at most 20/],
    ];
    await stack.clearRequests();
    for (const [input, message] of cases) {
      const result = await stack.gql(PULL, { input }, sessionToken);
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].message).toMatch(message);
      expect(result.errors![0].message).not.toContain("7000001");
    }
    expect(await upstream("pull.document")).toBe(0);
    // A good request after all that reaches the issuer.
    const ok = sscer([
      { name: "rroll", value: "7000001" },
      { name: "year", value: "2006" },
    ]);
    expect(expectData(await stack.gql(PULL, { input: ok }, sessionToken)).pullDocument.status).toBe("PULLED");
  });

  it("works with the secret key and a sessionId, stays inside the tenant, and is audited without the parameters", async () => {
    const { sessionId, sessionToken } = await stack.consent("typical");
    expect(
      expectData(await stack.gql(PULL, { input: { ...dl("SB-0000000000001"), sessionId } }, stack.secretKey))
        .pullDocument.status,
    ).toBe("NOT_FOUND");
    expect(errorCode(await stack.gql(PULL, { input: dl("SB-0000000000001") }, stack.secretKey))).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      errorCode(
        await stack.gql(PULL, { input: { ...dl("SB-0000000000001"), sessionId } }, stack.publishableKey),
      ),
    ).toBe("FORBIDDEN");
    expect(errorCode(await stack.gql(PULL, { input: dl("SB-0000000000001") }))).toBe("UNAUTHENTICATED");

    const other = await stack.server.admin.tenants.create({
      name: "Other",
      returnUrls: ["http://localhost:5173"],
      origins: [],
    });
    expect(
      errorCode(
        await stack.gql(PULL, { input: { ...dl("SB-0000000000001"), sessionId } }, other.keys.secretKey),
      ),
    ).toBe("NOT_FOUND");
    // Another tenant's session token naming this session is refused the same way.
    const theirs = await stack.consent("typical", {}, other.keys.publishableKey);
    expect(
      errorCode(
        await stack.gql(PULL, { input: { ...dl("SB-0000000000001"), sessionId } }, theirs.sessionToken),
      ),
    ).toBe("NOT_FOUND");
    // Still usable by its own token.
    expect(
      expectData(await stack.gql(PULL, { input: dl("SB-0000000000001") }, sessionToken)).pullDocument.status,
    ).toBe("NOT_FOUND");

    const events = (await stack.server.admin.sql(
      `SELECT action, outcome, session_id FROM audit_events WHERE action = 'document.pulled'`,
    )) as Array<{ outcome: string; session_id: string | null }>;
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.session_id === sessionId).map((e) => e.outcome)).toEqual(["ok", "ok"]);
    const dump = await stack.server.admin.dumpTables();
    for (const value of ["SB-0120230000001", "SB01ZZ0002", "SB-0000000000001", "7000001"])
      expect(dump).not.toContain(value);
  });
});
