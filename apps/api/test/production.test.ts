import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseAadhaar } from "@lockerkit/core";
import { createSandbox, type RunningSandbox } from "@lockerkit/sandbox";
import { SignedXml } from "xml-crypto";
import { ConfigError, isSandboxUpstream, loadConfig } from "../src/config";
import { createServer, type RunningServer } from "../src/server";
import { ReceiptKeys } from "../src/modules/receipts/receipt-keys";
import { createTrustStore } from "../src/trust";
import { authorize, createTestDatabase, followCallback, type TestDatabase } from "@lockerkit/testkit";

const KEYS = `prod1:${Buffer.alloc(32, 1).toString("base64")}`;
const RECEIPT_KEYS = ReceiptKeys.generateEntry("prod-r1");

function productionEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "production",
    DATABASE_URL: "postgres://db.internal:5432/lockerkit",
    DIGILOCKER_BASE_URL: "https://digilocker.meripehchaan.gov.in/public",
    DIGILOCKER_CLIENT_ID: "client",
    DIGILOCKER_CLIENT_SECRET: "secret",
    DIGILOCKER_REDIRECT_URI: "https://kyc.example.in/digilocker/callback",
    LOCKERKIT_ENCRYPTION_KEYS: KEYS,
    LOCKERKIT_RECEIPT_KEYS: RECEIPT_KEYS,
    ...overrides,
  };
}

describe("production configuration", () => {
  it("accepts a complete production environment", () => {
    expect(loadConfig(productionEnv()).env).toBe("production");
  });

  it.each([
    ["no encryption keys", { LOCKERKIT_ENCRYPTION_KEYS: undefined }],
    ["no KYC receipt signing keys", { LOCKERKIT_RECEIPT_KEYS: undefined }],
    ["the embedded database", { DATABASE_URL: undefined }],
    ["the embedded sandbox (and its demo tenant)", { DIGILOCKER_BASE_URL: undefined }],
    ["no DigiLocker client credentials", { DIGILOCKER_CLIENT_SECRET: undefined }],
    ["a demo tenant key", { DEMO_TENANT_KEY: "lk_pk_demo-key-from-env-000000" }],
  ])("refuses to start with %s", (_name, overrides) => {
    expect(() => loadConfig(productionEnv(overrides))).toThrow(ConfigError);
  });
});

const REAL_DIGILOCKER = "https://digilocker.meripehchaan.gov.in/public";
const SANDBOX_TRUST = join(dirname(require.resolve("@lockerkit/sandbox/package.json")), "trust");

/** An offline e-KYC signed with the sandbox's committed (so public) test key: anyone can make one. */
function forgedOfflineXml(): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><OfflinePaperlessKyc referenceId="0019"><UidData>' +
    '<Poi dob="14-08-1992" e="" gender="F" m="" name="Asha Verma"/>' +
    '<Poa careof="D/O Ramesh Verma" country="India" dist="Jaipur" house="14" pc="302021" state="Rajasthan" vtc="Jaipur"/>' +
    "<Pht>/9j/4AAQSkZJRgABAQ==</Pht></UidData></OfflinePaperlessKyc>";
  const signer = new SignedXml({
    privateKey: readFileSync(join(SANDBOX_TRUST, "uidai-signer.test-only.key"), "utf8"),
    publicCert: readFileSync(join(SANDBOX_TRUST, "uidai-signer.pem"), "utf8"),
    canonicalizationAlgorithm: "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
    signatureAlgorithm: "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
  });
  signer.addReference({
    xpath: "/*",
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature"],
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
    isEmptyUri: true,
  });
  signer.computeSignature(xml, { location: { reference: "/*", action: "append" } });
  return Buffer.from(signer.getSignedXml(), "utf8");
}

describe("a real DigiLocker upstream (DIGILOCKER_BASE_URL without DIGILOCKER_SANDBOX=1)", () => {
  // What a deployment that forgot NODE_ENV looks like: real DigiLocker, everything else left to defaults.
  const forgotten = {
    DIGILOCKER_BASE_URL: REAL_DIGILOCKER,
    DIGILOCKER_CLIENT_ID: "client",
    DIGILOCKER_CLIENT_SECRET: "secret",
  };

  it("refuses to start with development defaults, whatever NODE_ENV says, and lists what to set", () => {
    for (const NODE_ENV of [undefined, "development", "test"]) {
      expect(() => loadConfig({ ...forgotten, NODE_ENV })).toThrow(ConfigError);
    }
    let message = "";
    try {
      loadConfig(forgotten);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`DIGILOCKER_BASE_URL (${REAL_DIGILOCKER}) is not declared a LockerKit sandbox`);
    for (const needed of [
      "NODE_ENV=production",
      "LOCKERKIT_ENCRYPTION_KEYS",
      "DATABASE_URL",
      "DIGILOCKER_REDIRECT_URI",
      "DIGILOCKER_SANDBOX=1",
    ]) {
      expect(message).toContain(needed);
    }
    expect(() =>
      loadConfig({
        ...forgotten,
        DEMO_TENANT_KEY: "lk_pk_demo-key-from-env-000000",
        NODE_ENV: "development",
      }),
    ).toThrow(/DEMO_TENANT_KEY/);
    // Complete production settings are the only way to use the real DigiLocker.
    expect(loadConfig(productionEnv({ DIGILOCKER_BASE_URL: REAL_DIGILOCKER })).env).toBe("production");
  });

  it("createServer refuses it too, before binding anything", async () => {
    await expect(
      createServer({
        env: "development",
        port: 0,
        pgliteDir: null,
        digilockerBaseUrl: REAL_DIGILOCKER,
        digilockerSandbox: false,
      }),
    ).rejects.toThrow(/not declared a LockerKit sandbox/);
  });

  it("DIGILOCKER_SANDBOX=1 declares a separately started sandbox, which may run with development settings", () => {
    const config = loadConfig({
      DIGILOCKER_BASE_URL: "http://localhost:4100/public",
      DIGILOCKER_SANDBOX: "1",
      DIGILOCKER_CLIENT_ID: "c",
      DIGILOCKER_CLIENT_SECRET: "s",
    });
    expect(isSandboxUpstream(config)).toBe(true);
    expect(isSandboxUpstream(loadConfig({}))).toBe(true);
    expect(() => loadConfig({ DIGILOCKER_SANDBOX: "yes" })).toThrow(/DIGILOCKER_SANDBOX/);
  });

  it("a document signed by the sandbox signer is verified:false unless the upstream is a sandbox", async () => {
    const forged = forgedOfflineXml();
    const real = await parseAadhaar(forged, {
      trustStore: createTrustStore({ env: "development", trustDirs: [], sandboxUpstream: false }),
    });
    expect(real.signature.verified).toBe(false);
    const sandbox = await parseAadhaar(forged, {
      trustStore: createTrustStore({ env: "development", trustDirs: [], sandboxUpstream: true }),
    });
    expect(sandbox.signature.verified).toBe(true);
    // Production never trusts the sandbox, declared or not.
    const production = await parseAadhaar(forged, {
      trustStore: createTrustStore({ env: "production", trustDirs: [], sandboxUpstream: true }),
    });
    expect(production.signature.verified).toBe(false);
  });
});

// A production server needs a real Postgres: it refuses the embedded one by design.
const withPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL)
  console.info("production.test: the hardened-server probes need DATABASE_URL; skipped on PGlite");

withPostgres(
  "a production server: claims need the verifier, the sandbox signer is never trusted, graphql-cop probes are refused",
  () => {
    let db: TestDatabase;
    let sandbox: RunningSandbox;
    let server: RunningServer;
    let key: string;
    let secretKey: string;

    beforeAll(async () => {
      db = await createTestDatabase();
      sandbox = await createSandbox({
        port: 0,
        redirectUris: ["https://kyc.example.in/digilocker/callback"],
      });
      server = await createServer({
        ...loadConfig(
          productionEnv({
            DATABASE_URL: db.databaseUrl,
            DIGILOCKER_BASE_URL: sandbox.baseUrl,
            DIGILOCKER_CLIENT_ID: sandbox.clientId,
            DIGILOCKER_CLIENT_SECRET: sandbox.clientSecret,
          }),
        ),
        port: 0,
      });
      ({ publishableKey: key, secretKey } = (
        await server.admin.tenants.create({
          name: "Prod",
          returnUrls: ["https://app.example.in/done"],
          origins: [],
        })
      ).keys);
    });
    afterAll(async () => {
      await server?.stop();
      await sandbox?.stop();
      await db?.drop();
    });

    const post = (body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { ...headers, authorization: `Bearer ${key}` },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
    const refused = async (res: Response) => {
      const text = await res.text();
      expect(text).not.toMatch(/Did you mean|stacktrace|at .*\.js:\d+/);
      return { status: res.status, text };
    };

    const gqlAs = async (query: string, variables: Record<string, unknown>, bearer?: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as {
        data: {
          startConsent?: { authorizationUrl: string; claimVerifier: string };
          claimSession?: { sessionToken: string };
          verifyOfflineAadhaar?: { signature: { verified: boolean } };
        } | null;
        errors?: Array<{ extensions: { code: string; field?: string } }>;
      };
    };

    it("a claim code needs the claim verifier: the return URL alone yields no token", async () => {
      const started = (
        await gqlAs(
          `mutation ($input: StartConsentInput!) { startConsent(input: $input) { authorizationUrl claimVerifier } }`,
          { input: { returnUrl: "https://app.example.in/done" } },
          key,
        )
      ).data!.startConsent!;
      // DigiLocker returns to the production redirect URI; this server answers it.
      const { location } = await followCallback(
        await authorize(started.authorizationUrl, { callbackTo: server.url }),
      );
      const code = location!.searchParams.get("code")!;
      const CLAIM = `mutation ($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken } }`;
      const bare = await gqlAs(CLAIM, { code });
      expect(bare.data).toBeNull();
      expect(bare.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "claimVerifier" });
      const claimed = await gqlAs(CLAIM, { code, claimVerifier: started.claimVerifier });
      expect(claimed.data?.claimSession?.sessionToken).toMatch(/^lk_st_/);
    });

    it("never trusts the sandbox signer", async () => {
      const verdict = await gqlAs(
        `mutation ($input: VerifyOfflineAadhaarInput!) { verifyOfflineAadhaar(input: $input) { signature { verified } } }`,
        { input: { xml: forgedOfflineXml().toString("utf8") } },
        secretKey,
      );
      expect(verdict.data?.verifyOfflineAadhaar?.signature.verified).toBe(false);
    });

    it("refuses introspection and gives no field suggestions or stack traces", async () => {
      const intro = await refused(await post({ query: "{ __schema { types { name } } }" }));
      expect(intro.status).toBe(400);
      expect(intro.text).toContain("GRAPHQL_VALIDATION_FAILED");
      const typo = await refused(await post({ query: "{ documnts { totalCount } }" }));
      expect(typo.status).toBe(400);
      // Apollo's own code passes through; with suggestions off the message names no other field.
      expect(typo.text).toContain("GRAPHQL_VALIDATION_FAILED");
      expect(typo.text).not.toContain("Did you mean");
      // The self-hosted explorer is development-only.
      expect(await (await fetch(`${server.url}/explorer`)).text()).not.toContain("/explorer/assets/");
      expect(
        (await fetch(`${server.url}/explorer/assets/x.js`)).headers.get("content-security-policy") ?? "",
      ).not.toContain("style-src 'self' 'unsafe-inline'");
    });

    it("refuses 101 aliases, 500 duplicated fields, 10 directives, deep nesting, batching, GET mutations and text/plain", async () => {
      const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(" ");
      expect((await refused(await post({ query: `{ ${aliases} }` }))).status).toBe(400);
      const duplicated = Array.from({ length: 500 }, () => "__typename").join(" ");
      expect((await refused(await post({ query: `{ ${duplicated} }` }))).status).toBe(400);
      const directives = Array.from({ length: 10 }, () => "@include(if: true)").join(" ");
      expect((await refused(await post({ query: `{ __typename ${directives} }` }))).status).toBe(400);
      const deep = `{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }`;
      expect((await refused(await post({ query: deep }))).status).toBe(400);
      const batch = await refused(await post([{ query: "{ __typename }" }, { query: "{ __typename }" }]));
      expect(batch.status).toBe(400);
      const getMutation = await fetch(
        `${server.url}/graphql?query=${encodeURIComponent('mutation { claimSession(code: "x") { sessionToken } }')}`,
        { headers: { "apollo-require-preflight": "1" } },
      );
      expect(getMutation.status).toBe(405);
      const textPlain = await refused(
        await post('{"query":"{ __typename }"}', { "content-type": "text/plain" }),
      );
      expect(textPlain.status).toBe(400);
    });
  },
);
