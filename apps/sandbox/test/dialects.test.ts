/**
 * The two documented DigiLockers the sandbox speaks, on the wire: `meripehchaan` (default, the v2.x
 * guide) and `apisetu` (the official OpenAPI 1.0.0).
 */
import { createHash } from "node:crypto";
import { parseDialect, type RunningSandbox } from "../src";
import { control, errorOf, form, get, hmacOf, start, tokensFor } from "./support/http";

function pullForm(sb: RunningSandbox, secret = sb.clientSecret): Record<string, string> {
  const ts = String(Math.floor(Date.now() / 1000));
  return {
    clientid: sb.clientId,
    ts,
    hmac: createHash("sha256").update(`${secret}${sb.clientId}${ts}`).digest("hex"),
  };
}

describe("SANDBOX_DIALECT", () => {
  it("parses meripehchaan (default) and apisetu; refuses anything else", () => {
    expect(parseDialect(undefined)).toBe("meripehchaan");
    expect(parseDialect("apisetu")).toBe("apisetu");
    expect(() => parseDialect("digilocker")).toThrow(/SANDBOX_DIALECT/);
  });

  describe.each([
    ["meripehchaan", { pullStatus: 400, catalogueRefusal: [400, "invalid_client"], revokeDead: 200 }],
    ["apisetu", { pullStatus: 500, catalogueRefusal: [401, "invalid_client_id"], revokeDead: 400 }],
  ] as const)("%s", (dialect, expected) => {
    let sb: RunningSandbox;
    beforeAll(async () => {
      sb = await start({ dialect });
    });
    afterAll(() => sb.stop());

    it("pull outcomes: pending, already in the locker and no Aadhaar on the dialect's status", async () => {
      const { access_token } = await tokensFor(sb, "typical");
      const pull = (dlno: string, token = access_token) =>
        form(
          `${sb.baseUrl}/oauth2/1/pull/pulldocument`,
          { orgid: "000048", doctype: "DRVLC", consent: "Y", dlno },
          { authorization: `Bearer ${token}` },
        );
      expect(await errorOf(await pull("SB-0120230000009"))).toMatchObject({
        status: expected.pullStatus,
        error: "pull_response_pending",
      });
      expect((await pull("SB-0120230000001")).status).toBe(200);
      expect(await errorOf(await pull("SB-0120230000001"))).toMatchObject({
        status: expected.pullStatus,
        error: "uri_exists",
      });
      const other = await tokensFor(sb, "no-aadhaar");
      expect(await errorOf(await pull("SB-0120230000001", other.access_token))).toMatchObject({
        status: expected.pullStatus,
        error: "aadhaar_not_linked",
      });
    });

    it("pull catalogue: `categories` or `category`; a wrong hmac is the dialect's client error", async () => {
      const issuers = (await (await form(`${sb.baseUrl}/oauth2/1/pull/issuers`, pullForm(sb))).json()) as {
        issuers: Array<Record<string, string>>;
      };
      expect(issuers.issuers[0]).toHaveProperty(
        dialect === "apisetu" ? "categories" : "category",
        "Central Government",
      );
      expect(issuers.issuers[0]).not.toHaveProperty(dialect === "apisetu" ? "category" : "categories");
      const refused = await errorOf(await form(`${sb.baseUrl}/oauth2/1/pull/issuers`, pullForm(sb, "wrong")));
      expect([refused.status, refused.error]).toEqual(expected.catalogueRefusal);
    });

    it('revoking a dead token: 200 (RFC 7009) or 400 "The token is invalid"', async () => {
      const { access_token } = await tokensFor(sb, "typical");
      const revoke = (token: string) =>
        form(`${sb.baseUrl}/oauth2/1/revoke`, {
          token,
          client_id: sb.clientId,
          client_secret: sb.clientSecret,
        });
      expect((await revoke(access_token)).status).toBe(200);
      expect((await revoke(access_token)).status).toBe(expected.revokeDead);
      expect((await revoke("0".repeat(40))).status).toBe(expected.revokeDead);
    });

    it("token answer and /1/user: the guide's spellings with the profile, or the spec's without it", async () => {
      const tokens = await tokensFor(sb, "sparse-profile");
      const user = (await (await get(sb, "/oauth2/1/user", tokens.access_token)).json()) as Record<
        string,
        unknown
      >;
      if (dialect === "apisetu") {
        expect(tokens).not.toHaveProperty("digilockerid");
        expect(tokens).not.toHaveProperty("name");
        expect(user).toMatchObject({ dob: 1011970, eaadhar: "Y" });
        expect(user.digilocker_id).toEqual(expect.any(String));
      } else {
        expect(tokens).toMatchObject({ dob: "01011970", eaadhaar: "Y", digilockerid: expect.any(String) });
        expect(user).toMatchObject({ dob: "01011970", eaadhaar: "Y", digilockerid: tokens.digilockerid });
      }
    });

    it("an empty locker: `items` left out (spec, minItems 1) or empty", async () => {
      const { access_token } = await tokensFor(sb, "empty-locker");
      const issued = (await (await get(sb, "/oauth2/2/files/issued", access_token)).json()) as Record<
        string,
        unknown
      >;
      if (dialect === "apisetu") expect(issued).toEqual({ resource: "issued" });
      else expect(issued).toEqual({ items: [], resource: "issued" });
    });

    it("e-Aadhaar: /3/ with a Certificate root, or only /2/ with KycRes as the root (signature inside), signed with hmac", async () => {
      const { access_token } = await tokensFor(sb, "typical");
      const [served, missing] =
        dialect === "apisetu"
          ? ["/oauth2/2/xml/eaadhaar", "/oauth2/3/xml/eaadhaar"]
          : ["/oauth2/3/xml/eaadhaar", "/oauth2/2/xml/eaadhaar"];
      expect((await get(sb, missing, access_token)).status).toBe(404);
      const res = await get(sb, served, access_token);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(
        dialect === "apisetu" ? /^text\/plain/ : /^application\/xml/,
      );
      const body = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get("hmac")).toBe(hmacOf(sb.clientSecret, body));
      const xml = body.toString("utf8");
      if (dialect === "apisetu")
        expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<KycRes [\s\S]*<Signature [\s\S]*<\/Signature><\/KycRes>$/);
      else
        expect(xml).toMatch(
          /<Certificate><CertificateData>[\s\S]*<\/CertificateData>[\s\S]*<Signature [\s\S]*<\/Certificate>$/,
        );
    });

    it("the no-hmac fault drops the header and keeps the bytes", async () => {
      const { access_token } = await tokensFor(sb, "typical");
      const path = dialect === "apisetu" ? "/oauth2/2/xml/eaadhaar" : "/oauth2/3/xml/eaadhaar";
      expect(
        (await control(sb, "POST", "/faults", { path: `/public${path}`, kind: "no-hmac" })).status,
      ).toBeLessThan(300);
      const res = await get(sb, path, access_token);
      expect(res.status).toBe(200);
      expect(res.headers.get("hmac")).toBeNull();
      expect((await res.text()).length).toBeGreaterThan(1000);
    });
  });
});
