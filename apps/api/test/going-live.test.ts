/**
 * What real integrators use: authorize options on startConsent, uploaded documents and folders, and
 * the issued list's size/parent/type — over real HTTP against the sandbox.
 */
import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";

const START = graphql(`
  mutation GoLiveStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
      }
      authorizationUrl
    }
  }
`);
const UPLOADED = graphql(`
  query GoLiveUploaded($first: Int, $after: String, $folderId: ID, $sessionId: ID) {
    uploadedDocuments(first: $first, after: $after, folderId: $folderId, sessionId: $sessionId) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          type
          size
          date
          mime
          uri
          description
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);
const ISSUED = graphql(`
  query GoLiveIssued {
    documents(first: 10) {
      edges {
        node {
          doctype
          size
          parent
          type
        }
      }
    }
  }
`);
const FILE_LIST = graphql(`
  query GoLiveIssuedFirst {
    documents(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const RETURN_URL = "http://localhost:5173/done";
const MOBILE = "9812345670";

describe("going live: authorize options, uploaded documents, issued item shape", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const start = (input: Record<string, unknown>) =>
    stack.gql(START, { input: { returnUrl: RETURN_URL, ...input } as never }, stack.publishableKey);
  const authorizeQuery = async (input: Record<string, unknown>) =>
    new URL(expectData(await start(input)).startConsent.authorizationUrl).searchParams;

  it("sign-in sends scopes and no dl_flow; sign-up sends dl_flow=signup, verified_mobile, pla and plsignup", async () => {
    const signin = await authorizeQuery({ scopes: ["openid", "files.issueddocs", "partners.PANCR", "avs"] });
    expect(signin.get("scope")).toBe("openid files.issueddocs partners.PANCR avs");
    expect(signin.has("dl_flow")).toBe(false);
    expect(signin.has("verified_mobile")).toBe(false);
    expect(signin.has("pla")).toBe(false);

    const defaults = await authorizeQuery({});
    expect(defaults.has("dl_flow")).toBe(false);
    expect(defaults.has("scope")).toBe(false);

    const signup = await authorizeQuery({
      flow: "SIGNUP",
      verifiedMobile: MOBILE,
      signupOptions: { pla: true, plsignup: true },
      scopes: ["userdetails"],
    });
    expect(signup.get("dl_flow")).toBe("signup");
    expect(signup.get("verified_mobile")).toBe(MOBILE);
    expect(signup.get("pla")).toBe("Y");
    expect(signup.get("plsignup")).toBe("Y");
    expect(signup.get("scope")).toBe("userdetails");
  });

  it("an idempotent replay asks for the same options; the mobile is never stored in plain", async () => {
    const input = {
      flow: "SIGNUP",
      verifiedMobile: MOBILE,
      scopes: ["openid"],
      idempotencyKey: "golive-replay-1",
    };
    const first = expectData(await start(input)).startConsent;
    const again = expectData(await start(input)).startConsent;
    expect(again.session.id).toBe(first.session.id);
    expect(again.authorizationUrl).toBe(first.authorizationUrl);
    expect(new URL(again.authorizationUrl).searchParams.get("verified_mobile")).toBe(MOBILE);
    // Same key, another mobile: a different request.
    expect(errorCode(await start({ ...input, verifiedMobile: "9812345671" }))).toBe("BAD_USER_INPUT");
    expect(await stack.server.admin.dumpTables()).not.toContain(MOBILE);
  });

  it("a sign-up with a verified mobile completes; neither the sandbox nor the database keeps the number", async () => {
    const { sessionId, sessionToken } = await stack.consent("new-user", {
      flow: "SIGNUP",
      verifiedMobile: MOBILE,
      signupOptions: { pla: true, plsignup: true },
    });
    // Spent once DigiLocker answered: not even the ciphertext stays.
    expect(
      await stack.server.admin.sql(`SELECT authorize_options_enc FROM consent_sessions WHERE id = $1`, [
        sessionId,
      ]),
    ).toEqual([{ authorize_options_enc: null }]);
    expect(expectData(await stack.gql(FILE_LIST, {}, sessionToken)).documents.edges).toHaveLength(1);
    for (const control of ["requests", "tokens"]) {
      expect(await (await fetch(`${stack.sandboxUrl}/__sandbox/${control}`)).text()).not.toContain(MOBILE);
    }
    expect(await stack.server.admin.dumpTables()).not.toContain(MOBILE);
  });

  it("refuses unknown scopes and misplaced or malformed sign-up options with BAD_USER_INPUT", async () => {
    for (const input of [
      { scopes: ["files.issueddocs", "files.everything"] },
      { scopes: ["partners.pancr"] },
      { verifiedMobile: MOBILE }, // sign-in
      { flow: "SIGNUP", verifiedMobile: "+91 98123 45670" },
      { signupOptions: { pla: true } }, // sign-in
    ]) {
      const result = await start(input);
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(result.errors)).not.toContain("98123");
    }
    expect((await start({ scopes: ["files.everything"] })).errors?.[0].extensions).toMatchObject({
      field: "scopes",
    });
  });

  it("a consent with scopes completes against the sandbox, which accepts them; openid never brings in the id_token", async () => {
    await stack.clearRequests();
    const { sessionToken } = await stack.consent("typical", {
      scopes: ["openid", "userdetails", "partners.PANCR"],
    });
    expect(expectData(await stack.gql(FILE_LIST, {}, sessionToken)).documents.edges).toHaveLength(1);
    // Identity comes from the token answer's profile: the OIDC endpoint (/2/token, id_token) is never used.
    const tokenCalls = (await stack.requests()).filter((r) => r.operation === "token.authorization_code");
    expect(tokenCalls.map((r) => r.path)).toEqual(["/public/oauth2/1/token"]);
  });

  it("uploadedDocuments pages one folder at a time, navigates into folders, and caches the listing", async () => {
    const { sessionId, sessionToken } = await stack.consent("uploads-only");
    await stack.clearRequests();
    const page1 = expectData(await stack.gql(UPLOADED, { first: 3 }, sessionToken)).uploadedDocuments;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = expectData(
      await stack.gql(UPLOADED, { first: 3, after: page1.pageInfo.endCursor }, sessionToken),
    ).uploadedDocuments;
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const root = [...page1.edges, ...page2.edges].map((e) => e.node);
    expect(root.map((n) => n.name).sort()).toEqual([
      "Certificates",
      "Passport.pdf",
      "Receipts",
      "Rent Agreement.pdf",
    ]);
    // One upstream list for both pages.
    expect((await stack.requests()).filter((r) => r.operation === "files.uploaded")).toHaveLength(1);

    const folder = root.find((n) => n.name === "Certificates")!;
    expect(folder).toMatchObject({ type: "DIR", size: null, mime: null, uri: null, date: "2021-08-14" });
    const rent = root.find((n) => n.name === "Rent Agreement.pdf")!;
    expect(rent).toMatchObject({ type: "FILE", mime: "application/pdf", date: "2021-08-14" });
    expect(rent.size).toBeGreaterThan(100);
    expect(rent.uri).toMatch(/^in\.gov\.digilocker-UPLOAD-/);

    const inside = expectData(
      await stack.gql(UPLOADED, { first: 10, folderId: folder.id }, sessionToken),
    ).uploadedDocuments;
    expect(inside.edges.map((e) => e.node.mime).sort()).toEqual(["image/jpeg", "image/png"]);
    expect(inside.edges.every((e) => e.node.type === "FILE" && (e.node.size ?? 0) > 0)).toBe(true);

    const empty = expectData(
      await stack.gql(UPLOADED, { folderId: "dir-receipts" }, sessionToken),
    ).uploadedDocuments;
    expect(empty).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });

    // A root cursor is not a cursor of the folder; unknown folders are NOT_FOUND; ids are checked.
    expect(
      errorCode(
        await stack.gql(UPLOADED, { folderId: folder.id, after: page1.pageInfo.endCursor }, sessionToken),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(errorCode(await stack.gql(UPLOADED, { folderId: "no-such-folder" }, sessionToken))).toBe(
      "NOT_FOUND",
    );
    expect(errorCode(await stack.gql(UPLOADED, { folderId: "../x" }, sessionToken))).toBe("BAD_USER_INPUT");
    expect(errorCode(await stack.gql(UPLOADED, { first: 0 }, sessionToken))).toBe("BAD_USER_INPUT");

    // The secret key reads it with sessionId; the publishable key cannot.
    const bySecret = expectData(
      await stack.gql(UPLOADED, { first: 10, sessionId }, stack.secretKey),
    ).uploadedDocuments;
    expect(bySecret.totalCount).toBe(4);
    expect(errorCode(await stack.gql(UPLOADED, {}, stack.secretKey))).toBe("BAD_USER_INPUT");
    expect(errorCode(await stack.gql(UPLOADED, { sessionId }, stack.publishableKey))).toBe("FORBIDDEN");
  });

  it("a consent without files.uploadeddocs answers FORBIDDEN, not an outage", async () => {
    const { sessionToken } = await stack.consent("uploads-only", {
      scopes: ["userdetails", "files.issueddocs"],
    });
    expect(errorCode(await stack.gql(UPLOADED, {}, sessionToken))).toBe("FORBIDDEN");
  });

  it("issued documents keep DigiLocker's size, parent and type", async () => {
    const { sessionToken } = await stack.consent("sparse-profile");
    const nodes = expectData(await stack.gql(ISSUED, {}, sessionToken)).documents.edges.map((e) => e.node);
    expect(nodes.find((n) => n.doctype === "DRVLC")).toEqual({
      doctype: "DRVLC",
      size: 48213,
      parent: null,
      type: "FILE",
    });
    expect(nodes.find((n) => n.doctype === "INSPL")).toEqual({
      doctype: "INSPL",
      size: 120512,
      parent: "policies",
      type: "FILE",
    });
    expect(nodes.find((n) => n.doctype === "ADHAR")).toEqual({
      doctype: "ADHAR",
      size: null,
      parent: null,
      type: "FILE",
    });
  });
});
