/**
 * The client's contract against both documented DigiLockers the sandbox speaks (docs/digilocker.md
 * "Corrections and dialects"): `meripehchaan` (the v2.x guide) and `apisetu` (the official OpenAPI
 * 1.0.0). Every client fix of that section is exercised in each dialect, over real HTTP.
 */
import { DIALECTS, type SandboxDialect } from "@lockerkit/sandbox";
import { parseEAadhaarXml } from "../../src/aadhaar/eaadhaar.parser";
import {
  AadhaarNotLinkedError,
  ClientConfigurationError,
  HostResilience,
  IntegrityError,
  PullDocumentStateError,
  RepositoryUnavailableError,
  type DigiLockerClientOptions,
  type DigiLockerRequestEvent,
  type IssuedFile,
  type TokenSet,
} from "../../src/digilocker";
import { TrustStore } from "../../src/xml/trust-store";
import { startUpstream, type Upstream } from "./upstream";

const PULL_STATUS: Record<SandboxDialect, number> = { apisetu: 500, meripehchaan: 400 };

describe.each(DIALECTS)("DigiLocker dialect %s", (dialect) => {
  let upstream: Upstream;

  beforeAll(async () => {
    upstream = await startUpstream({ dialect });
  });

  afterAll(async () => {
    await upstream?.stop();
  });

  afterEach(async () => {
    await upstream.clearFaults();
  });

  /** A client with a breaker of its own (so tests never share circuit state), recording every attempt. */
  function isolated(options: Partial<DigiLockerClientOptions> = {}) {
    const events: DigiLockerRequestEvent[] = [];
    const resilience = new HostResilience({
      circuitBreaker: { threshold: 2 },
      issuerCircuitBreaker: { threshold: 2, halfOpenAfterMs: 60_000 },
    });
    const client = upstream.client({
      resilience,
      onRequest: (e) => events.push(e),
      backoff: { baseMs: 5, capMs: 20 },
      ...options,
    });
    return { client, events };
  }

  async function login(persona = "typical"): Promise<TokenSet> {
    const { code, verifier } = await upstream.authorize(persona);
    return upstream.client().exchangeCode(code, verifier);
  }

  async function requestsTo(path: string): Promise<number> {
    return (await upstream.requests()).filter((r) => r.path === path).length;
  }

  test("the profile in every spelling: from the token answer, or from /1/user when the token answer has none", async () => {
    const tokens = await login("typical");
    const user = await upstream.client().getUser(tokens.accessToken);
    expect(user).toMatchObject({
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      gender: "F",
      eaadhaarAvailable: true,
    });
    expect(user.digilockerId).toMatch(/^[0-9a-f-]{36}$/);
    // The spec's token answer carries no profile; the guide's carries it (same values as /1/user).
    if (dialect === "apisetu") expect(tokens.profile).toBeNull();
    else
      expect(tokens.profile).toMatchObject({
        digilockerId: user.digilockerId,
        dateOfBirth: "1992-08-14",
        eaadhaarAvailable: true,
      });
    // A numeric dob loses its leading zero (01011970 → 1011970): still 1970-01-01.
    const sparse = await login("sparse-profile");
    expect((await upstream.client().getUser(sparse.accessToken)).dateOfBirth).toBe("1970-01-01");
  });

  describe("pull outcomes are classified by their code, whatever the status", () => {
    let tokens: TokenSet;
    beforeAll(async () => {
      tokens = await login("typical");
    });

    test(`pull_response_pending (HTTP ${PULL_STATUS[dialect]}) is a pull state: never retried, never opens the circuit`, async () => {
      const { client, events } = isolated();
      for (let i = 0; i < 3; i++) {
        const error = await client
          .pullDocument(tokens.accessToken, {
            orgId: "000048",
            doctype: "DRVLC",
            parameters: { dlno: "SB-0120230000009" },
          })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PullDocumentStateError);
        expect(error).toMatchObject({
          code: "pull_response_pending",
          status: PULL_STATUS[dialect],
          retryable: true,
        });
      }
      expect(events.map((e) => [e.status, e.willRetry])).toEqual([
        [PULL_STATUS[dialect], false],
        [PULL_STATUS[dialect], false],
        [PULL_STATUS[dialect], false],
      ]);
      expect(client.circuitState).toBe("closed");
    });

    test(`uri_exists (HTTP ${PULL_STATUS[dialect]}) after a successful pull; aadhaar_not_linked likewise`, async () => {
      const { client } = isolated();
      const request = { orgId: "000048", doctype: "DRVLC", parameters: { dlno: "SB-0120230000001" } };
      expect(await client.pullDocument(tokens.accessToken, request)).toMatch(/^in\.gov\.transport-DRVLC-/);
      for (let i = 0; i < 3; i++) {
        await expect(client.pullDocument(tokens.accessToken, request)).rejects.toMatchObject({
          code: "uri_exists",
          status: PULL_STATUS[dialect],
          name: "PullDocumentStateError",
        });
      }
      const noAadhaar = await login("no-aadhaar");
      const error = await client.pullDocument(noAadhaar.accessToken, request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AadhaarNotLinkedError);
      expect(error).toMatchObject({ status: PULL_STATUS[dialect] });
      expect(client.circuitState).toBe("closed");
    });
  });

  test("a pull catalogue call with wrong partner credentials is a configuration error, never retried", async () => {
    const { client, events } = isolated({ clientSecret: "not-the-secret" });
    const error = await client.listPullIssuers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect(error).toMatchObject(
      dialect === "apisetu"
        ? { code: "invalid_client_id", status: 401 }
        : { code: "invalid_client", status: 400 },
    );
    expect(events).toHaveLength(1);
    expect(client.circuitState).toBe("closed");
  });

  test("issuers: `categories` (the spec) and `category` (the guide) both read", async () => {
    const issuers = await upstream.client().listPullIssuers();
    expect(issuers.length).toBeGreaterThan(0);
    expect(issuers.find((i) => i.orgId === "001891")).toMatchObject({
      issuerId: "in.gov.cbse",
      category: "Education",
    });
  });

  test('revoking a dead token is done: 200 (guide) or 400 "The token is invalid" (spec)', async () => {
    const tokens = await login("typical");
    const { client, events } = isolated();
    await client.revoke(tokens.refreshToken!, "refresh_token");
    await expect(client.revoke(tokens.refreshToken!, "refresh_token")).resolves.toBeUndefined();
    await expect(client.revoke("f".repeat(40))).resolves.toBeUndefined();
    expect(events.map((e) => e.status)).toEqual(dialect === "apisetu" ? [200, 400, 400] : [200, 200, 200]);
    // A wrong client is still an error (the revoke must be retried with the right one).
    await expect(isolated({ clientSecret: "nope" }).client.revoke(tokens.accessToken)).rejects.toBeInstanceOf(
      ClientConfigurationError,
    );
  });

  test("an empty locker: missing or empty `items` is an empty list (issued and uploaded)", async () => {
    const tokens = await login("empty-locker");
    expect(await upstream.client().listIssued(tokens.accessToken)).toEqual([]);
    expect(await upstream.client().listIssued(tokens.accessToken, { legacy: true })).toEqual([]);
    expect((await upstream.client().listUploaded(tokens.accessToken)).items).toEqual([]);
  });

  test("e-Aadhaar: /3/ or, on a 404 that is not aadhaar_not_linked, /2/; either XML shape parses and verifies", async () => {
    const tokens = await login("typical");
    const client = upstream.client();
    await upstream.clearRequests();
    const first = await client.getEAadhaar(tokens.accessToken);
    const second = await client.getEAadhaar(tokens.accessToken);
    expect(second.sha256).toBe(first.sha256);
    const v2 = "/public/oauth2/2/xml/eaadhaar";
    const v3 = "/public/oauth2/3/xml/eaadhaar";
    // The fallback is remembered: /3/ is asked once only.
    expect([await requestsTo(v3), await requestsTo(v2)]).toEqual(dialect === "apisetu" ? [1, 2] : [2, 0]);
    expect(first.contentType).toBe("application/xml");
    expect(first.receivedContentType).toBe(dialect === "apisetu" ? "text/plain" : "application/xml");
    const head = first.bytes.toString("utf8").slice(0, 200);
    expect(head).toMatch(
      dialect === "apisetu" ? /^<\?xml[^>]*\?>\s*<KycRes / : /<Certificate><CertificateData>/,
    );
    const store = TrustStore.create({
      includeShipped: false,
      pems: [{ pem: upstream.signerPem, label: "sandbox", source: "sandbox-signer" }],
    });
    const kyc = await parseEAadhaarXml(first.bytes, { trustStore: store });
    expect(kyc).toMatchObject({
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      signature: expect.objectContaining({ verified: true }),
    });
  });

  test("e-Aadhaar: aadhaar_not_linked is final (no fallback after it)", async () => {
    const tokens = await login("no-aadhaar");
    await upstream.clearRequests();
    await expect(upstream.client().getEAadhaar(tokens.accessToken)).rejects.toBeInstanceOf(
      AadhaarNotLinkedError,
    );
    // The guide's /3/ says aadhaar_not_linked at once; the spec's host has only /2/ (one plain 404 first).
    expect(await requestsTo("/public/oauth2/3/xml/eaadhaar")).toBe(1);
    expect(await requestsTo("/public/oauth2/2/xml/eaadhaar")).toBe(dialect === "apisetu" ? 1 : 0);
  });

  describe("downloads", () => {
    let tokens: TokenSet;
    let files: IssuedFile[];
    beforeAll(async () => {
      tokens = await login("typical");
      files = await upstream.client().listIssued(tokens.accessToken);
    });

    test("DIGILOCKER_HMAC: require refuses a missing header (naming the setting); verify-if-present accepts it but never a wrong one", async () => {
      const uri = files[0]!.uri;
      const path = `/public/oauth2/1/file/${encodeURIComponent(uri)}`;
      await upstream.fault({ path, kind: "no-hmac", times: 2 });
      const error = await upstream
        .client()
        .getFile(tokens.accessToken, uri)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IntegrityError);
      expect(error).toMatchObject({
        code: "hmac_missing",
        message: expect.stringContaining("DIGILOCKER_HMAC"),
      });
      const lenient = upstream.client({ hmac: "verify-if-present" });
      expect((await lenient.getFile(tokens.accessToken, uri)).bytes.length).toBeGreaterThan(0);
      await upstream.fault({ path, kind: "bad-hmac" });
      await expect(lenient.getFile(tokens.accessToken, uri)).rejects.toMatchObject({ code: "hmac_mismatch" });
    });

    test("repository_service_inactive (503) is not retried", async () => {
      const { client, events } = isolated();
      const uri = files[0]!.uri;
      await upstream.fault({
        path: `/public/oauth2/1/file/${encodeURIComponent(uri)}`,
        kind: "status",
        status: 503,
        times: 5,
      });
      await expect(client.getFile(tokens.accessToken, uri)).rejects.toMatchObject({
        code: "repository_service_inactive",
        retryable: false,
      });
      expect(events).toEqual([expect.objectContaining({ status: 503, willRetry: false })]);
    });

    test("a failing issuer repository trips its own breaker: its reads fail fast, other issuers' reads go on", async () => {
      const { client, events } = isolated();
      const dead = files.find((f) => f.issuerId === "in.gov.cbse")!;
      const alive = files.find((f) => f.issuerId && f.issuerId !== dead.issuerId)!;
      expect(dead && alive).toBeTruthy();
      await upstream.fault({
        path: `/public/oauth2/1/file/${dead.issuerId}-*`,
        kind: "status",
        status: 530,
        times: 100,
      });
      for (let i = 0; i < 2; i++) {
        await expect(client.getFile(tokens.accessToken, dead.uri)).rejects.toMatchObject({
          code: "repository_service_unresponsive",
        });
      }
      expect(client.issuerCircuitState(dead.issuerId!)).toBe("open");
      await upstream.clearRequests();
      const started = Date.now();
      const error = await client.getFile(tokens.accessToken, dead.uri).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RepositoryUnavailableError);
      expect(error).toMatchObject({ code: "issuer_circuit_open" });
      expect(Date.now() - started).toBeLessThan(100);
      expect(await upstream.requests()).toHaveLength(0);
      expect(events.at(-1)).toMatchObject({ attempt: 0, outcome: "issuer_circuit_open" });
      // Another issuer, and DigiLocker itself, are unaffected.
      expect((await client.getFile(tokens.accessToken, alive.uri)).bytes.length).toBeGreaterThan(0);
      expect(client.circuitState).toBe("closed");
      expect(client.issuerCircuitState(alive.issuerId!)).toBe("closed");
    });
  });
});
