import { createServer, type RunningServer } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "./test-database";

export interface TestStack {
  server: RunningServer;
  sandboxUrl: string;
  publishableKey: string;
  secretKey: string;
  /** POSTs a GraphQL operation; fails the test with the whole body when `errors` is unexpected. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The API with its embedded sandbox on free ports, over a database of its own. */
export async function startTestStack(): Promise<TestStack> {
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
  });
  return {
    server,
    sandboxUrl: server.sandboxUrl!,
    publishableKey: server.demoTenant!.publishableKey,
    secretKey: server.demoTenant!.secretKey,
    async gql(query, variables, token) {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphQLResult<never>;
      return { status: res.status, data: body.data ?? null, errors: body.errors };
    },
    async stop() {
      await server.stop();
      await db.drop();
    },
  };
}

/** Throws with the full GraphQL body, so a failing test shows what the server said. */
export function expectData<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors (HTTP ${result.status}): ${JSON.stringify(result, null, 2)}`);
  }
  return result.data;
}
