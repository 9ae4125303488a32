import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from "@lockerkit/sandbox";
import { print } from "graphql";
import { createServer, type RunningServer, type ServerOptions } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "./test-database";

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }>;
}

export interface SandboxRequest {
  method: string;
  path: string;
  operation: string;
  status: number;
}

export interface TestStack {
  server: RunningServer;
  /** The test's own Postgres database (unset on PGlite). */
  databaseUrl: string | undefined;
  url: string;
  sandboxUrl: string;
  publishableKey: string;
  secretKey: string;
  /** POSTs a typed GraphQL document (from codegen) over HTTP. */
  gql<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GraphQLResult<T>>;
  /** The sandbox's request log since the last `clearRequests()`. */
  requests(): Promise<SandboxRequest[]>;
  clearRequests(): Promise<void>;
  /** Adds a sandbox fault (docs/digilocker.md `POST /__sandbox/faults`). */
  fault(fault: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  /** Runs startConsent → sandbox authorize shortcut → callback → claimSession; returns the token. */
  consent(persona: string, extra?: Record<string, unknown>, publishableKey?: string): Promise<{ sessionId: string; sessionToken: string }>;
  /**
   * Another API instance on the same database and sandbox, as a second replica (Postgres only;
   * give both the same `encryptionKeys`). Stopped with the stack.
   */
  startReplica(options?: ServerOptions): Promise<RunningServer>;
  stop(): Promise<void>;
}

const START = `mutation Start($input: StartConsentInput!) { startConsent(input: $input) { session { id } authorizationUrl claimVerifier } }`;
const CLAIM = `mutation Claim($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken } }`;

/** The API with its embedded sandbox on free ports, over a database of its own. */
export async function startTestStack(options: ServerOptions = {}): Promise<TestStack> {
  const db: TestDatabase = await createTestDatabase();
  const server = await createServer({
    env: "test",
    port: 0,
    sandboxPort: 0,
    databaseUrl: db.databaseUrl,
    pgliteDir: null,
    digilockerBaseUrl: undefined,
    digilockerRedirectUri: undefined,
    demoTenantKey: undefined,
    demoTenantSecret: undefined,
    ...options,
  });
  const sandboxUrl = server.sandboxUrl!;
  const post = async (query: string, variables: unknown, token?: string) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GraphQLResult<never>;
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  };
  const replicas: RunningServer[] = [];
  const stack: TestStack = {
    server,
    databaseUrl: db.databaseUrl,
    url: server.url,
    sandboxUrl,
    publishableKey: server.demoTenant!.publishableKey,
    secretKey: server.demoTenant!.secretKey,
    gql: (document, variables, token) => post(print(document), variables, token),
    requests: async () => (await (await fetch(`${sandboxUrl}/__sandbox/requests`)).json()) as SandboxRequest[],
    clearRequests: async () => {
      await fetch(`${sandboxUrl}/__sandbox/requests`, { method: "DELETE" });
    },
    fault: async (fault) => {
      const res = await fetch(`${sandboxUrl}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fault) });
      if (!res.ok) throw new Error(`fault refused: ${res.status} ${await res.text()}`);
    },
    clearFaults: async () => {
      await fetch(`${sandboxUrl}/__sandbox/faults`, { method: "DELETE" });
    },
    async consent(persona, extra = {}, publishableKey = stack.publishableKey) {
      const started = expectData(await post(START, { input: { returnUrl: "http://localhost:5173/done", ...extra } }, publishableKey)) as unknown as {
        startConsent: { session: { id: string }; authorizationUrl: string; claimVerifier: string };
      };
      const authorize = new URL(started.startConsent.authorizationUrl);
      authorize.searchParams.set("sandbox_persona", persona);
      authorize.searchParams.set("sandbox_decision", "allow");
      const toCallback = await fetch(authorize, { redirect: "manual" });
      const toReturn = await fetch(toCallback.headers.get("location")!, { redirect: "manual" });
      const code = new URL(toReturn.headers.get("location")!).searchParams.get("code");
      const claimed = expectData(await post(CLAIM, { code, claimVerifier: started.startConsent.claimVerifier }, undefined)) as unknown as { claimSession: { sessionToken: string } };
      return { sessionId: started.startConsent.session.id, sessionToken: claimed.claimSession.sessionToken };
    },
    async startReplica(replicaOptions = {}) {
      const replica = await createServer({
        env: "test",
        port: 0,
        databaseUrl: db.databaseUrl,
        pgliteDir: null,
        digilockerBaseUrl: `${sandboxUrl}/public`,
        digilockerSandbox: true,
        digilockerClientId: DEFAULT_CLIENT_ID,
        digilockerClientSecret: DEFAULT_CLIENT_SECRET,
        digilockerRedirectUri: `${server.url}/digilocker/callback`,
        ...replicaOptions,
      });
      replicas.push(replica);
      return replica;
    },
    async stop() {
      for (const replica of replicas) await replica.stop();
      await server.stop();
      await db.drop();
    },
  };
  return stack;
}

/** Throws with the full GraphQL body, so a failing test shows what the server said. */
export function expectData<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors (HTTP ${result.status}): ${JSON.stringify(result, null, 2)}`);
  }
  return result.data;
}

/** The first error's code, with the whole body in the failure message when there is none. */
export function errorCode(result: GraphQLResult<unknown>): string {
  const code = result.errors?.[0]?.extensions?.code;
  if (!code) throw new Error(`expected an error, got: ${JSON.stringify(result, null, 2)}`);
  return code;
}
