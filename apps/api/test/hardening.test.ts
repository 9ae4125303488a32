import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { DecryptionError, EncryptionService } from "../src/crypto/encryption.service";
import { hmacHex } from "../src/crypto/hashing";
import { checkWebhookUrl, isInternalAddress } from "../src/modules/webhooks/webhook-url.policy";
import { startTestStack, type TestStack } from "./support/test-stack";

interface Body {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
}

/** Raw GraphQL over HTTP (these checks look at statuses and headers, not typed results). */
async function gql(
  stack: TestStack,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<Record<string, unknown>> {
  const res = await fetch(`${stack.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Body;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body)}`);
  return body.data;
}

interface Doc {
  id: string;
  uri: string;
  mimeTypes: string[];
}

const DOCS = `query { documents(first: 100) { edges { node { id uri mimeTypes } } } }`;
const CONTENT = `query ($id: ID!) { document(id: $id) { content { sha256 fileUrl } } }`;

async function documentsOf(stack: TestStack, token: string): Promise<Doc[]> {
  const data = (await gql(stack, DOCS, {}, token)) as { documents: { edges: Array<{ node: Doc }> } };
  return data.documents.edges.map((e) => e.node);
}

async function contentOf(
  stack: TestStack,
  token: string,
  id: string,
): Promise<{ sha256: string; fileUrl: string | null }> {
  return (
    (await gql(stack, CONTENT, { id }, token)) as {
      document: { content: { sha256: string; fileUrl: string | null } };
    }
  ).document.content;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe("hardening", () => {
  let stack: TestStack;
  const logs: string[] = [];
  const key = `k1:${randomBytes(32).toString("base64")}`;
  let tenantA: { publishableKey: string; secretKey: string };
  let tenantB: { publishableKey: string; secretKey: string };

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    });
    // Express prints unhandled errors to stderr (and echoes their stack) outside NODE_ENV=test, which
    // is how it runs in development and production: build the app as it would be built there.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "development";
    try {
      stack = await startTestStack({ logger: pino({ level: "debug" }, sink), encryptionKeys: key });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    tenantA = (
      await stack.server.admin.tenants.create({
        name: "Tenant A",
        returnUrls: ["http://localhost:*"],
        origins: [],
      })
    ).keys;
    tenantB = (
      await stack.server.admin.tenants.create({
        name: "Tenant B",
        returnUrls: ["http://localhost:*"],
        origins: [],
      })
    ).keys;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Everything the process prints while `run` runs: console, stdout, stderr. */
  async function captureOutput(run: () => Promise<void>): Promise<string> {
    const printed: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      jest
        .spyOn(console, level)
        .mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(" "))),
    );
    const writes = [process.stdout, process.stderr].map((stream) =>
      jest.spyOn(stream, "write").mockImplementation(((chunk: unknown) => {
        printed.push(String(chunk));
        return true;
      }) as never),
    );
    try {
      await run();
      await settle();
    } finally {
      for (const spy of [...spies, ...writes]) spy.mockRestore();
    }
    return printed.join("\n");
  }

  it("V4: a malformed JSON body is a 400 BAD_REQUEST and its content reaches neither stderr, the logs nor the answer", async () => {
    const marker = `LKMARKER${randomBytes(6).toString("hex")}`;
    const before = logs.length;
    let status = 0;
    let text = "";
    const printed = await captureOutput(async () => {
      const res = await fetch(`${stack.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${tenantA.publishableKey}` },
        // A claim code and a mobile the way a broken client might send them: unquoted.
        body: `{"query":"mutation { claimSession(code: \\"x\\") { sessionToken } }","variables":{"code": ${marker}, "mobile": 98${marker}}}`,
      });
      status = res.status;
      text = await res.text();
    });
    const logged = logs.slice(before).join("\n");
    for (const output of [printed, logged, text]) expect(output).not.toContain(marker);
    expect(status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: "the request could not be read",
          extensions: { code: "BAD_REQUEST", reason: "malformed-body" },
        },
      ],
    });
    expect(logged).toContain("entity.parse.failed");
  });

  it("V4: an oversized body is a 413 BAD_REQUEST (reason too-large) without its content in any output", async () => {
    const marker = `LKMARKER${randomBytes(6).toString("hex")}`;
    let status = 0;
    let body: Body = {};
    const printed = await captureOutput(async () => {
      const res = await fetch(`${stack.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "{ __typename }",
          variables: { pad: `${marker}${"x".repeat(3.2 * 1024 * 1024)}` },
        }),
      });
      status = res.status;
      body = (await res.json()) as Body;
    });
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "BAD_REQUEST", reason: "too-large" });
    expect(printed).not.toContain(marker);
  });

  it("V4: a path that cannot be decoded is a 400 whose answer and output do not echo it", async () => {
    const marker = `LKMARKER${randomBytes(6).toString("hex")}`;
    let status = 0;
    let text = "";
    const printed = await captureOutput(async () => {
      const res = await fetch(`${stack.url}/files/${marker}%E0%A4%A`);
      status = res.status;
      text = await res.text();
    });
    expect(status).toBe(400);
    expect((JSON.parse(text) as Body).errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(printed).not.toContain(marker);
    expect(text).not.toContain(marker);
  });

  it("V5: /FILES/<token> and /Files/<token> are not routes to the file and their token is never logged", async () => {
    const { sessionToken } = await stack.consent("typical", {}, tenantA.publishableKey);
    const pdf = (await documentsOf(stack, sessionToken)).find(
      (d) => !d.mimeTypes.includes("application/xml"),
    )!;
    const fileUrl = (await contentOf(stack, sessionToken, pdf.id)).fileUrl!;
    const token = new URL(fileUrl).pathname.split("/").pop()!;
    const before = logs.length;
    for (const prefix of ["/FILES/", "/Files/"]) {
      const res = await fetch(`${stack.url}${prefix}${token}`);
      await res.arrayBuffer();
      expect(res.status).toBe(404);
    }
    // An encoded spelling never reaches the route either (the demo app may answer it); it is logged redacted too.
    const encoded = await fetch(`${stack.url}/%66iles/${token}`);
    await encoded.arrayBuffer();
    expect(encoded.headers.get("content-type")).not.toMatch(/pdf/);
    // The real route still serves it.
    expect((await fetch(fileUrl)).status).toBe(200);
    await settle();
    const requests = logs.slice(before).join("\n");
    expect(requests).not.toContain(token);
    expect(requests.match(/"path":"\/files\/:token"/g)).toHaveLength(4);
  });

  it("W1: a ciphertext with a shortened GCM tag (or nonce) is refused", () => {
    const crypto = EncryptionService.parse(key);
    const value = crypto.encrypt("lk_st_secret", "aad");
    expect(crypto.decrypt(value, "aad")).toBe("lk_st_secret");
    const [format, id, iv, tag, body] = value.split(".");
    for (const bytes of [4, 8, 12, 15]) {
      const short = [
        format,
        id,
        iv,
        Buffer.from(tag, "base64url").subarray(0, bytes).toString("base64url"),
        body,
      ].join(".");
      expect(() => crypto.decrypt(short, "aad")).toThrow(DecryptionError);
    }
    const shortNonce = [
      format,
      id,
      Buffer.from(iv, "base64url").subarray(0, 8).toString("base64url"),
      tag,
      body,
    ].join(".");
    expect(() => crypto.decrypt(shortNonce, "aad")).toThrow(DecryptionError);
  });

  it("W3: webhooks reach public unicast addresses only", () => {
    const internal = [
      "0.0.0.0",
      "10.1.2.3",
      "100.64.0.1",
      "127.0.0.1",
      "169.254.169.254",
      "172.16.0.1",
      "192.168.1.1",
      "192.0.0.8",
      "192.0.2.1",
      "198.18.0.1",
      "198.19.255.254",
      "198.51.100.1",
      "203.0.113.1",
      "224.0.0.1",
      "240.0.0.1",
      "255.255.255.255",
      "::",
      "::1",
      "::a00:1",
      "::1.2.3.4",
      "::7f00:1",
      "::ffff:10.0.0.1",
      "::ffff:127.0.0.1",
      "::ffff:169.254.169.254",
      "::ffff:198.18.0.1",
      "64:ff9b::a00:1",
      "64:ff9b::808:808",
      "64:ff9b:1::1",
      "2002:a00:1::1",
      "2002:808:808::1",
      "2001::1",
      "2001:db8::1",
      "100::1",
      "fec0::1",
      "fc00::1",
      "fd12:3456::1",
      "fe80::1",
      "ff02::1",
      "4000::1",
      "fe80::1%eth0",
      "not-an-ip",
    ];
    for (const address of internal) expect([address, isInternalAddress(address)]).toEqual([address, true]);
    for (const address of [
      "8.8.8.8",
      "1.1.1.1",
      "2606:4700:4700::1111",
      "2a00:1450:4001::200e",
      "::ffff:8.8.8.8",
    ]) {
      expect([address, isInternalAddress(address)]).toEqual([address, false]);
    }
    for (const host of [
      "198.18.0.1",
      "192.0.0.8",
      "[::a00:1]",
      "[64:ff9b::a00:1]",
      "[2002:a00:1::1]",
      "[fec0::1]",
      "[::ffff:a00:1]",
      "0x7f000001",
      "localhost.",
    ]) {
      expect(() => checkWebhookUrl(`https://${host}/hook`, true)).toThrow(/private or local/);
    }
    expect(checkWebhookUrl("https://[2606:4700:4700::1111]/hook", true)).toBe(
      "https://[2606:4700:4700::1111]/hook",
    );
  });

  it("W4: a PDF opens inline, sandboxed and nosniff; an upstream text/html or XML file is an octet-stream attachment", async () => {
    const { sessionToken } = await stack.consent("typical", {}, tenantA.publishableKey);
    // Every document with a file (PDF alone, or PDF beside XML) has a download link.
    const files = (await documentsOf(stack, sessionToken)).filter((d) =>
      d.mimeTypes.some((m) => m !== "application/xml"),
    );
    expect(files.length).toBeGreaterThanOrEqual(3);

    for (const [doc, type] of [
      [files[1], "text/html"],
      [files[2], "image/svg+xml"],
    ] as const) {
      await stack.fault({ path: "/public/oauth2/1/file/*", kind: "content-type", contentType: type });
      const res = await fetch((await contentOf(stack, sessionToken, doc.id)).fileUrl!);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/octet-stream");
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      await res.arrayBuffer();
    }

    const pdf = await fetch((await contentOf(stack, sessionToken, files[0].id)).fileUrl!);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(pdf.headers.get("content-security-policy")).toBe("sandbox");
    expect(pdf.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("W5: the same DigiLocker document seen by two tenants has unrelated lookup values in the database", async () => {
    const a = await stack.consent("typical", {}, tenantA.publishableKey);
    const b = await stack.consent("typical", {}, tenantB.publishableKey);
    const docsA = await documentsOf(stack, a.sessionToken);
    const docsB = await documentsOf(stack, b.sessionToken);
    // The same documents (same DigiLocker uris) for both tenants…
    expect(docsA.map((d) => d.uri).sort()).toEqual(docsB.map((d) => d.uri).sort());
    const pdfA = docsA.find((d) => !d.mimeTypes.includes("application/xml"))!;
    const pdfB = docsB.find((d) => d.uri === pdfA.uri)!;
    const contentA = await contentOf(stack, a.sessionToken, pdfA.id);
    const contentB = await contentOf(stack, b.sessionToken, pdfB.id);
    // …and the API still reports the content's real digest to each.
    expect(contentA.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(contentB.sha256).toBe(contentA.sha256);
    const bytes = Buffer.from(await (await fetch(contentA.fileUrl!)).arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(contentA.sha256);

    // …but nothing stored for one tenant equals what is stored for the other.
    const hmacs = (await stack.server.admin.sql(
      `SELECT session_id::text AS s, uri_hmac FROM issued_documents WHERE session_id = ANY($1::uuid[])`,
      [[a.sessionId, b.sessionId]],
    )) as Array<{ s: string; uri_hmac: string }>;
    const ofA = new Set(hmacs.filter((r) => r.s === a.sessionId).map((r) => r.uri_hmac));
    const ofB = new Set(hmacs.filter((r) => r.s === b.sessionId).map((r) => r.uri_hmac));
    expect(ofA.size).toBe(docsA.length);
    expect(ofB.size).toBe(docsB.length);
    expect([...ofA].filter((h) => ofB.has(h))).toEqual([]);
    const stored = (await stack.server.admin.sql(
      `SELECT sha256, sha256_enc FROM document_contents WHERE document_id = ANY($1::uuid[])`,
      [[pdfA.id, pdfB.id]],
    )) as Array<{
      sha256: string | null;
      sha256_enc: string;
    }>;
    expect(stored).toHaveLength(2);
    for (const row of stored) expect(row.sha256).toBeNull();
    expect(stored[0].sha256_enc).not.toBe(stored[1].sha256_enc);
    const dump = await stack.server.admin.dumpTables();
    expect(dump).not.toContain(contentA.sha256);
    // No cross-tenant lookup: tenant A's value for the uri names no row of tenant B's session.
    const foreign = (await stack.server.admin.sql(
      `SELECT id FROM issued_documents WHERE session_id = $1 AND uri_hmac = ANY($2::text[])`,
      [b.sessionId, [...ofA]],
    )) as unknown[];
    expect(foreign).toEqual([]);
  });

  it("W5: rows stored with the old global lookups are re-keyed per tenant, keeping their ids", async () => {
    const crypto = EncryptionService.parse(key);
    const { sessionId, sessionToken } = await stack.consent("typical", {}, tenantB.publishableKey);
    const doc = (await documentsOf(stack, sessionToken)).find(
      (d) => !d.mimeTypes.includes("application/xml"),
    )!;
    const { sha256 } = await contentOf(stack, sessionToken, doc.id);
    const [row] = (await stack.server.admin.sql(
      `SELECT uri_hmac, description_enc FROM issued_documents WHERE id = $1`,
      [doc.id],
    )) as Array<{ uri_hmac: string; description_enc: string | null }>;
    // Put the row back the way the previous release wrote it: a global HMAC, the AAD bound to it, a plain digest.
    const legacy = hmacHex(crypto.deriveKey("uri-lookup"), doc.uri);
    const aad = (h: string, column: string) => `issued_documents:${sessionId}:${h}:${column}`;
    const description = row.description_enc
      ? crypto.decrypt(row.description_enc, aad(row.uri_hmac, "description"))
      : null;
    await stack.server.admin.sql(
      `UPDATE issued_documents SET uri_hmac = $1, uri_enc = $2, description_enc = $3, lookup_version = 1 WHERE id = $4`,
      [
        legacy,
        crypto.encrypt(doc.uri, aad(legacy, "uri")),
        description === null ? null : crypto.encrypt(description, aad(legacy, "description")),
        doc.id,
      ],
    );
    await stack.server.admin.sql(
      `UPDATE document_contents SET sha256 = $1, sha256_enc = NULL WHERE document_id = $2`,
      [sha256, doc.id],
    );

    expect((await stack.server.admin.rekeyLookups()).rewritten).toBeGreaterThanOrEqual(2);
    const [after] = (await stack.server.admin.sql(
      `SELECT uri_hmac, lookup_version FROM issued_documents WHERE id = $1`,
      [doc.id],
    )) as Array<{ uri_hmac: string; lookup_version: number }>;
    expect(after).toEqual({ uri_hmac: row.uri_hmac, lookup_version: 2 });
    const [content] = (await stack.server.admin.sql(
      `SELECT sha256 FROM document_contents WHERE document_id = $1`,
      [doc.id],
    )) as Array<{ sha256: string | null }>;
    expect(content.sha256).toBeNull();
    const read = (await documentsOf(stack, sessionToken)).find((d) => d.id === doc.id)!;
    expect(read.uri).toBe(doc.uri);
    expect((await contentOf(stack, sessionToken, doc.id)).sha256).toBe(sha256);
    expect((await stack.server.admin.rekeyLookups()).rewritten).toBe(0);
  });

  it("W9: TRUNCATE cannot empty the append-only audit log, directly or by cascade", async () => {
    await stack.consent("typical", {}, tenantA.publishableKey);
    const count = async () =>
      (
        (await stack.server.admin.sql(`SELECT count(*)::int AS n FROM audit_events`)) as Array<{ n: number }>
      )[0].n;
    const events = await count();
    expect(events).toBeGreaterThan(0);
    await expect(stack.server.admin.sql(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    await expect(stack.server.admin.sql(`TRUNCATE audit_events, audit_heads`)).rejects.toThrow(/append-only/);
    await expect(stack.server.admin.sql(`TRUNCATE tenants CASCADE`)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(events);
    expect((await stack.server.admin.audit.verify()).every((chain) => chain.ok)).toBe(true);
  });
});

describe("dependency audit (npm run audit:deps)", () => {
  const script = join(__dirname, "..", "..", "..", "scripts", "audit-deps.mjs");
  const run = (args: string[]) =>
    new Promise<{ code: number; out: string }>((resolve) => {
      execFile(process.execPath, [script, ...args], (error, stdout, stderr) => {
        resolve({
          code: error ? Number((error as NodeJS.ErrnoException & { code?: unknown }).code ?? 1) : 0,
          out: `${stdout}${stderr}`,
        });
      });
    });

  it("passes on the committed lockfile", async () => {
    const { code, out } = await run([]);
    expect([code, out]).toEqual([0, expect.stringContaining("no known advisory")]);
  });

  it("fails on a planted vulnerable version, naming the package and advisory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lk-audit-"));
    try {
      const lock = JSON.parse(
        readFileSync(join(__dirname, "..", "..", "..", "package-lock.json"), "utf8"),
      ) as { packages: Record<string, { version: string }> };
      lock.packages["node_modules/xml-crypto"] = {
        ...lock.packages["node_modules/xml-crypto"],
        version: "6.0.0",
      };
      lock.packages["node_modules/some-dep/node_modules/body-parser"] = { version: "1.20.2" };
      const path = join(dir, "package-lock.json");
      writeFileSync(path, JSON.stringify(lock));
      const { code, out } = await run(["--lockfile", path]);
      expect(code).toBe(1);
      expect(out).toContain("xml-crypto@6.0.0");
      expect(out).toContain("CVE-2025-29775");
      expect(out).toContain("body-parser@1.20.2");
      expect(out).toContain("CVE-2024-45590");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
