import { createHash } from "node:crypto";
import { verify } from "node:crypto";
import type { RunningSandbox } from "../src";
import {
  authorizeUrl,
  codeFor,
  errorOf,
  exchange,
  form,
  get,
  hmacOf,
  pkce,
  REDIRECT,
  refresh,
  start,
  tokensFor,
} from "./support/http";

describe("the docs/digilocker.md contract over HTTP", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await start({ codeTtlS: 1 });
  });
  afterAll(() => sb.stop());

  describe("authorize", () => {
    it("shows the HTML error page when PKCE is missing", async () => {
      const q = new URLSearchParams({
        response_type: "code",
        client_id: sb.clientId,
        redirect_uri: REDIRECT,
        state: "x",
      });
      const res = await fetch(`${sb.baseUrl}/oauth2/1/authorize?${q}`);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      expect(await res.text()).toContain(
        "The code_challenge and code_challenge_method parameter is required",
      );
    });

    it("accepts S256 only", async () => {
      const url = authorizeUrl(sb, pkce().challenge).replace(
        "code_challenge_method=S256",
        "code_challenge_method=plain",
      );
      const res = await fetch(url);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("S256");
    });

    it("never redirects to an unregistered or inexact redirect URI", async () => {
      for (const uri of ["http://evil.example/cb", `${REDIRECT}/`, `${REDIRECT}?x=1`]) {
        const res = await fetch(
          authorizeUrl(sb, pkce().challenge).replace(encodeURIComponent(REDIRECT), encodeURIComponent(uri)),
          { redirect: "manual" },
        );
        expect(res.status).toBe(400);
        expect(res.headers.get("location")).toBeNull();
      }
    });

    it("rejects an unknown client and a wrong response_type with an HTML page", async () => {
      const bad = await fetch(
        authorizeUrl(sb, pkce().challenge).replace(`client_id=${sb.clientId}`, "client_id=nobody"),
      );
      expect(bad.status).toBe(400);
      const type = await fetch(
        authorizeUrl(sb, pkce().challenge).replace("response_type=code", "response_type=token"),
      );
      expect(type.status).toBe(400);
    });

    it("redirects invalid_scope and an unknown purpose back to the partner with the state", async () => {
      const scope = await fetch(
        authorizeUrl(sb, pkce().challenge, { scope: "files.issueddocs launch.missiles" }),
        { redirect: "manual" },
      );
      expect(scope.status).toBe(302);
      const loc = new URL(scope.headers.get("location")!);
      expect(loc.searchParams.get("error")).toBe("invalid_scope");
      expect(loc.searchParams.get("state")).toBe("st-1");
      const purpose = await fetch(authorizeUrl(sb, pkce().challenge, { purpose: "marketing" }), {
        redirect: "manual",
      });
      expect(new URL(purpose.headers.get("location")!).searchParams.get("error")).toBe("invalid_request");
    });

    it("ignores unknown parameters and serves the sign-in screen", async () => {
      const res = await fetch(authorizeUrl(sb, pkce().challenge, { foo: "bar", pla: "Y", acr: "x" }));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Sign in to your account");
    });

    it("denial redirects with access_denied, a description and the state", async () => {
      const res = await fetch(
        authorizeUrl(sb, pkce().challenge, { sandbox_persona: "typical", sandbox_decision: "deny" }),
        { redirect: "manual" },
      );
      const loc = new URL(res.headers.get("location")!);
      expect(`${loc.origin}${loc.pathname}`).toBe(REDIRECT);
      expect(loc.searchParams.get("error")).toBe("access_denied");
      expect(loc.searchParams.get("error_description")).toBeTruthy();
      expect(loc.searchParams.get("state")).toBe("st-1");
      expect(loc.searchParams.get("code")).toBeNull();
    });
  });

  describe("token", () => {
    it("answers the documented token response on /1/token", async () => {
      const { code, verifier } = await codeFor(sb, "typical");
      const res = await exchange(sb, code, verifier);
      expect(res.status).toBe(200);
      const t = (await res.json()) as Record<string, unknown>;
      expect(t.access_token).toMatch(/^[0-9a-f]{40}$/);
      expect(t.refresh_token).toMatch(/^[0-9a-f]{40}$/);
      expect(t).toMatchObject({
        token_type: "Bearer",
        expires_in: 3600,
        scope: null,
        name: "Asha Verma",
        dob: "14081992",
        gender: "F",
        eaadhaar: "Y",
        reference_key: "",
        new_account: "N",
      });
      expect(t.digilockerid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(["number", "string"]).toContain(typeof t.consent_valid_till);
      expect(t.id_token).toBeUndefined();
    });

    it("echoes a requested scope and sends consent_valid_till as a string for some users", async () => {
      const t = await tokensFor(sb, "no-aadhaar", { scope: "files.issueddocs userdetails openid" });
      expect(t.scope).toBe("files.issueddocs userdetails openid");
      expect(typeof t.consent_valid_till).toBe("string");
      expect(t.eaadhaar).toBe("N");
    });

    it("adds an RS256 id_token on /2/token that verifies with the JWKS", async () => {
      const { code, verifier } = await codeFor(sb, "typical");
      const t = (await (await exchange(sb, code, verifier, 2)).json()) as Record<string, string>;
      const [h, p, s] = t.id_token.split(".");
      const header = JSON.parse(Buffer.from(h, "base64url").toString());
      const claims = JSON.parse(Buffer.from(p, "base64url").toString());
      expect(header).toMatchObject({ alg: "RS256" });
      expect(claims).toMatchObject({
        sub: t.digilockerid,
        aud: sb.clientId,
        given_name: "Asha Verma",
        birthdate: "14/08/1992",
        masked_aadhaar: "XXXXXXXX0019",
      });
      expect(claims.iss).toBe(sb.baseUrl);
      expect(claims.exp - claims.iat).toBe(86400);
      const jwks = (await (await fetch(`${sb.url}/__sandbox/jwks.json`)).json()) as {
        keys: Array<Record<string, string>>;
      };
      const jwk = jwks.keys.find((k) => k.kid === header.kid)!;
      expect(jwk).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
      expect(jwk.d).toBeUndefined();
      const ok = verify(
        "sha256",
        Buffer.from(`${h}.${p}`),
        { key: jwk as never, format: "jwk" },
        Buffer.from(s, "base64url"),
      );
      expect(ok).toBe(true);
    });

    it("accepts HTTP Basic client authentication", async () => {
      const { code, verifier } = await codeFor(sb, "typical");
      const res = await form(
        `${sb.baseUrl}/oauth2/1/token`,
        { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier },
        { authorization: `Basic ${Buffer.from(`${sb.clientId}:${sb.clientSecret}`).toString("base64")}` },
      );
      expect(res.status).toBe(200);
    });

    it("answers every token error row", async () => {
      const { code, verifier } = await codeFor(sb, "typical");
      const base = {
        grant_type: "authorization_code",
        code,
        redirect_uri: REDIRECT,
        code_verifier: verifier,
        client_id: sb.clientId,
        client_secret: sb.clientSecret,
      };
      const url = `${sb.baseUrl}/oauth2/1/token`;
      expect(await errorOf(await form(url, { ...base, client_secret: "wrong" }))).toMatchObject({
        status: 400,
        error: "invalid_client",
      });
      expect(await errorOf(await form(url, { ...base, grant_type: "" }))).toMatchObject({
        status: 400,
        error: "invalid_request",
      });
      expect(await errorOf(await form(url, { ...base, grant_type: "password" }))).toMatchObject({
        status: 400,
        error: "invalid_grant_type",
      });
      expect(await errorOf(await form(url, { ...base, code_verifier: "" }))).toMatchObject({
        status: 400,
        error: "invalid_request",
      });
      expect(
        await errorOf(await form(url, { ...base, redirect_uri: "http://evil.example/cb" })),
      ).toMatchObject({ status: 400, error: "invalid_redirect_uri" });
      expect(await errorOf(await form(url, { ...base, code: "0".repeat(40) }))).toMatchObject({
        status: 400,
        error: "invalid_grant",
        error_description: "Authorization code doesn't exist or is invalid for the client",
      });
      expect(
        await errorOf(await form(url, { ...base, grant_type: "refresh_token", refresh_token: "" })),
      ).toMatchObject({ status: 400, error: "invalid_request" });
      // The code is still unused: it works once.
      expect((await form(url, base)).status).toBe(200);
    });

    it("a wrong code_verifier is invalid_grant", async () => {
      const { code } = await codeFor(sb, "typical");
      expect(await errorOf(await exchange(sb, code, pkce().verifier))).toMatchObject({
        status: 400,
        error: "invalid_grant",
      });
    });

    it("codes expire after their short lifetime", async () => {
      const { code, verifier } = await codeFor(sb, "typical");
      await new Promise((r) => setTimeout(r, 1100));
      expect(await errorOf(await exchange(sb, code, verifier))).toMatchObject({
        status: 400,
        error: "invalid_grant",
      });
    });

    it("a replayed code is invalid_grant and revokes the tokens it issued", async () => {
      const { code, verifier } = await codeFor(sb, "typical");
      const first = (await (await exchange(sb, code, verifier)).json()) as {
        access_token: string;
        refresh_token: string;
      };
      expect(await errorOf(await exchange(sb, code, verifier))).toMatchObject({
        status: 400,
        error: "invalid_grant",
      });
      expect(await errorOf(await get(sb, "/oauth2/1/user", first.access_token))).toMatchObject({
        status: 401,
        error: "invalid_token",
      });
      expect(await errorOf(await refresh(sb, first.refresh_token))).toMatchObject({
        status: 400,
        error: "invalid_grant",
      });
    });

    it("refresh rotates both tokens; the old refresh token dies", async () => {
      const t = await tokensFor(sb, "typical");
      const res = await refresh(sb, t.refresh_token);
      expect(res.status).toBe(200);
      const next = (await res.json()) as { access_token: string; refresh_token: string };
      expect(next.access_token).not.toBe(t.access_token);
      expect(next.refresh_token).not.toBe(t.refresh_token);
      expect((await get(sb, "/oauth2/1/user", next.access_token)).status).toBe(200);
      expect(await errorOf(await refresh(sb, t.refresh_token))).toMatchObject({
        status: 400,
        error: "invalid_grant",
      });
      expect((await refresh(sb, next.refresh_token)).status).toBe(200);
    });
  });

  describe("revoke", () => {
    it("revokes every token of the grant", async () => {
      const t = await tokensFor(sb, "typical");
      const res = await form(`${sb.baseUrl}/oauth2/1/revoke`, {
        token: t.refresh_token,
        token_type_hint: "refresh_token",
        client_id: sb.clientId,
        client_secret: sb.clientSecret,
      });
      expect(res.status).toBe(200);
      expect(await errorOf(await get(sb, "/oauth2/1/user", t.access_token))).toMatchObject({
        status: 401,
        error: "invalid_token",
        error_description: "The access token is invalid",
      });
      expect(await errorOf(await refresh(sb, t.refresh_token))).toMatchObject({
        status: 400,
        error: "invalid_grant",
      });
    });

    it("needs client authentication and a token", async () => {
      expect(
        await errorOf(
          await form(`${sb.baseUrl}/oauth2/1/revoke`, {
            token: "x",
            client_id: sb.clientId,
            client_secret: "no",
          }),
        ),
      ).toMatchObject({ status: 400, error: "invalid_client" });
      expect(
        await errorOf(
          await form(`${sb.baseUrl}/oauth2/1/revoke`, {
            client_id: sb.clientId,
            client_secret: sb.clientSecret,
          }),
        ),
      ).toMatchObject({ status: 400, error: "invalid_request" });
      expect(
        (
          await form(`${sb.baseUrl}/oauth2/1/revoke`, {
            token: "unknown",
            client_id: sb.clientId,
            client_secret: sb.clientSecret,
          })
        ).status,
      ).toBe(200);
    });
  });

  describe("resources", () => {
    let typical: string;
    beforeAll(async () => {
      typical = (await tokensFor(sb, "typical")).access_token;
    });

    it("answers 401 invalid_token without, or with an unknown, Bearer token on every resource", async () => {
      for (const path of [
        "/oauth2/1/user",
        "/oauth2/2/files/issued",
        "/oauth2/1/files/issued",
        "/oauth2/1/files/",
        "/oauth2/1/file/x",
        "/oauth2/1/xml/x",
        "/oauth2/3/xml/eaadhaar",
      ]) {
        expect(await errorOf(await get(sb, path))).toMatchObject({ status: 401, error: "invalid_token" });
        expect(await errorOf(await get(sb, path, "f".repeat(40)))).toMatchObject({
          status: 401,
          error: "invalid_token",
        });
      }
    });

    it("/1/user is flat JSON", async () => {
      const user = (await (await get(sb, "/oauth2/1/user", typical)).json()) as Record<string, string>;
      expect(user).toMatchObject({
        name: "Asha Verma",
        dob: "14081992",
        gender: "F",
        eaadhaar: "Y",
        reference_key: "",
        mobile: "9000000001",
      });
      expect(Buffer.from(user.picture, "base64").subarray(0, 2).toString("hex")).toBe("ffd8");
    });

    it("/2/files/issued has items with mime arrays and the documented fields", async () => {
      const body = (await (await get(sb, "/oauth2/2/files/issued", typical)).json()) as {
        items: Array<Record<string, unknown>>;
        resource: string;
      };
      expect(body.items.map((i) => i.doctype)).toEqual([
        "ADHAR",
        "PANCR",
        "DRVLC",
        "RVCER",
        "SSCER",
        "HSCER",
      ]);
      for (const item of body.items) {
        expect(Object.keys(item).sort()).toEqual([
          "date",
          "description",
          "doctype",
          "issuer",
          "issuerid",
          "mime",
          "name",
          "parent",
          "size",
          "type",
          "uri",
        ]);
        expect(item.uri).toMatch(/^[a-z0-9.]+-[A-Z0-9]+-.+$/);
        expect(Array.isArray(item.mime)).toBe(true);
        expect(item).toMatchObject({ type: "file", size: "", parent: "" });
      }
      expect(body.items[1].uri).toBe("in.gov.pan-PANCR-ABCPV1234F");
    });

    it("legacy /1/files/issued sends mime as a string", async () => {
      const body = (await (await get(sb, "/oauth2/1/files/issued", typical)).json()) as {
        items: Array<{ mime: unknown }>;
      };
      expect(body.items[0].mime).toBe("application/pdf,application/xml");
    });

    it("the 500-document persona lists all its documents in one response", async () => {
      const t = await tokensFor(sb, "many-documents");
      const body = (await (await get(sb, "/oauth2/2/files/issued", t.access_token)).json()) as {
        items: unknown[];
      };
      expect(body.items.length).toBeGreaterThanOrEqual(500);
    });

    it("/1/file serves real PDF bytes with the hmac header; unknown and missing uris are errors", async () => {
      const items = (
        (await (await get(sb, "/oauth2/2/files/issued", typical)).json()) as { items: Array<{ uri: string }> }
      ).items;
      const res = await get(sb, `/oauth2/1/file/${items[1].uri}`, typical);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
      expect(bytes.toString("latin1")).toMatch(/%%EOF\n$/);
      expect(res.headers.get("hmac")).toBe(hmacOf(sb.clientSecret, bytes));
      const cbse = await get(sb, `/oauth2/1/file/${items[4].uri}`, typical);
      expect(cbse.headers.get("content-type")).toBe("application/octet-stream");
      expect(
        await errorOf(await get(sb, "/oauth2/1/file/in.gov.pan-PANCR-ZZZZZ9999Z", typical)),
      ).toMatchObject({
        status: 404,
        error: "invalid_uri",
        error_description: "No file found for given URI",
      });
      expect(await errorOf(await get(sb, "/oauth2/1/file/", typical))).toMatchObject({
        status: 400,
        error: "uri_missing",
      });
    });

    it("a document of another user is invalid_uri", async () => {
      const other = await tokensFor(sb, "no-aadhaar");
      expect(
        await errorOf(await get(sb, "/oauth2/1/file/in.gov.pan-PANCR-ABCPV1234F", other.access_token)),
      ).toMatchObject({ status: 404, error: "invalid_uri" });
    });

    it("/1/xml serves signed certificate XML with the hmac header, only for XML items", async () => {
      const res = await get(sb, "/oauth2/1/xml/in.gov.pan-PANCR-ABCPV1234F", typical);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/xml/);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get("hmac")).toBe(hmacOf(sb.clientSecret, bytes));
      const xml = bytes.toString("utf8");
      expect(xml).toContain('<PAN num="ABCPV1234F"');
      expect(xml).toContain('type="PANCR"');
      expect(xml).toContain("<Signature");
      const items = (
        (await (await get(sb, "/oauth2/2/files/issued", typical)).json()) as {
          items: Array<{ uri: string; doctype: string }>;
        }
      ).items;
      const rc = await get(sb, `/oauth2/1/xml/${items.find((i) => i.doctype === "RVCER")!.uri}`, typical);
      expect(rc.headers.get("content-type")).toMatch(/^text\/plain/);
      const marksheet = items.find((i) => i.doctype === "SSCER")!.uri;
      expect(await errorOf(await get(sb, `/oauth2/1/xml/${marksheet}`, typical))).toMatchObject({
        status: 404,
        error: "invalid_uri",
      });
      expect(await errorOf(await get(sb, "/oauth2/1/xml/", typical))).toMatchObject({
        status: 400,
        error: "uri_missing",
      });
    });

    it("/3/xml/eaadhaar serves the signed e-Aadhaar, or 404 aadhaar_not_linked", async () => {
      const res = await get(sb, "/oauth2/3/xml/eaadhaar", typical);
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get("hmac")).toBe(hmacOf(sb.clientSecret, bytes));
      expect(bytes.toString()).toContain('uid="xxxxxxxx0019"');
      const none = await tokensFor(sb, "no-aadhaar");
      expect(none.eaadhaar).toBe("N");
      expect(await errorOf(await get(sb, "/oauth2/3/xml/eaadhaar", none.access_token))).toMatchObject({
        status: 404,
        error: "aadhaar_not_linked",
        error_description: "Aadhaar is not linked to the account",
      });
    });

    it("/1/files/ lists uploaded folders and files; unknown folders are invalid_id", async () => {
      const t = await tokensFor(sb, "uploads-only");
      const root = (await (await get(sb, "/oauth2/1/files/", t.access_token)).json()) as {
        directory: string;
        items: Array<Record<string, string>>;
      };
      expect(root.items.map((i) => i.type).sort()).toEqual(["dir", "dir", "file", "file"]);
      for (const item of root.items) expect(item.size).toMatch(item.type === "dir" ? /^$/ : /^[1-9][0-9]*$/);
      const dir = root.items.find((i) => i.id === "dir-certificates")!;
      const inside = (await (await get(sb, `/oauth2/1/files/${dir.id}`, t.access_token)).json()) as {
        items: Array<Record<string, string>>;
      };
      expect(inside.items.map((i) => i.mime).sort()).toEqual(["image/jpeg", "image/png"]);
      for (const item of inside.items) {
        const file = await get(sb, `/oauth2/1/file/${item.uri}`, t.access_token);
        expect(file.headers.get("content-type")).toBe(item.mime);
        expect(Number(file.headers.get("content-length"))).toBe(Number(item.size));
        expect(file.headers.get("hmac")).toBe(hmacOf(sb.clientSecret, Buffer.from(await file.arrayBuffer())));
      }
      const empty = (await (await get(sb, "/oauth2/1/files/dir-receipts", t.access_token)).json()) as {
        items: unknown[];
      };
      expect(empty.items).toEqual([]);
      expect(await errorOf(await get(sb, "/oauth2/1/files/nope", t.access_token))).toMatchObject({
        status: 404,
        error: "invalid_id",
      });
      const issued = (await (await get(sb, "/oauth2/2/files/issued", t.access_token)).json()) as {
        items: unknown[];
      };
      expect(issued.items).toEqual([]);
    });

    it("a grant without the needed scope answers 403 insufficient_scope", async () => {
      const t = await tokensFor(sb, "typical", { scope: "userdetails" });
      expect((await get(sb, "/oauth2/1/user", t.access_token)).status).toBe(200);
      expect(await errorOf(await get(sb, "/oauth2/2/files/issued", t.access_token))).toMatchObject({
        status: 403,
        error: "insufficient_scope",
      });
      expect(await errorOf(await get(sb, "/oauth2/1/files/", t.access_token))).toMatchObject({
        status: 403,
        error: "insufficient_scope",
      });
    });

    it("accepts the scopes real partners request (partners.<DOCTYPE>, avs, openid) and the sign-up hints", async () => {
      const t = await tokensFor(sb, "typical", {
        scope: "openid avs partners.PANCR",
        pla: "Y",
        plsignup: "Y",
      });
      expect(t.scope).toBe("openid avs partners.PANCR");
      expect((await get(sb, "/oauth2/2/files/issued", t.access_token)).status).toBe(200);
      expect(await errorOf(await get(sb, "/oauth2/1/files/", t.access_token))).toMatchObject({
        status: 403,
        error: "insufficient_scope",
      });
    });

    it("answers unknown paths with a JSON error", async () => {
      expect(await errorOf(await get(sb, "/oauth2/9/nothing", typical))).toMatchObject({ status: 404 });
    });
  });

  describe("pull APIs", () => {
    const ts = () => String(Math.floor(Date.now() / 1000));
    const sha = (s: string) => createHash("sha256").update(s).digest("hex");
    const signed = (fields: Record<string, string>, t = ts()) => ({
      clientid: sb.clientId,
      ...fields,
      ts: t,
      hmac: sha(sb.clientSecret + sb.clientId + (fields.orgid ?? "") + (fields.doctype ?? "") + t),
    });

    it("lists issuers, doctypes and parameters with the SHA-256 hmac", async () => {
      const issuers = (await (await form(`${sb.baseUrl}/oauth2/1/pull/issuers`, signed({}))).json()) as {
        issuers: Array<Record<string, string>>;
      };
      expect(Object.keys(issuers.issuers[0]).sort()).toEqual([
        "category",
        "description",
        "issuerid",
        "name",
        "orgid",
      ]);
      const orgid = issuers.issuers.find((i) => i.issuerid === "in.gov.transport")!.orgid;
      const doctypes = (await (
        await form(`${sb.baseUrl}/oauth2/1/pull/doctype`, signed({ orgid }))
      ).json()) as { documents: Array<{ doctype: string; description: string }> };
      expect(doctypes.documents.map((d) => d.doctype)).toContain("DRVLC");
      const params = (await (
        await form(`${sb.baseUrl}/oauth2/1/pull/parameters`, signed({ orgid, doctype: "DRVLC" }))
      ).json()) as Array<Record<string, string>>;
      expect(params[0]).toMatchObject({
        paramname: "dlno",
        label: expect.any(String),
        valuelist: "",
        example: expect.any(String),
      });
    });

    it("refuses a bad hmac, a stale ts, a wrong client, missing fields and unknown ids", async () => {
      const url = `${sb.baseUrl}/oauth2/1/pull/issuers`;
      expect(await errorOf(await form(url, { ...signed({}), hmac: "0".repeat(64) }))).toMatchObject({
        status: 400,
        error: "invalid_client",
      });
      const old = String(Math.floor(Date.now() / 1000) - 31 * 60);
      expect(await errorOf(await form(url, signed({}, old)))).toMatchObject({
        status: 400,
        error: "invalid_request",
      });
      expect(await errorOf(await form(url, { ...signed({}), clientid: "other" }))).toMatchObject({
        status: 400,
        error: "invalid_client",
      });
      expect(await errorOf(await form(url, { clientid: sb.clientId }))).toMatchObject({
        status: 400,
        error: "invalid_request",
      });
      expect(
        await errorOf(await form(`${sb.baseUrl}/oauth2/1/pull/doctype`, signed({ orgid: "999999" }))),
      ).toMatchObject({ status: 404, error: "invalid_id" });
    });

    it("pulls a document into the issued list, with every pull state", async () => {
      const t = await tokensFor(sb, "empty-locker");
      const pull = (fields: Record<string, string>, token = t.access_token) =>
        fetch(`${sb.baseUrl}/oauth2/1/pull/pulldocument`, {
          method: "POST",
          body: new URLSearchParams(fields),
          headers: { authorization: `Bearer ${token}` },
        });
      const dl = { orgid: "000048", doctype: "DRVLC", consent: "Y", dlno: "SB-0120230000001" };
      const ok = await pull(dl);
      expect(ok.status).toBe(200);
      const { uri } = (await ok.json()) as { uri: string };
      expect(uri).toMatch(/^in\.gov\.transport-DRVLC-/);
      const list = (await (await get(sb, "/oauth2/2/files/issued", t.access_token)).json()) as {
        items: Array<{ uri: string }>;
      };
      expect(list.items.map((i) => i.uri)).toEqual([uri]);
      expect((await get(sb, `/oauth2/1/xml/${uri}`, t.access_token)).status).toBe(200);
      expect(await errorOf(await pull(dl))).toMatchObject({ status: 400, error: "uri_exists" });
      expect(await errorOf(await pull({ ...dl, dlno: "SB-0000000000000" }))).toMatchObject({
        status: 404,
        error: "record_not_found",
      });
      expect(await errorOf(await pull({ ...dl, dlno: "SB-0120230000009" }))).toMatchObject({
        status: 400,
        error: "pull_response_pending",
      });
      expect(await errorOf(await pull({ ...dl, consent: "N" }))).toMatchObject({
        status: 400,
        error: "invalid_request",
      });
      expect(
        await errorOf(await pull({ orgid: "002077", doctype: "INSPL", consent: "Y", policyno: "SBX000001" })),
      ).toMatchObject({ status: 503, error: "repository_service_inactive" });
      expect(
        await errorOf(
          await pull({ orgid: "001891", doctype: "HSCER", consent: "Y", rroll: "7000002", year: "2008" }),
        ),
      ).toMatchObject({ status: 530, error: "repository_service_unresponsive" });
      const none = await tokensFor(sb, "no-aadhaar");
      expect(await errorOf(await pull(dl, none.access_token))).toMatchObject({
        status: 400,
        error: "aadhaar_not_linked",
      });
      expect(await errorOf(await pull(dl, "f".repeat(40)))).toMatchObject({
        status: 401,
        error: "invalid_token",
      });
      const personas = (await (await fetch(`${sb.url}/__sandbox/personas`)).json()) as Array<{
        id: string;
        documents: number;
      }>;
      expect(personas.find((p) => p.id === "empty-locker")!.documents).toBe(1);
    });
  });
});
