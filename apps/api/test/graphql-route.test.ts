import { APOLLO_STUDIO_ORIGIN } from "../src/http/cors";
import { startTestStack, type TestStack } from "./support/test-stack";

// GraphQL POSTs are answered outside Express (http/graphql.route.ts); GETs of /graphql still go
// through the Express chain. The same query must get the same answer either way.
const QUERY = "{ __typename }";
/** Headers that differ between any two answers. */
const PER_REQUEST = new Set(["date", "x-request-id"]);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

async function answer(method: "GET" | "POST", headers: Record<string, string> = {}, path = "/graphql") {
  const res =
    method === "GET"
      ? await fetch(`${stack.url}${path}?query=${encodeURIComponent(QUERY)}`, {
          headers: { "apollo-require-preflight": "true", ...headers },
        })
      : await fetch(`${stack.url}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ query: QUERY }),
        });
  const list = [...res.headers].filter(([name]) => !PER_REQUEST.has(name));
  return {
    status: res.status,
    headers: list,
    body: await res.text(),
    requestId: res.headers.get("x-request-id"),
  };
}

describe("GraphQL POSTs outside Express", () => {
  it("answer with the status, headers and bytes the Express chain gives the same query", async () => {
    const viaExpress = await answer("GET");
    const direct = await answer("POST");
    expect(viaExpress.status).toBe(200);
    expect(direct.body).toBe('{"data":{"__typename":"Query"}}\n');
    expect(direct).toEqual({ ...viaExpress, requestId: direct.requestId });
    expect(direct.headers.map(([name]) => name)).toEqual(
      expect.arrayContaining(["referrer-policy", "etag", "cache-control", "content-length"]),
    );
  });

  it("apply CORS like the Express chain for a browser origin", async () => {
    const origin = { origin: APOLLO_STUDIO_ORIGIN };
    const viaExpress = await answer("GET", origin);
    const direct = await answer("POST", origin);
    expect(direct.headers).toContainEqual(["access-control-allow-origin", APOLLO_STUDIO_ORIGIN]);
    expect(direct.headers).toEqual(viaExpress.headers);
  });

  it("serve the paths Express's mount served, and echo a caller's request id", async () => {
    for (const path of ["/GraphQL", "/graphql/", "/graphql?x=1"]) {
      expect((await answer("POST", {}, path)).body).toBe('{"data":{"__typename":"Query"}}\n');
    }
    expect((await answer("POST", { "x-request-id": "trace-123" })).requestId).toBe("trace-123");
  });

  it("refuse an unreadable body with the catalogue error", async () => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await res.json()).toEqual({
      errors: [
        {
          message: "the request could not be read",
          extensions: { code: "BAD_REQUEST", reason: "malformed-body" },
        },
      ],
    });
  });
});
