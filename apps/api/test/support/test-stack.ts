import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from "@lockerkit/sandbox";
import {
  authorize,
  createTestDatabase,
  followCallback,
  gql,
  runConsentJourney,
  sandboxControls,
  startConsent,
  type GraphQLError,
  type SandboxControls,
  type SandboxRequest,
} from "@lockerkit/testkit";
import { print } from "graphql";
import { createServer, type RunningServer, type ServerOptions } from "../../src/server";
import { pgliteSeed } from "./pglite-seed";

export { errorCode, expectData } from "@lockerkit/testkit";
export type { SandboxRequest } from "@lockerkit/testkit";

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors?: GraphQLError[];
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
  /** The embedded sandbox's `/__sandbox` controls (personas, tokens, expiry, revocation, …). */
  sandbox: SandboxControls;
  /** The sandbox's request log since the last `clearRequests()`. */
  requests(): Promise<SandboxRequest[]>;
  clearRequests(): Promise<void>;
  /** Adds a sandbox fault (docs/digilocker.md `POST /__sandbox/faults`). */
  fault(fault: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  /** Runs startConsent → sandbox authorize shortcut → callback; returns the return URL's claim code, unclaimed. */
  consentCode(
    persona: string,
    extra?: Record<string, unknown>,
    publishableKey?: string,
  ): Promise<{ sessionId: string; code: string; claimVerifier: string }>;
  /** Runs startConsent → sandbox authorize shortcut → callback → claimSession; returns the token. */
  consent(
    persona: string,
    extra?: Record<string, unknown>,
    publishableKey?: string,
  ): Promise<{ sessionId: string; sessionToken: string }>;
  /**
   * Another API instance on the same database and sandbox, as a second replica (Postgres only;
   * give both the same `encryptionKeys`). Stopped with the stack.
   */
  startReplica(options?: ServerOptions): Promise<RunningServer>;
  stop(): Promise<void>;
}

/** The API with its embedded sandbox on free ports, over a database of its own. */
export async function startTestStack(options: ServerOptions = {}): Promise<TestStack> {
  const db = await createTestDatabase();
  const server = await createServer({
    env: "test",
    port: 0,
    sandboxPort: 0,
    databaseUrl: db.databaseUrl,
    pgliteDir: null,
    pgliteSeed: pgliteSeed(),
    digilockerBaseUrl: undefined,
    digilockerRedirectUri: undefined,
    demoTenantKey: undefined,
    demoTenantSecret: undefined,
    ...options,
  });
  const sandboxUrl = server.sandboxUrl!;
  const sandbox = sandboxControls(sandboxUrl);
  const replicas: RunningServer[] = [];
  const stack: TestStack = {
    server,
    databaseUrl: db.databaseUrl,
    url: server.url,
    sandboxUrl,
    publishableKey: server.demoTenant!.publishableKey,
    secretKey: server.demoTenant!.secretKey,
    sandbox,
    async gql(document, variables, token) {
      const { status, data, errors } = await gql<never>(server.url, print(document), variables, token);
      return { status, data, errors };
    },
    requests: () => sandbox.requests(),
    clearRequests: () => sandbox.clearRequests(),
    fault: (fault) => sandbox.fault(fault),
    clearFaults: () => sandbox.clearFaults(),
    async consentCode(persona, input = {}, publishableKey = stack.publishableKey) {
      const started = await startConsent(server.url, publishableKey, input);
      const { location } = await followCallback(await authorize(started.authorizationUrl, { persona }));
      const code = location?.searchParams.get("code");
      if (!code) throw new Error(`consent landed without a code: ${location?.toString() ?? "(no redirect)"}`);
      return { sessionId: started.sessionId, code, claimVerifier: started.claimVerifier };
    },
    consent: (persona, input = {}, publishableKey = stack.publishableKey) =>
      runConsentJourney({ apiUrl: server.url, publishableKey, persona, input }),
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
