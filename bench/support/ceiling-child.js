// Child process: the two ceilings the GraphQL numbers are compared with.
//  - mode "memory": a bare node:http server that reads the request body and answers the same bytes the
//    API answered, from memory: Node's own limit for this request/response size.
//  - mode "pg": a minimal hand-written node:http + pg endpoint doing the same work as the API for the
//    same query: one session lookup by token hash, then (documents) one keyset page query with its count,
//    decrypting uri/description and signing cursors exactly as the API does (its own built crypto
//    helpers), or (me) decrypting the stored profile. It must answer byte-identical JSON; the parent
//    checks that. (aadhaarKyc: lookup + the stored e-Aadhaar row, its record decrypted.)
"use strict";
const { createHash } = require("node:crypto");
const { createServer } = require("node:http");
const { join } = require("node:path");

const options = JSON.parse(process.env.BENCH_CHILD_OPTIONS || "{}");
const API = join(__dirname, "..", "..", "apps", "api");
const TOKEN = /^Bearer (lk_st_[A-Za-z0-9_-]{16,128})$/;

const { PAGE_SQL, SESSION_SQL } = require("./ceiling-sql");

function send(res, status, text) {
  if (!text.endsWith("\n")) text += "\n"; // as Apollo ends its JSON
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

const operationOf = (query) =>
  /\bdocuments\s*\(/.test(query)
    ? "documents"
    : /\baadhaarKyc\b/.test(query)
      ? "aadhaarKyc"
      : /\bme\b/.test(query)
        ? "me"
        : null;

function pgHandler() {
  const pg = require(require.resolve("pg", { paths: [API] }));
  const { EncryptionService } = require(join(API, "dist", "crypto", "encryption.service.js"));
  const { documentCursor } = require(join(API, "dist", "modules", "documents", "document-cursor.js"));
  const crypto = EncryptionService.parse(options.encryptionKeys);
  const cursor = documentCursor(crypto.deriveKey("document-cursor"));
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolMax || 10 });

  async function documents(session, variables) {
    const first = variables.first;
    if (!Number.isInteger(first) || first < 1 || first > 100)
      return [200, '{"errors":[{"message":"first must be between 1 and 100"}]}'];
    const { rows } = await pool.query(PAGE_SQL, [session.id, null, first + 1]);
    const total = rows.length ? Number(rows[0].total) : 0;
    const page = rows.filter((r) => r.id !== null);
    const aad = (r, column) => `issued_documents:${r.session_id}:${r.uri_hmac}:${column}`;
    const edges = page.slice(0, first).map((r) => ({
      cursor: cursor.encode(session.id, [r.seq]),
      node: {
        id: r.id,
        uri: crypto.decrypt(r.uri_enc, aad(r, "uri")),
        name: r.name,
        doctype: r.doctype,
        description: r.description_enc ? crypto.decrypt(r.description_enc, aad(r, "description")) : null,
        issuer: r.issuer,
        issuerId: r.issuer_id,
        issuedOn: r.issued_on === null ? null : String(r.issued_on).slice(0, 10),
        mimeTypes: r.mime_types,
      },
    }));
    const pageInfo = {
      hasNextPage: page.length > first,
      hasPreviousPage: false,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    };
    return [200, JSON.stringify({ data: { documents: { totalCount: total, edges, pageInfo } } })];
  }

  function me(session) {
    const p = JSON.parse(crypto.decrypt(session.profile_enc, `consent_sessions:${session.id}:profile`));
    const me = {
      digilockerId: p.digilockerId,
      name: p.name,
      dateOfBirth: p.dateOfBirth,
      gender: p.gender,
      eaadhaarAvailable: p.eaadhaarAvailable,
      sessionStatus: session.status,
      consentValidTill: session.consent_valid_till ? session.consent_valid_till.toISOString() : null,
    };
    return [200, JSON.stringify({ data: { me } })];
  }

  async function aadhaarKyc(session) {
    const { rows } = await pool.query(
      `SELECT id, masked_aadhaar, record_enc, signature_verified FROM aadhaar_kyc WHERE session_id = $1 AND source = 'digilocker-eaadhaar'`,
      [session.id],
    );
    const row = rows[0];
    if (!row) return [200, '{"data":{"aadhaarKyc":null}}'];
    const record = JSON.parse(crypto.decrypt(row.record_enc, `aadhaar_kyc:${row.id}:record`));
    const kyc = {
      name: record.name ?? null,
      maskedAadhaar: row.masked_aadhaar ?? record.maskedAadhaar ?? null,
      signature: { verified: row.signature_verified },
    };
    return [200, JSON.stringify({ data: { aadhaarKyc: kyc } })];
  }

  return async (req, raw) => {
    const body = JSON.parse(raw);
    const op = operationOf(body.query || "");
    const match = TOKEN.exec(req.headers.authorization || "");
    if (!match) return [401, '{"errors":[{"message":"unauthenticated"}]}'];
    const hash = createHash("sha256").update(match[1]).digest("hex");
    const { rows } = await pool.query(SESSION_SQL, [hash]);
    const session = rows[0];
    if (!session) return [401, '{"errors":[{"message":"unauthenticated"}]}'];
    if (
      session.status !== "ACTIVE" ||
      (session.consent_valid_till && session.consent_valid_till.getTime() <= Date.now())
    ) {
      return [200, '{"errors":[{"message":"not readable"}]}'];
    }
    if (op === "documents") return documents(session, body.variables || {});
    if (op === "me") return me(session);
    if (op === "aadhaarKyc") return aadhaarKyc(session);
    return [400, '{"errors":[{"message":"unknown operation"}]}'];
  };
}

function memoryHandler() {
  const bodies = options.bodies || {};
  return async (_req, raw) => {
    const op = operationOf(JSON.parse(raw).query || "");
    return bodies[op] ? [200, bodies[op]] : [400, '{"errors":[{"message":"unknown operation"}]}'];
  };
}

async function main() {
  const handle = options.mode === "pg" ? pgHandler() : memoryHandler();
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      handle(req, Buffer.concat(chunks).toString("utf8")).then(
        ([status, text]) => send(res, status, text),
        (error) => send(res, 500, JSON.stringify({ errors: [{ message: String(error.message) }] })),
      );
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.on("message", (msg) => {
    if (msg.cmd === "stop") {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    } else process.send({ type: "reply", id: msg.id, value: process.memoryUsage() });
  });
  process.send({ type: "ready", info: { url: `http://127.0.0.1:${server.address().port}` } });
}

main().catch((error) => {
  process.send({
    type: "failed",
    error: `ceiling failed to start: ${String(error && error.message ? error.message : error)}`,
  });
  setTimeout(() => process.exit(1), 50);
});
