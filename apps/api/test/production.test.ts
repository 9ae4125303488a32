import { createSandbox, type RunningSandbox } from "@lockerkit/sandbox";
import { ConfigError, loadConfig } from "../src/config";
import { createServer, type RunningServer } from "../src/server";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

const KEYS = `prod1:${Buffer.alloc(32, 1).toString("base64")}`;

function productionEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "production",
    DATABASE_URL: "postgres://db.internal:5432/lockerkit",
    DIGILOCKER_BASE_URL: "https://digilocker.meripehchaan.gov.in/public",
    DIGILOCKER_CLIENT_ID: "client",
    DIGILOCKER_CLIENT_SECRET: "secret",
    DIGILOCKER_REDIRECT_URI: "https://kyc.example.in/digilocker/callback",
    LOCKERKIT_ENCRYPTION_KEYS: KEYS,
    ...overrides,
  };
}

describe("production configuration", () => {
  it("accepts a complete production environment", () => {
    expect(loadConfig(productionEnv()).env).toBe("production");
  });

  it.each([
    ["no encryption keys", { LOCKERKIT_ENCRYPTION_KEYS: undefined }],
    ["the embedded database", { DATABASE_URL: undefined }],
    ["the embedded sandbox (and its demo tenant)", { DIGILOCKER_BASE_URL: undefined }],
    ["no DigiLocker client credentials", { DIGILOCKER_CLIENT_SECRET: undefined }],
    ["a demo tenant key", { DEMO_TENANT_KEY: "lk_pk_demo-key-from-env-000000" }],
  ])("refuses to start with %s", (_name, overrides) => {
    expect(() => loadConfig(productionEnv(overrides))).toThrow(ConfigError);
  });
});

// A production server needs a real Postgres: it refuses the embedded one by design.
const withPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) console.info("production.test: the hardened-server probes need DATABASE_URL; skipped on PGlite");

withPostgres("a production server refuses the probes graphql-cop uses", () => {
  let db: TestDatabase;
  let sandbox: RunningSandbox;
  let server: RunningServer;
  let key: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    sandbox = await createSandbox({ port: 0, redirectUris: ["https://kyc.example.in/digilocker/callback"] });
    server = await createServer({
      ...loadConfig(productionEnv({ DATABASE_URL: db.databaseUrl, DIGILOCKER_BASE_URL: sandbox.baseUrl, DIGILOCKER_CLIENT_ID: sandbox.clientId, DIGILOCKER_CLIENT_SECRET: sandbox.clientSecret })),
      port: 0,
    });
    key = (await server.admin.tenants.create({ name: "Prod", returnUrls: ["https://app.example.in/done"], origins: [] })).keys.publishableKey;
  });
  afterAll(async () => {
    await server?.stop();
    await sandbox?.stop();
    await db?.drop();
  });

  const post = (body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
    fetch(`${server.url}/graphql`, { method: "POST", headers: { ...headers, authorization: `Bearer ${key}` }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const refused = async (res: Response) => {
    const text = await res.text();
    expect(text).not.toMatch(/Did you mean|stacktrace|at .*\.js:\d+/);
    return { status: res.status, text };
  };

  it("refuses introspection and gives no field suggestions or stack traces", async () => {
    const intro = await refused(await post({ query: "{ __schema { types { name } } }" }));
    expect(intro.status).toBe(400);
    expect(intro.text).toContain("BAD_USER_INPUT");
    const typo = await refused(await post({ query: "{ documnts { totalCount } }" }));
    expect(typo.status).toBe(400);
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
    const getMutation = await fetch(`${server.url}/graphql?query=${encodeURIComponent("mutation { claimSession(code: \"x\") { sessionToken } }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(getMutation.status).toBe(405);
    const textPlain = await refused(await post("{\"query\":\"{ __typename }\"}", { "content-type": "text/plain" }));
    expect(textPlain.status).toBe(400);
  });
});
