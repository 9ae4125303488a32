import { createHmac, timingSafeEqual } from "node:crypto";
import type { RunningSandbox } from "../src";
import { pkce, REDIRECT, start } from "./support/http";

/**
 * A DigiLocker client written only from docs/digilocker.md with plain fetch — no @lockerkit/core — must
 * complete the whole journey against the sandbox unchanged.
 */
class SpecClient {
  constructor(
    private readonly base: string,
    private readonly clientId: string,
    private readonly secret: string,
  ) {}

  authorizeUrl(state: string, challenge: string, extra: Record<string, string>): string {
    const q = new URLSearchParams({
      response_type: "code",
      client_id: this.clientId,
      redirect_uri: REDIRECT,
      state,
      code_challenge: challenge,
      code_challenge_method: "S256",
      scope: "files.issueddocs userdetails openid",
      req_doctype: "ADHAR,PANCR,DRVLC",
      purpose: "kyc",
      ...extra,
    });
    return `${this.base}/oauth2/1/authorize?${q}`;
  }

  private async token(body: Record<string, string>): Promise<Record<string, unknown>> {
    const res = await fetch(`${this.base}/oauth2/2/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${this.clientId}:${this.secret}`).toString("base64")}`,
      },
      body: new URLSearchParams(body).toString(),
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${res.status} ${json.error}`);
    return json;
  }

  exchange(code: string, verifier: string) {
    return this.token({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
  }

  refresh(refreshToken: string) {
    return this.token({ grant_type: "refresh_token", refresh_token: refreshToken });
  }

  async revoke(token: string): Promise<number> {
    const res = await fetch(`${this.base}/oauth2/1/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        token,
        token_type_hint: "access_token",
        client_id: this.clientId,
        client_secret: this.secret,
      }).toString(),
    });
    return res.status;
  }

  async json(path: string, accessToken: string): Promise<Record<string, unknown>> {
    const res = await fetch(`${this.base}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    const json = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${res.status} ${json.error}`);
    return json;
  }

  /** Bytes whose `hmac` header (base64 HMAC-SHA256 keyed with the client secret) checks out. */
  async verifiedBytes(path: string, accessToken: string): Promise<{ bytes: Buffer; type: string }> {
    const res = await fetch(`${this.base}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    if (!res.ok) throw new Error(`${res.status}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const expected = createHmac("sha256", this.secret).update(bytes).digest();
    const got = Buffer.from(res.headers.get("hmac") ?? "", "base64");
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) throw new Error("hmac mismatch");
    return { bytes, type: res.headers.get("content-type") ?? "" };
  }
}

describe("a client written only from the wire contract", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await start();
  });
  afterAll(() => sb.stop());

  it("authorize (PKCE) → token → user → issued → file → xml → eaadhaar → refresh → revoke", async () => {
    const client = new SpecClient(sb.baseUrl, sb.clientId, sb.clientSecret);
    const { verifier, challenge } = pkce();
    const redirect = await fetch(
      client.authorizeUrl("s-42", challenge, { sandbox_persona: "typical", sandbox_decision: "allow" }),
      { redirect: "manual" },
    );
    const location = new URL(redirect.headers.get("location")!);
    expect(location.searchParams.get("state")).toBe("s-42");

    const tokens = await client.exchange(location.searchParams.get("code")!, verifier);
    expect(tokens.token_type).toBe("Bearer");
    expect(typeof tokens.id_token).toBe("string");
    const access = tokens.access_token as string;

    const user = await client.json("/oauth2/1/user", access);
    expect(user.digilockerid).toBe(tokens.digilockerid);

    const issued = (await client.json("/oauth2/2/files/issued", access)) as {
      items: Array<{ uri: string; doctype: string; mime: string[] }>;
    };
    const pan = issued.items.find((i) => i.doctype === "PANCR")!;

    const file = await client.verifiedBytes(`/oauth2/1/file/${encodeURIComponent(pan.uri)}`, access);
    expect(file.type).toBe("application/pdf");
    expect(file.bytes.subarray(0, 5).toString()).toBe("%PDF-");

    expect(pan.mime).toContain("application/xml");
    const xml = await client.verifiedBytes(`/oauth2/1/xml/${encodeURIComponent(pan.uri)}`, access);
    expect(xml.bytes.toString()).toContain("<Certificate");

    const eaadhaar = await client.verifiedBytes("/oauth2/3/xml/eaadhaar", access);
    expect(eaadhaar.bytes.toString()).toContain("<KycRes");

    const rotated = await client.refresh(tokens.refresh_token as string);
    expect(rotated.refresh_token).not.toBe(tokens.refresh_token);
    await expect(client.refresh(tokens.refresh_token as string)).rejects.toThrow("400 invalid_grant");

    expect(await client.revoke(rotated.access_token as string)).toBe(200);
    await expect(client.json("/oauth2/1/user", rotated.access_token as string)).rejects.toThrow(
      "401 invalid_token",
    );
    await expect(client.refresh(rotated.refresh_token as string)).rejects.toThrow("400 invalid_grant");
  });
});
