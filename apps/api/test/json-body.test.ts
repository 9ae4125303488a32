import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import express from "express";
import type { NodeMiddleware } from "../src/http/cors";
import { jsonBody } from "../src/http/json-body";
import { weakEtag } from "../src/http/send-body";

// json-body.ts reads the common request itself and must give body-parser's results: every request
// below is sent to it and to `express.json` with the same limit, and both outcomes must be equal.
const LIMIT = 64;

function serve(middleware: NodeMiddleware): Promise<{ url: string; server: Server }> {
  const server = createServer((req: IncomingMessage & { body?: unknown }, res) =>
    middleware(req, res, (error?: unknown) => {
      const { status, type } = (error ?? {}) as { status?: number; type?: string };
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(error ? { status, type } : { body: req.body ?? null }));
    }),
  );
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

let ours: { url: string; server: Server };
let bodyParser: { url: string; server: Server };
beforeAll(async () => {
  ours = await serve(jsonBody(LIMIT));
  bodyParser = await serve(express.json({ limit: LIMIT }) as NodeMiddleware);
});
afterAll(async () => {
  for (const { server } of [ours, bodyParser]) await new Promise((resolve) => server.close(resolve));
});

const utf8 = (text: string) => Buffer.from(text, "utf8");
const CASES: Array<[string, Record<string, string>, Buffer]> = [
  ["an object", { "content-type": "application/json" }, utf8('{"query":"{ me { name } }"}')],
  ["an array", { "content-type": "application/json" }, utf8("[1,2]")],
  ["an empty body", { "content-type": "application/json" }, utf8("")],
  ["leading whitespace", { "content-type": "application/json" }, utf8(' \n\t{"a":1}')],
  ["a leading BOM", { "content-type": "application/json" }, utf8('\uFEFF{"a":1}')],
  ["non-ASCII text", { "content-type": "application/json" }, utf8('{"name":"अनीता ✓ 😀"}')],
  [
    "invalid UTF-8",
    { "content-type": "application/json" },
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  ],
  ["malformed JSON", { "content-type": "application/json" }, utf8('{"a":')],
  ["a bare number (strict)", { "content-type": "application/json" }, utf8("123")],
  ["a bare string (strict)", { "content-type": "application/json" }, utf8('"text"')],
  ["only whitespace", { "content-type": "application/json" }, utf8("   ")],
  ["charset=utf-8", { "content-type": "application/json; charset=utf-8" }, utf8('{"a":1}')],
  ["charset=UTF-8 quoted", { "content-type": 'Application/JSON;charset="UTF-8"' }, utf8('{"a":1}')],
  ["charset=utf8", { "content-type": "application/json; charset=utf8" }, utf8('{"a":1}')],
  ["charset=latin1", { "content-type": "application/json; charset=latin1" }, utf8('{"a":1}')],
  [
    "charset=utf-16le",
    { "content-type": "application/json; charset=utf-16le" },
    Buffer.from('{"a":1}', "utf16le"),
  ],
  ["another parameter", { "content-type": "application/json; profile=x" }, utf8('{"a":1}')],
  ["a +json type", { "content-type": "application/graphql-response+json" }, utf8('{"a":1}')],
  ["a text type", { "content-type": "text/plain" }, utf8('{"a":1}')],
  ["at the limit", { "content-type": "application/json" }, utf8(`{"a":"${"x".repeat(LIMIT - 8)}"}`)],
  ["over the limit", { "content-type": "application/json" }, utf8(`{"a":"${"x".repeat(LIMIT)}"}`)],
  ["gzip", { "content-type": "application/json", "content-encoding": "gzip" }, gzipSync('{"a":1}')],
  ["an unknown encoding", { "content-type": "application/json", "content-encoding": "br2" }, utf8('{"a":1}')],
];

describe("the GraphQL body reader", () => {
  it.each(CASES)("gives body-parser's outcome for %s", async (_name, headers, body) => {
    const outcome = async (url: string) => {
      const res = await fetch(url, { method: "POST", headers, body });
      return { status: res.status, answer: await res.json() };
    };
    expect(await outcome(ours.url)).toEqual(await outcome(bodyParser.url));
  });

  it("gives body-parser's outcome for a chunked body", async () => {
    const outcome = async (url: string) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(utf8('{"a":'));
          controller.enqueue(utf8("1}"));
          controller.close();
        },
      });
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit);
      return res.json();
    };
    const answer = await outcome(ours.url);
    expect(answer).toEqual({ body: { a: 1 } });
    expect(answer).toEqual(await outcome(bodyParser.url));
  });
});

describe("the GraphQL answer's ETag", () => {
  it("is Express's default weak ETag", () => {
    const generate = express().get("etag fn") as (body: string, encoding: string) => string;
    for (const text of ["", "{}", '{"data":{"me":{"name":"अनीता"}}}\n', "x".repeat(70_000)])
      expect(weakEtag(text, Buffer.byteLength(text))).toBe(generate(text, "utf8"));
  });
});
