import type { RunningSandbox } from "../src";
import { control, errorOf, form, get, hmacOf, REDIRECT, refresh, start, tokensFor } from "./support/http";

describe("sandbox controls (docs/digilocker.md, Sandbox controls)", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await start();
  });
  afterAll(() => sb.stop());
  afterEach(async () => {
    await control(sb, "DELETE", "/faults");
  });

  it("GET /personas: id, name, documents, eaadhaar, mobile — matching /1/user and /2/files/issued", async () => {
    const list = (await (await control(sb, "GET", "/personas")).json()) as Array<Record<string, unknown>>;
    expect(list.length).toBeGreaterThanOrEqual(6);
    for (const id of ["typical", "many-documents", "no-aadhaar", "empty-locker", "new-user", "uploads-only"])
      expect(list.map((p) => p.id)).toContain(id);
    for (const p of list) {
      expect(Object.keys(p).sort()).toEqual(["documents", "eaadhaar", "id", "mobile", "name"]);
      expect(p.mobile).toMatch(/^\d{10}$/);
      if (p.id === "new-user") continue; // has no account until it signs up
      const t = await tokensFor(sb, p.id as string);
      const user = (await (await get(sb, "/oauth2/1/user", t.access_token)).json()) as Record<string, string>;
      expect(user.name).toBe(p.name);
      expect(user.eaadhaar).toBe(p.eaadhaar);
      const issued = (await (await get(sb, "/oauth2/2/files/issued", t.access_token)).json()) as {
        items: unknown[];
      };
      expect(issued.items).toHaveLength(p.documents as number);
      if (p.eaadhaar === "Y") {
        expect(user.picture).toBeTruthy();
        const xml = await (await get(sb, "/oauth2/3/xml/eaadhaar", t.access_token)).text();
        expect(xml).toMatch(/<Pht>\/9j\/[A-Za-z0-9+/=]+<\/Pht>/);
      }
    }
    const typical = list.find((p) => p.id === "typical")!;
    expect(typical).toMatchObject({ name: "Asha Verma", eaadhaar: "Y", documents: 6 });
    expect(list.find((p) => p.id === "many-documents")!.documents).toBeGreaterThanOrEqual(500);
    expect(list.find((p) => p.id === "no-aadhaar")!.eaadhaar).toBe("N");
  });

  it("GET /requests records method, path with /public and without the query, operation, status, at; DELETE clears", async () => {
    expect((await control(sb, "DELETE", "/requests")).status).toBe(204);
    const t = await tokensFor(sb, "typical");
    await get(sb, "/oauth2/1/user", t.access_token);
    await get(sb, "/oauth2/2/files/issued", t.access_token);
    await get(sb, "/oauth2/1/files/", t.access_token);
    await get(sb, "/oauth2/1/file/in.gov.pan-PANCR-ABCPV1234F", t.access_token);
    await get(sb, "/oauth2/1/xml/in.gov.pan-PANCR-ABCPV1234F", t.access_token);
    await get(sb, "/oauth2/3/xml/eaadhaar", t.access_token);
    await refresh(sb, t.refresh_token);
    await form(`${sb.baseUrl}/oauth2/1/revoke`, {
      token: t.access_token,
      client_id: sb.clientId,
      client_secret: sb.clientSecret,
    });
    await form(`${sb.baseUrl}/oauth2/1/pull/issuers`, {});
    await form(`${sb.baseUrl}/oauth2/1/pull/doctype`, {});
    await form(`${sb.baseUrl}/oauth2/1/pull/parameters`, {});
    await form(`${sb.baseUrl}/oauth2/1/pull/pulldocument`, {});
    await control(sb, "GET", "/personas");
    const log = (await (await control(sb, "GET", "/requests")).json()) as Array<Record<string, unknown>>;
    expect(log.map((r) => r.operation)).toEqual([
      "authorize",
      "token.authorization_code",
      "user",
      "files.issued",
      "files.uploaded",
      "file",
      "xml",
      "eaadhaar",
      "token.refresh_token",
      "revoke",
      "pull.issuers",
      "pull.doctype",
      "pull.parameters",
      "pull.document",
    ]);
    for (const r of log) {
      expect(Object.keys(r).sort()).toEqual(["at", "method", "operation", "path", "status"]);
      expect(r.path).toMatch(/^\/public\//);
      expect(r.path).not.toContain("?");
      expect(typeof r.status).toBe("number");
      expect(new Date(r.at as string).toString()).not.toBe("Invalid Date");
    }
    expect(log[0]).toMatchObject({ method: "GET", path: "/public/oauth2/1/authorize", status: 302 });
    expect(log[13]).toMatchObject({ method: "POST", status: 401 });
    expect(JSON.stringify(log)).not.toContain(t.access_token);
  });

  describe("faults", () => {
    it("status: answers that status with a DigiLocker error body and Retry-After, `times` times", async () => {
      const t = await tokensFor(sb, "typical");
      const created = await control(sb, "POST", "/faults", {
        path: "/public/oauth2/1/user",
        kind: "status",
        status: 503,
        retryAfter: 7,
        times: 2,
      });
      expect(created.status).toBe(201);
      for (let i = 0; i < 2; i++) {
        const res = await get(sb, "/oauth2/1/user", t.access_token);
        expect(res.headers.get("retry-after")).toBe("7");
        expect(await errorOf(res)).toMatchObject({ status: 503, error: "repository_service_inactive" });
      }
      expect((await get(sb, "/oauth2/1/user", t.access_token)).status).toBe(200);
    });

    it("status: default codes per status, or a chosen DigiLocker error", async () => {
      const cases: Array<[number, string | undefined, string]> = [
        [500, undefined, "unexpected_error"],
        [530, undefined, "repository_service_unresponsive"],
        [502, undefined, "partner_service_unresponsive"],
        [401, undefined, "invalid_token"],
        [404, "aadhaar_not_available", "aadhaar_not_available"],
        [503, "repository_service_unpublished", "repository_service_unpublished"],
        [530, "repository_service_configerror", "repository_service_configerror"],
      ];
      const t = await tokensFor(sb, "typical");
      for (const [status, error, expected] of cases) {
        await control(sb, "POST", "/faults", {
          path: "/public/oauth2/3/xml/eaadhaar",
          kind: "status",
          status,
          error,
        });
        expect(await errorOf(await get(sb, "/oauth2/3/xml/eaadhaar", t.access_token))).toMatchObject({
          status,
          error: expected,
        });
      }
    });

    it("matches a prefix ending in * and an optional method", async () => {
      const t = await tokensFor(sb, "typical");
      await control(sb, "POST", "/faults", {
        path: "/public/oauth2/1/file/*",
        method: "POST",
        kind: "status",
        status: 500,
      });
      expect((await get(sb, "/oauth2/1/file/in.gov.pan-PANCR-ABCPV1234F", t.access_token)).status).toBe(200);
      await control(sb, "DELETE", "/faults");
      await control(sb, "POST", "/faults", {
        path: "/public/oauth2/1/file/*",
        method: "GET",
        kind: "status",
        status: 500,
      });
      expect((await get(sb, "/oauth2/1/file/in.gov.pan-PANCR-ABCPV1234F", t.access_token)).status).toBe(500);
      expect((await get(sb, "/oauth2/1/file/in.gov.pan-PANCR-ABCPV1234F", t.access_token)).status).toBe(200);
    });

    it("applies to token exchanges too", async () => {
      await control(sb, "POST", "/faults", { path: "/public/oauth2/1/token", kind: "status", status: 500 });
      await expect(tokensFor(sb, "typical")).rejects.toThrow(/500/);
    });

    it("delay: answers normally after delayMs", async () => {
      const t = await tokensFor(sb, "typical");
      await control(sb, "POST", "/faults", { path: "/public/oauth2/1/user", kind: "delay", delayMs: 300 });
      const began = Date.now();
      expect((await get(sb, "/oauth2/1/user", t.access_token)).status).toBe(200);
      expect(Date.now() - began).toBeGreaterThanOrEqual(280);
    });

    it("hang: never answers", async () => {
      const t = await tokensFor(sb, "typical");
      await control(sb, "POST", "/faults", { path: "/public/oauth2/1/user", kind: "hang" });
      const res = fetch(`${sb.baseUrl}/oauth2/1/user`, {
        headers: { authorization: `Bearer ${t.access_token}` },
        signal: AbortSignal.timeout(400),
      });
      await expect(res).rejects.toThrow();
    });

    it("reset: drops the connection", async () => {
      const t = await tokensFor(sb, "typical");
      await control(sb, "POST", "/faults", { path: "/public/oauth2/2/files/issued", kind: "reset" });
      await expect(get(sb, "/oauth2/2/files/issued", t.access_token)).rejects.toThrow();
      expect((await get(sb, "/oauth2/2/files/issued", t.access_token)).status).toBe(200);
    });

    it("malformed: sends broken JSON", async () => {
      const t = await tokensFor(sb, "typical");
      await control(sb, "POST", "/faults", { path: "/public/oauth2/2/files/issued", kind: "malformed" });
      const res = await get(sb, "/oauth2/2/files/issued", t.access_token);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/json/);
      await expect(res.json()).rejects.toThrow();
    });

    it("truncate: cuts the body in half", async () => {
      const t = await tokensFor(sb, "typical");
      const full = Buffer.from(
        await (await get(sb, "/oauth2/1/file/in.gov.pan-PANCR-ABCPV1234F", t.access_token)).arrayBuffer(),
      );
      await control(sb, "POST", "/faults", { path: "/public/oauth2/1/file/*", kind: "truncate" });
      const res = await get(sb, "/oauth2/1/file/in.gov.pan-PANCR-ABCPV1234F", t.access_token);
      const half = Buffer.from(await res.arrayBuffer());
      expect(half.length).toBe(Math.floor(full.length / 2));
      expect(full.subarray(0, half.length).equals(half)).toBe(true);
      expect(res.headers.get("hmac")).not.toBe(hmacOf(sb.clientSecret, half));
      await control(sb, "POST", "/faults", { path: "/public/oauth2/2/files/issued", kind: "truncate" });
      await expect((await get(sb, "/oauth2/2/files/issued", t.access_token)).json()).rejects.toThrow();
    });

    it("bad-hmac: sends a wrong hmac header over the right body", async () => {
      const t = await tokensFor(sb, "typical");
      await control(sb, "POST", "/faults", { path: "/public/oauth2/3/xml/eaadhaar", kind: "bad-hmac" });
      const res = await get(sb, "/oauth2/3/xml/eaadhaar", t.access_token);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.toString()).toContain("<KycRes");
      expect(res.headers.get("hmac")).toBeTruthy();
      expect(res.headers.get("hmac")).not.toBe(hmacOf(sb.clientSecret, body));
      const again = await get(sb, "/oauth2/3/xml/eaadhaar", t.access_token);
      expect(again.headers.get("hmac")).toBe(hmacOf(sb.clientSecret, Buffer.from(await again.arrayBuffer())));
    });

    it("content-type: answers another Content-Type over the same body and hmac", async () => {
      const t = await tokensFor(sb, "typical");
      await control(sb, "POST", "/faults", {
        path: "/public/oauth2/1/file/*",
        kind: "content-type",
        contentType: "text/html",
      });
      const res = await get(sb, "/oauth2/1/file/in.gov.pan-PANCR-ABCPV1234F", t.access_token);
      const body = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(body.subarray(0, 5).toString()).toBe("%PDF-");
      expect(res.headers.get("hmac")).toBe(hmacOf(sb.clientSecret, body));
      expect(
        await errorOf(await control(sb, "POST", "/faults", { path: "/public/x", kind: "content-type" })),
      ).toMatchObject({ status: 400, error: "invalid_request" });
    });

    it("validates fault bodies; DELETE clears every fault", async () => {
      expect(
        await errorOf(await control(sb, "POST", "/faults", { path: "/public/x", kind: "explode" })),
      ).toMatchObject({ status: 400, error: "invalid_request" });
      expect(
        await errorOf(await control(sb, "POST", "/faults", { path: "/public/x", kind: "status" })),
      ).toMatchObject({ status: 400 });
      expect(await errorOf(await control(sb, "POST", "/faults", { kind: "reset" }))).toMatchObject({
        status: 400,
      });
      await control(sb, "POST", "/faults", {
        path: "/public/oauth2/1/user",
        kind: "status",
        status: 500,
        times: 5,
      });
      expect((await (await control(sb, "GET", "/faults")).json()) as unknown[]).toHaveLength(1);
      expect((await control(sb, "DELETE", "/faults")).status).toBe(204);
      const t = await tokensFor(sb, "typical");
      expect((await get(sb, "/oauth2/1/user", t.access_token)).status).toBe(200);
    });
  });

  it("GET /tokens lists persona, tokens and state; expire-tokens expires access tokens only", async () => {
    const t = await tokensFor(sb, "empty-locker");
    const list = () =>
      control(sb, "GET", "/tokens").then((r) => r.json() as Promise<Array<Record<string, string>>>);
    const mine = (await list()).find((x) => x.access_token === t.access_token)!;
    expect(mine).toEqual({
      persona: "empty-locker",
      access_token: t.access_token,
      refresh_token: t.refresh_token,
      state: "active",
    });
    expect((await control(sb, "POST", "/expire-tokens")).status).toBe(200);
    expect((await list()).find((x) => x.access_token === t.access_token)!.state).toBe("expired");
    expect(await errorOf(await get(sb, "/oauth2/1/user", t.access_token))).toMatchObject({
      status: 401,
      error: "invalid_token",
    });
    const next = (await (await refresh(sb, t.refresh_token)).json()) as { access_token: string };
    expect((await get(sb, "/oauth2/1/user", next.access_token)).status).toBe(200);
    expect((await list()).find((x) => x.access_token === next.access_token)!.state).toBe("active");
  });

  it("POST /revoke-consent: every token of the persona dies (401 invalid_token, refresh invalid_grant)", async () => {
    const a = await tokensFor(sb, "sparse-profile");
    const b = await tokensFor(sb, "sparse-profile");
    const other = await tokensFor(sb, "typical");
    const res = await control(sb, "POST", "/revoke-consent", { persona: "sparse-profile" });
    expect(res.status).toBe(200);
    for (const t of [a, b]) {
      expect(await errorOf(await get(sb, "/oauth2/2/files/issued", t.access_token))).toMatchObject({
        status: 401,
        error: "invalid_token",
        error_description: "The access token is invalid",
      });
      expect(await errorOf(await refresh(sb, t.refresh_token))).toMatchObject({
        status: 400,
        error: "invalid_grant",
      });
    }
    expect((await get(sb, "/oauth2/1/user", other.access_token)).status).toBe(200);
    const states = (
      (await (await control(sb, "GET", "/tokens")).json()) as Array<Record<string, string>>
    ).filter((x) => x.persona === "sparse-profile");
    expect(states.every((x) => x.state === "revoked")).toBe(true);
    expect(await errorOf(await control(sb, "POST", "/revoke-consent", { persona: "nobody" }))).toMatchObject({
      status: 400,
    });
  });

  it("logs nothing while serving (no tokens, codes, URIs or personal data)", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation(() => undefined),
    );
    try {
      const t = await tokensFor(sb, "typical");
      await get(sb, "/oauth2/3/xml/eaadhaar", t.access_token);
      await get(sb, "/oauth2/1/file/nope", t.access_token);
      await refresh(sb, t.refresh_token);
      await form(`${sb.baseUrl}/oauth2/1/token`, { grant_type: "authorization_code", code: "x" });
      await fetch(`${sb.baseUrl}/oauth2/1/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{",
      });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it("serves trust/ca.pem (= root.pem), intermediate.pem, signer.pem and jwks.json", async () => {
    for (const path of ["/trust/ca.pem", "/trust/root.pem", "/trust/intermediate.pem", "/trust/signer.pem"]) {
      const res = await control(sb, "GET", path);
      expect(res.status).toBe(200);
      const pem = await res.text();
      expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
      expect(pem).not.toContain("PRIVATE");
    }
    const jwks = (await (await control(sb, "GET", "/jwks.json")).json()) as {
      keys: Array<Record<string, string>>;
    };
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", e: "AQAB" });
  });
});

describe("SANDBOX_CONTROLS=off", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await start({ controls: false });
  });
  afterAll(() => sb.stop());

  it("refuses every control and the authorize shortcut", async () => {
    for (const [method, path] of [
      ["GET", "/personas"],
      ["GET", "/requests"],
      ["DELETE", "/requests"],
      ["POST", "/faults"],
      ["DELETE", "/faults"],
      ["GET", "/tokens"],
      ["POST", "/expire-tokens"],
      ["POST", "/revoke-consent"],
      ["GET", "/trust/ca.pem"],
      ["GET", "/trust/signer.pem"],
      ["POST", "/rotate-signer"],
      ["GET", "/jwks.json"],
    ]) {
      expect((await control(sb, method, path, method === "POST" ? {} : undefined)).status).toBe(404);
    }
    const q = new URLSearchParams({
      response_type: "code",
      client_id: sb.clientId,
      redirect_uri: REDIRECT,
      state: "s",
      code_challenge: "a".repeat(43),
      code_challenge_method: "S256",
      sandbox_persona: "typical",
      sandbox_decision: "allow",
    });
    const res = await fetch(`${sb.baseUrl}/oauth2/1/authorize?${q}`, { redirect: "manual" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Sign in to your account");
  });
});
