import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { LockerKit, LockerKitError, type TypedDocument } from "../src";

// An app's own operation through the client's transport, against a real HTTP server that records what
// arrives and answers as the API would.
describe("LockerKit.request: an app's own typed documents, one transport and one error type", () => {
  let server: Server;
  let url = "";
  const seen: Array<{ body: { query: string; variables: unknown }; headers: Record<string, unknown> }> = [];
  let answer: unknown = { data: { tenant: { name: "Demo" } } };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = "";
      req.on("data", (chunk: Buffer) => (text += chunk.toString()));
      req.on("end", () => {
        seen.push({ body: JSON.parse(text), headers: req.headers });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const query = "query Tenant { tenant { name } }";
  const asString = new String(query) as unknown as TypedDocument<{ tenant: { name: string } }, object>;

  it("posts a string document with the key and the instance's headers, and returns its data", async () => {
    const lk = new LockerKit({ url, key: "lk_sk_test", headers: { "x-lockerkit-client": "console" } });
    const data = await lk.request(asString, {});
    expect(data.tenant.name).toBe("Demo");
    expect(seen.at(-1)).toMatchObject({
      body: { query, variables: {} },
      headers: { authorization: "Bearer lk_sk_test", "x-lockerkit-client": "console" },
    });
  });

  it("posts a TypedDocumentNode's source text; one without a source is a TypeError", async () => {
    const lk = new LockerKit({ url, key: "lk_pk_test" });
    const node = { kind: "Document", definitions: [], loc: { source: { body: query } } };
    await lk.request(node as unknown as TypedDocument<unknown, object>, {});
    expect(seen.at(-1)!.body.query).toBe(query);
    await expect(
      lk.request({ kind: "Document", definitions: [] } as unknown as TypedDocument<unknown, object>, {}),
    ).rejects.toThrow(TypeError);
  });

  it("maps a GraphQL error to a LockerKitError with its code and field", async () => {
    answer = {
      errors: [{ message: "bad url", extensions: { code: "BAD_USER_INPUT", field: "input.url" } }],
    };
    const error = await new LockerKit({ url, key: "lk_sk_test" }).request(asString, {}).catch((e) => e);
    expect(error).toBeInstanceOf(LockerKitError);
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "input.url", message: "bad url" });
  });
});
