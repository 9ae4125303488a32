import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from "graphql";
import { serverAudits } from "graphql-http";
import { startTestStack, type TestStack } from "./support/test-stack";

describe("GraphQL over HTTP conformance and schema", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("passes graphql-http's server audits with no errors and a pinned set of warnings", async () => {
    const results = [];
    for (const audit of serverAudits({ url: `${stack.url}/graphql`, fetchFn: fetch })) {
      results.push(await audit.fn());
    }
    const errors = results.filter((r) => r.status === "error");
    expect(errors.map((r) => `${r.id} ${r.name}: ${"reason" in r ? r.reason : ""}`)).toEqual([]);
    const warnings = results
      .filter((r) => r.status === "warn")
      .map((r) => r.id)
      .sort();
    expect(warnings).toEqual(PINNED_WARNINGS);
  });

  it("the committed schema.graphql matches the running server's introspection", async () => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: getIntrospectionQuery({ specifiedByUrl: true, descriptions: true }) }),
    });
    const { data } = (await res.json()) as { data: IntrospectionQuery };
    const live = printSchema(lexicographicSortSchema(buildClientSchema(data)));
    const committed = readFileSync(join(__dirname, "..", "schema.graphql"), "utf8").trimEnd();
    expect(live).toBe(committed);
  });

  it("answers a browser preflight from an allowed origin and refuses CORS to others", async () => {
    const allowed = await fetch(`${stack.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const refused = await fetch(`${stack.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a GET mutation and a form-encoded POST (CSRF prevention)", async () => {
    const form = await fetch(`${stack.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "query=%7B__typename%7D",
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    const getMutation = await fetch(
      `${stack.url}/graphql?query=${encodeURIComponent('mutation { claimSession(code: "x") { sessionToken } }')}`,
      {
        headers: { "apollo-require-preflight": "true" },
      },
    );
    expect(getMutation.status).toBe(405);
  });
});

// SHOULD-level items of the GraphQL-over-HTTP draft that warn, reviewed and pinned: for
// `application/json` requests Apollo Server answers parse, validation and variable-coercion failures
// with 400 (the draft suggests 200); clients still get the GraphQL error body with its code.
const PINNED_WARNINGS: string[] = ["572B", "7B9B", "FDE2"];
