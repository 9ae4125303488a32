/**
 * Test bed for the DigiLocker client: the real sandbox (`@lockerkit/sandbox`) over real HTTP.
 *
 * The sandbox's fault controls (`/__sandbox/faults`) and some endpoints (files, XML, e-Aadhaar, pull)
 * are being added by issue 3 in parallel. When the running sandbox has them, tests use them directly
 * (`native: true`). When it does not, a small local `node:http` peer sits in front of the sandbox and
 * reproduces the documented contract: it records requests like `/__sandbox/requests`, applies faults like
 * `/__sandbox/faults` (status, delay, hang, reset, malformed, truncate, bad-hmac, `times`), and answers the
 * endpoints the sandbox does not serve yet (a real HTTP peer, not a mock of the client's modules).
 */
import { createHash, createHmac } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createSandbox, type RunningSandbox } from "@lockerkit/sandbox";
import { createPkcePair, DigiLockerClient, randomToken, type DigiLockerClientOptions } from "../../src/digilocker";

export const REDIRECT_URI = "http://localhost:4999/digilocker/callback";

export interface FaultSpec {
  path: string;
  method?: "GET" | "POST";
  kind: "status" | "delay" | "hang" | "reset" | "malformed" | "truncate" | "bad-hmac";
  status?: number;
  retryAfter?: number;
  delayMs?: number;
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string;
  status: number;
  at: string;
}

export interface Upstream {
  /** Base URL to give the client (`…/public`). */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Whether faults and the request log are the sandbox's own (true) or the local peer's (false). */
  nativeFaults: boolean;
  fault(spec: FaultSpec): Promise<void>;
  clearFaults(): Promise<void>;
  requests(): Promise<RecordedRequest[]>;
  clearRequests(): Promise<void>;
  /** Sandbox control passthrough (`/__sandbox/...`); resolves with the HTTP status. */
  control(method: string, path: string, body?: unknown): Promise<number>;
  client(options?: Partial<DigiLockerClientOptions>): DigiLockerClient;
  /** Runs the authorize shortcut and returns a fresh code + verifier for `persona`. */
  authorize(persona?: string): Promise<{ code: string; verifier: string }>;
  stop(): Promise<void>;
}

export async function startUpstream(): Promise<Upstream> {
  const sandbox = await createSandbox({ port: 0, redirectUris: [REDIRECT_URI] });
  const native = await supportsFaults(sandbox.url);
  const peer = native ? null : await startFaultPeer(sandbox);
  const origin = peer ? peer.url : sandbox.url;

  const control = async (method: string, path: string, body?: unknown): Promise<number> => {
    const response = await fetch(`${origin}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  };

  const upstream: Upstream = {
    baseUrl: `${origin}/public`,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    nativeFaults: native,
    async fault(spec) {
      const status = await control("POST", "/faults", spec);
      if (status >= 300) throw new Error(`fault not accepted: ${status}`);
    },
    async clearFaults() {
      await control("DELETE", "/faults");
    },
    async requests() {
      const response = await fetch(`${origin}/__sandbox/requests`);
      return (await response.json()) as RecordedRequest[];
    },
    async clearRequests() {
      await control("DELETE", "/requests");
    },
    control,
    client(options = {}) {
      return new DigiLockerClient({
        baseUrl: upstream.baseUrl,
        clientId: sandbox.clientId,
        clientSecret: sandbox.clientSecret,
        redirectUri: REDIRECT_URI,
        ...options,
      });
    },
    async authorize(persona = "typical") {
      const { verifier, challenge } = createPkcePair();
      const state = randomToken();
      const url = upstream.client().authorizeUrl({
        state,
        codeChallenge: challenge,
        purpose: "kyc",
        extra: { sandbox_persona: persona, sandbox_decision: "allow" },
      });
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      const location = response.headers.get("location");
      if (response.status !== 302 || !location) throw new Error(`authorize answered ${response.status}`);
      const target = new URL(location);
      if (target.searchParams.get("state") !== state) throw new Error("state mismatch");
      const code = target.searchParams.get("code");
      if (!code) throw new Error(`no code: ${target.searchParams.get("error")}`);
      return { code, verifier };
    },
    async stop() {
      await peer?.stop();
      await sandbox.stop();
    },
  };
  return upstream;
}

async function supportsFaults(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/__sandbox/faults`, { method: "DELETE" });
    await response.arrayBuffer();
    return response.status >= 200 && response.status < 300;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// The local fault peer (used only while the sandbox has no /__sandbox/faults).

const OPERATIONS: Array<[RegExp, string]> = [
  [/^\/public\/oauth2\/1\/authorize/, "authorize"],
  [/^\/public\/oauth2\/[12]\/token$/, "token"],
  [/^\/public\/oauth2\/1\/revoke$/, "revoke"],
  [/^\/public\/oauth2\/1\/user$/, "user"],
  [/^\/public\/oauth2\/[12]\/files\/issued$/, "files.issued"],
  [/^\/public\/oauth2\/1\/files\//, "files.uploaded"],
  [/^\/public\/oauth2\/1\/file\//, "file"],
  [/^\/public\/oauth2\/3\/xml\/eaadhaar$/, "eaadhaar"],
  [/^\/public\/oauth2\/1\/xml\//, "xml"],
  [/^\/public\/oauth2\/1\/pull\/issuers$/, "pull.issuers"],
  [/^\/public\/oauth2\/1\/pull\/doctype$/, "pull.doctype"],
  [/^\/public\/oauth2\/1\/pull\/parameters$/, "pull.parameters"],
  [/^\/public\/oauth2\/1\/pull\/pulldocument$/, "pull.document"],
];

const STATUS_CODES: Record<number, string> = {
  400: "invalid_request",
  401: "invalid_token",
  403: "insufficient_scope",
  404: "invalid_uri",
  429: "too_many_requests",
  500: "unexpected_error",
  502: "partner_service_unresponsive",
  503: "partner_service_unresponsive",
  530: "repository_service_unresponsive",
};

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

async function startFaultPeer(sandbox: RunningSandbox): Promise<{ url: string; stop(): Promise<void> }> {
  const log: RecordedRequest[] = [];
  let faults: Array<FaultSpec & { remaining: number }> = [];
  const hung = new Set<Socket>();
  const target = new URL(sandbox.url);

  const forward = (method: string, path: string, headers: IncomingMessage["headers"], body: Buffer): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: target.hostname, port: target.port, method, path, headers: { ...headers, host: target.host } },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (c: Buffer) => chunks.push(c));
          incoming.on("end", () => {
            const out: Record<string, string> = {};
            for (const [k, v] of Object.entries(incoming.headers)) {
              if (typeof v === "string" && !["content-length", "transfer-encoding", "connection", "keep-alive"].includes(k)) out[k] = v;
            }
            resolve({ status: incoming.statusCode ?? 502, headers: out, body: Buffer.concat(chunks) });
          });
          incoming.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });

  const json = (status: number, value: unknown, extra: Record<string, string> = {}): Answer => ({
    status,
    headers: { "content-type": "application/json", ...extra },
    body: Buffer.from(JSON.stringify(value)),
  });

  const signed = (body: Buffer, contentType: string): Answer => ({
    status: 200,
    headers: { "content-type": contentType, hmac: createHmac("sha256", sandbox.clientSecret).update(body).digest("base64") },
    body,
  });

  /** Endpoints the sandbox does not serve yet, answered per DIGILOCKER.md (auth checked against the sandbox). */
  const fallback = async (method: string, path: string, headers: IncomingMessage["headers"], body: Buffer): Promise<Answer | null> => {
    const bearerAuth = async (): Promise<{ ok: true; user: Record<string, unknown>; items: Array<Record<string, unknown>> } | { ok: false; answer: Answer }> => {
      const auth = { authorization: headers.authorization ?? "" };
      const user = await forward("GET", "/public/oauth2/1/user", auth, Buffer.alloc(0));
      if (user.status !== 200) return { ok: false, answer: user };
      const issued = await forward("GET", "/public/oauth2/2/files/issued", auth, Buffer.alloc(0));
      return { ok: true, user: JSON.parse(user.body.toString()), items: JSON.parse(issued.body.toString()).items };
    };
    const form = new URLSearchParams(body.toString());
    const pullAuth = (...parts: Array<string | null>): Answer | null => {
      const ts = form.get("ts") ?? "";
      const expected = createHash("sha256")
        .update(`${sandbox.clientSecret}${form.get("clientid") ?? ""}${parts.map((p) => p ?? "").join("")}${ts}`)
        .digest("hex");
      if (form.get("clientid") !== sandbox.clientId || form.get("hmac") !== expected || Math.abs(Date.now() / 1000 - Number(ts)) > 1800) {
        return json(400, { error: "invalid_client", error_description: "Client authentication failed" });
      }
      return null;
    };
    let m: RegExpMatchArray | null;
    if (method === "GET" && (m = path.match(/^\/public\/oauth2\/1\/(file|xml)\/(.+)$/))) {
      const auth = await bearerAuth();
      if (!auth.ok) return auth.answer;
      const uri = decodeURIComponent(m[2]);
      const item = auth.items.find((i) => i.uri === uri);
      if (!item) return json(404, { error: "invalid_uri", error_description: "No file found for given URI" });
      if (m[1] === "xml") {
        return signed(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Certificate type="${String(item.doctype)}" number="X1"><CertificateData/></Certificate>`), "text/plain");
      }
      return signed(Buffer.from(`%PDF-1.4\n% ${String(item.doctype)}\n%%EOF\n`), "application/octet-stream");
    }
    if (method === "GET" && path === "/public/oauth2/3/xml/eaadhaar") {
      const auth = await bearerAuth();
      if (!auth.ok) return auth.answer;
      if (auth.user.eaadhaar !== "Y") return json(404, { error: "aadhaar_not_linked", error_description: "Aadhaar is not linked to the account" });
      return signed(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\r\n<Certificate><CertificateData><KycRes/></CertificateData></Certificate>`), "application/xml");
    }
    if (method === "GET" && (m = path.match(/^\/public\/oauth2\/1\/files\/(.*)$/))) {
      const auth = await bearerAuth();
      if (!auth.ok) return auth.answer;
      if (m[1] === "") {
        return json(200, {
          directory: "",
          items: [
            { id: "d1", name: "Certificates", type: "dir", size: "", date: "", parent: "", mime: "", uri: "", description: "", issuer: "" },
            { id: "f1", name: "rent.pdf", type: "file", size: "2048", date: "05-11-2020", parent: "", mime: "application/pdf", uri: "in.gov.digilocker-UPLOADED-f1", description: "", issuer: "" },
          ],
        });
      }
      if (m[1] === "d1") {
        return json(200, { directory: "Certificates", items: [{ id: "f2", name: "degree.jpg", type: "file", size: 1024, date: "2021-02-03", parent: "d1", mime: "image/jpeg", uri: "", description: "", issuer: "" }] });
      }
      return json(404, { error: "invalid_id", error_description: "No folder found for given id" });
    }
    if (method === "POST" && path === "/public/oauth2/1/pull/issuers") {
      return pullAuth() ?? json(200, { issuers: [{ orgid: "002990", issuerid: "in.gov.transport", name: "Transport", description: "", category: "Central" }] });
    }
    if (method === "POST" && path === "/public/oauth2/1/pull/doctype") {
      return pullAuth(form.get("orgid")) ?? json(200, { documents: [{ doctype: "DRVLC", description: "Driving License" }] });
    }
    if (method === "POST" && path === "/public/oauth2/1/pull/parameters") {
      return pullAuth(form.get("orgid"), form.get("doctype")) ?? json(200, [{ label: "DL number", paramname: "dlno", valuelist: "", example: "MH0120180001234" }]);
    }
    if (method === "POST" && path === "/public/oauth2/1/pull/pulldocument") {
      const auth = await bearerAuth();
      if (!auth.ok) return auth.answer;
      if (form.get("consent") !== "Y") return json(400, { error: "invalid_request", error_description: "Consent is required" });
      if (form.get("dlno") === "NOPE") return json(404, { error: "record_not_found", error_description: "No record found" });
      return json(200, { uri: `in.gov.transport-DRVLC-${form.get("dlno") ?? ""}` });
    }
    return null;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://peer");
    const path = url.pathname;
    const method = req.method ?? "GET";

    if (path.startsWith("/__sandbox/")) {
      if (path === "/__sandbox/faults") {
        if (method === "POST") {
          const spec = JSON.parse(body.toString()) as FaultSpec;
          faults.push({ ...spec, remaining: spec.times ?? 1 });
          res.writeHead(201, { "content-type": "application/json" }).end("{}");
        } else {
          faults = [];
          res.writeHead(204).end();
        }
        return;
      }
      if (path === "/__sandbox/requests") {
        if (method === "DELETE") {
          log.length = 0;
          res.writeHead(204).end();
        } else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(log));
        return;
      }
      const answer = await forward(method, req.url ?? path, req.headers, body);
      res.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }

    const entry: RecordedRequest = {
      method,
      path,
      operation: OPERATIONS.find(([p]) => p.test(path))?.[1] ?? "unknown",
      status: 0,
      at: new Date().toISOString(),
    };
    log.push(entry);
    const fault = faults.find((f) => f.remaining > 0 && (!f.method || f.method === method) && (f.path.endsWith("*") ? path.startsWith(f.path.slice(0, -1)) : f.path === path));
    if (fault) fault.remaining--;

    const send = (answer: Answer) => {
      entry.status = answer.status;
      res.writeHead(answer.status, { ...answer.headers, "content-length": String(answer.body.length) }).end(answer.body);
    };
    const upstream = async (): Promise<Answer> => {
      const answer = await forward(method, req.url ?? path, req.headers, body);
      if (answer.status === 404 && answer.body.toString().includes("No such endpoint")) {
        return (await fallback(method, path, req.headers, body)) ?? answer;
      }
      return answer;
    };

    switch (fault?.kind) {
      case "status": {
        const status = fault.status ?? 500;
        send(json(status, { error: STATUS_CODES[status] ?? "unexpected_error", error_description: "Sandbox fault" }, fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {}));
        return;
      }
      case "hang":
        hung.add(req.socket);
        return;
      case "reset":
        req.socket.destroy();
        return;
      case "delay":
        await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000));
        send(await upstream());
        return;
      case "malformed":
        send({ status: 200, headers: { "content-type": "application/json" }, body: Buffer.from('{"items": [{"name": "broken"') });
        return;
      case "truncate": {
        const answer = await upstream();
        entry.status = answer.status;
        // Announces the full length, sends half, and closes: the body is cut in transit.
        res.writeHead(answer.status, { ...answer.headers, "content-length": String(answer.body.length) });
        res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
        res.socket?.destroySoon();
        return;
      }
      case "bad-hmac": {
        const answer = await upstream();
        send({ ...answer, headers: { ...answer.headers, hmac: createHmac("sha256", "wrong").update(answer.body).digest("base64") } });
        return;
      }
      default:
        send(await upstream());
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of hung) socket.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
