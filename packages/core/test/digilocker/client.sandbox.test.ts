/**
 * The DigiLocker client against the sandbox over real HTTP: every endpoint, the OAuth rules
 * (single-use codes, refresh rotation, revocation) and the wire quirks the client normalises.
 */
import { createHmac } from "node:crypto";
import {
  AadhaarNotLinkedError,
  DigiLockerError,
  InsufficientScopeError,
  InvalidGrantError,
  InvalidTokenError,
  NotFoundError,
  type DigiLockerProfile,
  isVerifiedMobile,
  unknownScope,
  type DigiLockerRequestEvent,
  type TokenSet,
} from "../../src/digilocker";
import { DIALECTS } from "@lockerkit/sandbox";
import { startUpstream, type Upstream } from "./upstream";

describe.each(DIALECTS)("against the sandbox speaking %s", (dialect) => {
  let upstream: Upstream;

  beforeAll(async () => {
    upstream = await startUpstream({ dialect });
  });

  afterAll(async () => {
    await upstream?.stop();
  });

  /** The profile as a caller gets it: from the token answer, or (the spec's token answer has none) from /1/user. */
  async function profileOf(tokens: TokenSet): Promise<DigiLockerProfile> {
    return tokens.profile ?? upstream.client().getUser(tokens.accessToken);
  }

  async function login(persona = "typical", events?: DigiLockerRequestEvent[]): Promise<TokenSet> {
    const { code, verifier } = await upstream.authorize(persona);
    return upstream.client({ onRequest: (e) => events?.push(e) }).exchangeCode(code, verifier);
  }

  /** Secrets must never show up in an error's message, name or code. */
  function expectNoSecrets(error: unknown, ...secrets: string[]): void {
    const text = `${String(error)} ${(error as Error).message} ${(error as DigiLockerError).code}`;
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/https?:\/\//);
  }

  describe("OAuth: authorize, code exchange, refresh, revoke", () => {
    test("authorizeUrl carries S256 PKCE, state and the optional parameters", () => {
      const url = new URL(
        upstream.client().authorizeUrl({
          state: "s1",
          codeChallenge: "c1",
          purpose: "kyc",
          documentTypes: ["ADHAR", "PANCR"],
          flow: "signup",
          scope: ["files.issueddocs", "userdetails"],
          consentValidTill: new Date(1_900_000_000_000),
          verifiedMobile: "9000000005",
          pla: true,
          plsignup: true,
        }),
      );
      expect(url.pathname).toBe("/public/oauth2/1/authorize");
      const q = url.searchParams;
      expect(q.get("response_type")).toBe("code");
      expect(q.get("code_challenge_method")).toBe("S256");
      expect(q.get("code_challenge")).toBe("c1");
      expect(q.get("state")).toBe("s1");
      expect(q.get("req_doctype")).toBe("ADHAR,PANCR");
      expect(q.get("dl_flow")).toBe("signup");
      expect(q.get("scope")).toBe("files.issueddocs userdetails");
      expect(q.get("consent_valid_till")).toBe("1900000000");
      expect(q.get("pla")).toBe("Y");
      expect(q.get("plsignup")).toBe("Y");
      expect(q.get("verified_mobile")).toBe("9000000005");
    });

    test("sign-in sends no dl_flow (the official spec's only value is signup); verifiedMobile is sign-up only", () => {
      const url = new URL(
        upstream.client().authorizeUrl({
          state: "s1",
          codeChallenge: "c1",
          flow: "signin",
          scope: ["openid", "partners.PANCR", "avs"],
        }),
      );
      expect(url.searchParams.has("dl_flow")).toBe(false);
      expect(url.searchParams.has("pla")).toBe(false);
      expect(url.searchParams.get("scope")).toBe("openid partners.PANCR avs");
      expect(() =>
        upstream
          .client()
          .authorizeUrl({ state: "s1", codeChallenge: "c1", flow: "signin", verifiedMobile: "9000000005" }),
      ).toThrow(TypeError);
      expect(() =>
        upstream
          .client()
          .authorizeUrl({ state: "s1", codeChallenge: "c1", flow: "signup", verifiedMobile: "90000" }),
      ).toThrow(TypeError);
    });

    test("known scopes: partners.<DOCTYPE>, avs, openid; anything else is unknown", () => {
      expect(
        unknownScope([
          "files.issueddocs",
          "files.uploadeddocs",
          "userdetails",
          "openid",
          "avs",
          "partners.PANCR",
          "partners.DRVLC",
        ]),
      ).toBeNull();
      expect(unknownScope(["openid", "partners.pancr"])).toBe("partners.pancr");
      expect(unknownScope(["files.everything"])).toBe("files.everything");
      expect(isVerifiedMobile("9876543210")).toBe(true);
      expect(isVerifiedMobile("+919876543210")).toBe(false);
    });

    test("code exchange returns a normalised TokenSet with the profile", async () => {
      const events: DigiLockerRequestEvent[] = [];
      const tokens = await login("typical", events);
      expect(tokens.accessToken).toMatch(/^[0-9a-f]{40}$/);
      expect(tokens.refreshToken).toMatch(/^[0-9a-f]{40}$/);
      expect(tokens.accessTokenExpiresAt.getTime()).toBeGreaterThan(Date.now() + 3_000_000);
      expect(Array.isArray(tokens.scope)).toBe(true);
      expect(tokens.consentValidTill).toBeInstanceOf(Date);
      expect(tokens.consentValidTill!.getTime()).toBeGreaterThan(Date.now());
      if (dialect === "apisetu") expect(tokens.profile).toBeNull();
      expect(await profileOf(tokens)).toMatchObject({
        name: "Asha Verma",
        dateOfBirth: "1992-08-14",
        gender: "F",
        eaadhaarAvailable: true,
        referenceKey: null,
      });
      expect(tokens.idToken).toBeNull();
      expect(events).toEqual([
        expect.objectContaining({
          operation: "token.authorization_code",
          attempt: 1,
          status: 200,
          outcome: "ok",
        }),
      ]);
    });

    test("consent_valid_till is a Date whether it arrives as a number or a string", async () => {
      // The sandbox sends a number for personas with an even number of documents and a string otherwise.
      const personas = (await (
        await fetch(upstream.baseUrl.replace(/\/public$/, "/__sandbox/personas"))
      ).json()) as Array<{ id: string; documents: number }>;
      const even = personas.find((p) => p.documents % 2 === 0 && p.id !== "new-user");
      const odd = personas.find((p) => p.documents % 2 === 1 && p.id !== "new-user");
      for (const persona of [even, odd].filter((p): p is { id: string; documents: number } => !!p)) {
        const tokens = await login(persona.id);
        expect(tokens.consentValidTill).toBeInstanceOf(Date);
        expect(Number.isNaN(tokens.consentValidTill!.getTime())).toBe(false);
      }
    });

    test("the OIDC variant (/2/token) passes the id_token through", async () => {
      const { code, verifier } = await upstream.authorize();
      await upstream.clearRequests();
      const tokens = await upstream.client({ oidc: true }).exchangeCode(code, verifier);
      expect(tokens.accessToken).toMatch(/^[0-9a-f]{40}$/);
      const log = await upstream.requests();
      expect(log.map((r) => r.path)).toEqual(["/public/oauth2/2/token"]);
      expect(tokens.idToken).toEqual(expect.any(String));
      const [, payload] = tokens.idToken!.split(".");
      expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toMatchObject({
        aud: upstream.clientId,
        sub: expect.any(String),
      });
    });

    test("HTTP Basic client authentication works on the token endpoint", async () => {
      const { code, verifier } = await upstream.authorize();
      const tokens = await upstream.client({ clientAuth: "basic" }).exchangeCode(code, verifier);
      expect(tokens.accessToken).toMatch(/^[0-9a-f]{40}$/);
    });

    test("a replayed code is invalid_grant, and revokes the tokens it issued; the error names no code or verifier", async () => {
      const { code, verifier } = await upstream.authorize();
      const client = upstream.client();
      const tokens = await client.exchangeCode(code, verifier);
      const replay = await client.exchangeCode(code, verifier).catch((e: unknown) => e);
      expect(replay).toBeInstanceOf(InvalidGrantError);
      expect(replay).toMatchObject({ code: "invalid_grant", status: 400, retryable: false });
      expectNoSecrets(replay, code, verifier, upstream.clientSecret);
      await expect(client.getUser(tokens.accessToken)).rejects.toBeInstanceOf(InvalidTokenError);
    });

    test("a wrong code_verifier is invalid_grant", async () => {
      const { code } = await upstream.authorize();
      await expect(upstream.client().exchangeCode(code, "x".repeat(43))).rejects.toBeInstanceOf(
        InvalidGrantError,
      );
    });

    test("a wrong client secret is a ClientConfigurationError that does not echo the secret", async () => {
      const { code, verifier } = await upstream.authorize();
      const error = await upstream
        .client({ clientSecret: "not-the-secret-0123456789" })
        .exchangeCode(code, verifier)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "ClientConfigurationError", code: "invalid_client", status: 400 });
      expectNoSecrets(error, "not-the-secret-0123456789", code, verifier);
    });

    test("refresh rotates both tokens; the old refresh token is then invalid_grant", async () => {
      const first = await login();
      const client = upstream.client();
      const second = await client.refresh(first.refreshToken!);
      expect(second.accessToken).not.toBe(first.accessToken);
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await client.getUser(second.accessToken)).name).toBe("Asha Verma");
      const stale = await client.refresh(first.refreshToken!).catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(InvalidGrantError);
      expectNoSecrets(stale, first.refreshToken!);
    });

    test("revoke kills every token of the grant; later reads are invalid_token (retryable false)", async () => {
      const tokens = await login();
      const client = upstream.client();
      await client.revoke(tokens.accessToken, "access_token");
      const error = await client.getUser(tokens.accessToken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidTokenError);
      expect(error).toMatchObject({ code: "invalid_token", status: 401, retryable: false });
      expectNoSecrets(error, tokens.accessToken);
      await expect(client.refresh(tokens.refreshToken!)).rejects.toBeInstanceOf(InvalidGrantError);
    });

    test("revoke-consent in DigiLocker makes later calls invalid_token; expire-tokens keeps refresh working", async () => {
      const client = upstream.client();
      const a = await login();
      const expired = await upstream.control("POST", "/expire-tokens");
      if (expired < 300) {
        await expect(client.getUser(a.accessToken)).rejects.toBeInstanceOf(InvalidTokenError);
        const b = await client.refresh(a.refreshToken!);
        expect((await client.getUser(b.accessToken)).digilockerId).toBe((await profileOf(b)).digilockerId);
      }
      const c = await login();
      const revoked = await upstream.control("POST", "/revoke-consent", { persona: "typical" });
      if (revoked < 300)
        await expect(client.getUser(c.accessToken)).rejects.toBeInstanceOf(InvalidTokenError);
      else await client.revoke(c.refreshToken!, "refresh_token"); // older sandbox: same effect via the partner API
      await expect(client.getUser(c.accessToken)).rejects.toBeInstanceOf(InvalidTokenError);
    });
  });

  describe("resources", () => {
    let tokens: TokenSet;
    beforeAll(async () => {
      tokens = await login();
    });

    test("getUser: flat profile, DDMMYYYY date, empty reference_key as null", async () => {
      const profile = await upstream.client().getUser(tokens.accessToken);
      expect(profile).toMatchObject({
        digilockerId: (await profileOf(tokens)).digilockerId,
        name: "Asha Verma",
        dateOfBirth: "1992-08-14",
        gender: "F",
        eaadhaarAvailable: true,
        referenceKey: null,
        // `mobile` is a v2.4 addition the spec's /1/user does not have.
        mobile: dialect === "apisetu" ? null : "9000000001",
      });
    });

    test("listIssued (/2): mime as a list, every date format parsed to ISO, uri shape", async () => {
      const files = await upstream.client().listIssued(tokens.accessToken);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(file.uri).toMatch(/^[a-z0-9.]+-[A-Z0-9]+-.+$/);
        expect(Array.isArray(file.mimeTypes)).toBe(true);
        expect(file.mimeTypes.length).toBeGreaterThan(0);
        expect(file.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const aadhaar = files.find((f) => f.doctype === "ADHAR")!;
      expect(aadhaar.issuedOn).toBe("2019-03-08"); // ISO date-time on the wire
      expect(files.find((f) => f.doctype === "PANCR")!.issuedOn).toBe("2015-06-12"); // DD/MM/YYYY
      expect(files.find((f) => f.doctype === "DRVLC")!.issuedOn).toBe("2018-01-21"); // DD-MM-YYYY
      expect(aadhaar.mimeTypes).toEqual(["application/pdf", "application/xml"]);
      expect(aadhaar).toMatchObject({ size: null, parent: null, type: "file" }); // "" on the wire
    });

    test("listIssued keeps size (a number or a numeric string upstream), parent and type", async () => {
      const sparse = await login("sparse-profile");
      const files = await upstream.client().listIssued(sparse.accessToken);
      expect(files.find((f) => f.doctype === "DRVLC")).toMatchObject({
        size: 48213,
        parent: null,
        type: "file",
      });
      expect(files.find((f) => f.doctype === "INSPL")).toMatchObject({
        size: 120512,
        parent: "policies",
        type: "file",
      });
    });

    test("listIssued legacy (/1): mime as a comma string becomes the same list", async () => {
      const client = upstream.client();
      const [v2, v1] = await Promise.all([
        client.listIssued(tokens.accessToken),
        client.listIssued(tokens.accessToken, { legacy: true }),
      ]);
      expect(v1).toEqual(v2);
    });

    test("listUploaded: root and a folder, sizes as numbers or null, types dir|file", async () => {
      const client = upstream.client();
      const root = await client.listUploaded(tokens.accessToken);
      expect(Array.isArray(root.items)).toBe(true);
      for (const item of root.items) {
        expect(["dir", "file"]).toContain(item.type);
        expect(item.size === null || typeof item.size === "number").toBe(true);
      }
      const folder = root.items.find((i) => i.type === "dir");
      if (folder) {
        const inside = await client.listUploaded(tokens.accessToken, folder.id);
        expect(Array.isArray(inside.items)).toBe(true);
      }
      await expect(client.listUploaded(tokens.accessToken, "no-such-folder")).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    test("getFile: exact bytes, verified hmac, a real media type even when sent as octet-stream", async () => {
      const client = upstream.client();
      const files = await client.listIssued(tokens.accessToken);
      const pan = files.find((f) => f.doctype === "PANCR")!;
      const file = await client.getFile(tokens.accessToken, pan.uri);
      expect(file.bytes.length).toBeGreaterThan(0);
      expect(["application/pdf", "image/jpeg", "image/png"]).toContain(file.contentType);
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      await expect(client.getFile(tokens.accessToken, "in.gov.pan-PANCR-NOSUCHDOC1")).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    test("getXml: the exact bytes received (hmac over them verifies), normalised to application/xml", async () => {
      const client = upstream.client();
      const pan = (await client.listIssued(tokens.accessToken)).find((f) => f.doctype === "PANCR")!;
      const xml = await client.getXml(tokens.accessToken, pan.uri);
      expect(xml.contentType).toBe("application/xml");
      expect(xml.bytes.toString("utf8")).toContain("<Certificate");
      // Byte-exact: re-fetching raw gives the same bytes and the hmac header matches them.
      const raw = await fetch(`${upstream.baseUrl}/oauth2/1/xml/${encodeURIComponent(pan.uri)}`, {
        headers: { authorization: `Bearer ${tokens.accessToken}` },
      });
      const rawBytes = Buffer.from(await raw.arrayBuffer());
      expect(createHmac("sha256", upstream.clientSecret).update(rawBytes).digest("base64")).toBe(
        raw.headers.get("hmac"),
      );
      expect(xml.bytes.equals(rawBytes)).toBe(true);
    });

    test("content-type drift: XML sent as text/plain is application/xml; files sent as octet-stream are sniffed", async () => {
      const client = upstream.client();
      const files = await client.listIssued(tokens.accessToken);
      const rvcer = files.find((f) => f.doctype === "RVCER")!;
      const xml = await client.getXml(tokens.accessToken, rvcer.uri);
      expect(xml.receivedContentType).toBe("text/plain");
      expect(xml.contentType).toBe("application/xml");
      const cbse = files.find((f) => f.issuerId === "in.gov.cbse")!;
      const file = await client.getFile(tokens.accessToken, cbse.uri);
      expect(file.receivedContentType).toBe("application/octet-stream");
      expect(file.contentType).toBe("application/pdf");
      expect(file.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    });

    test("getEAadhaar: signed XML bytes; a persona without Aadhaar is AadhaarNotLinkedError (404)", async () => {
      const client = upstream.client();
      const xml = await client.getEAadhaar(tokens.accessToken);
      expect(xml.contentType).toBe("application/xml");
      expect(xml.bytes.toString("utf8")).toMatch(/<\?xml|<Certificate|<OfflinePaperlessKyc/);
      const other = await login("no-aadhaar");
      expect((await profileOf(other)).eaadhaarAvailable).toBe(false);
      const error = await client.getEAadhaar(other.accessToken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AadhaarNotLinkedError);
      expect(error).toMatchObject({ code: "aadhaar_not_linked", status: 404 });
    });

    test("pull APIs: issuers, doctypes and parameters with the SHA-256 hmac client auth; pulldocument", async () => {
      const client = upstream.client();
      const issuers = await client.listPullIssuers();
      expect(issuers.length).toBeGreaterThan(0);
      const issuer = issuers.find((i) => i.issuerId === "in.gov.transport") ?? issuers[0];
      expect(issuer.orgId).toBeTruthy();
      const doctypes = await client.listPullDocTypes(issuer.orgId);
      expect(doctypes.length).toBeGreaterThan(0);
      const doctype = doctypes.find((d) => d.doctype === "DRVLC") ?? doctypes[0];
      const parameters = await client.listPullParameters(issuer.orgId, doctype.doctype);
      expect(parameters.length).toBeGreaterThan(0);
      for (const p of parameters) expect(Array.isArray(p.valueList)).toBe(true);

      const upstreamLog = await upstream.requests();
      expect(
        upstreamLog.filter((r) => r.path.startsWith("/public/oauth2/1/pull/")).every((r) => r.status === 200),
      ).toBe(true);

      // A record the issuer does not have: 404 record_not_found → NotFoundError.
      const values = Object.fromEntries(parameters.map((p) => [p.paramName, "NOPE"]));
      const missing = await client
        .pullDocument(tokens.accessToken, {
          orgId: issuer.orgId,
          doctype: doctype.doctype,
          parameters: values,
        })
        .catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(DigiLockerError);
      expect(["record_not_found", "invalid_request", "uri_exists"]).toContain(
        (missing as DigiLockerError).code,
      );
    });

    test("a grant without the documents scope: insufficient_scope → InsufficientScopeError (403)", async () => {
      const { code, verifier } = await upstream.authorize("typical", { scope: ["userdetails"] });
      const narrow = await upstream.client().exchangeCode(code, verifier);
      expect(narrow.scope).toEqual(["userdetails"]);
      const error = await upstream
        .client()
        .listIssued(narrow.accessToken)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InsufficientScopeError);
      expect(error).toMatchObject({ code: "insufficient_scope", status: 403 });
    });

    test("a wrong client secret on the pull APIs is a typed 4xx, not a crash", async () => {
      const error = await upstream
        .client({ clientSecret: "wrong-secret-abcdefghijklmnop" })
        .listPullIssuers()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DigiLockerError);
      expect((error as DigiLockerError).status).toBeGreaterThanOrEqual(400);
      expect((error as DigiLockerError).status).toBeLessThan(500);
      expectNoSecrets(error, "wrong-secret-abcdefghijklmnop");
    });
  });
});
