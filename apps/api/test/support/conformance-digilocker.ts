/**
 * A small DigiLocker written only from the official "Authorized Partner API Specification" 1.0.0
 * (OpenAPI 3.0.2, published by API Setu; mirrored in APIs-guru/openapi-directory at
 * `APIs/digitallocker.gov.in/authpartner/1.0.0/openapi.yaml`), independent of apps/sandbox, so the API
 * is tested against the spec itself rather than against our own reading of it. What it follows:
 *
 * - `GET /oauth2/1/authorize`: `client_id`, `response_type`, `redirect_uri`, `state`, `code_challenge`,
 *   `code_challenge_method` (S256 only). The spec calls it a web page; here the user consents at once
 *   (302 to `redirect_uri?code&state`).
 * - `POST /oauth2/1/token`: client credentials as form fields or HTTP Basic (the operation's description);
 *   `grant_type=authorization_code|refresh_token`. Answer = `AccessResponse`: `access_token`,
 *   `expires_in`, `token_type`, `scope`, `refresh_token`, `digilocker_id`, `name`, `dob` (**integer**
 *   DDMMYYYY), `gender`, `eaadhar`, `reference_key`. No `consent_valid_till`, no `new_account`.
 * - `POST /oauth2/1/revoke`: 200, or 400 "The token is invalid".
 * - `GET /oauth2/1/user`: `digilockerid`, `name`, `dob` (string DDMMYYYY), `gender`, `eaadhar`; 401 `invalid_token`.
 * - `GET /oauth2/2/files/issued`: `{ items: [{ name, type, size, date, parent, mime (array), uri, doctype,
 *   description, issuerid, issuer }], resource }`.
 * - `GET /oauth2/1/file/{uri}`: the bytes as `application/pdf`; 404 `invalid_uri`. The spec documents no
 *   `hmac` response header, so none is sent (the API runs with `DIGILOCKER_HMAC=verify-if-present`).
 * - `GET /oauth2/2/xml/eaadhaar` (`EaadharXamlSchema`): `KycRes` (code, ret, ts, ttl, txn) as the root
 *   with `Rar`, `UidData` (tkn, uid; `Poi`, `Poa`, `LData`, `Pht`, `Prn`) and the `Signature` (SignedInfo,
 *   SignatureValue, KeyInfo/X509Data with X509SubjectName and X509Certificate) inside it; 404
 *   `aadhaar_not_linked`. There is no `/3/xml/eaadhaar` in the spec: it answers 404.
 * - `POST /oauth2/1/pull/issuers` (`IssuerResponse`: orgid, issuerid, name, description, `categories`);
 *   form `clientid`, `ts`, `hmac` (SHA-256 of secret + clientid + ts); 401 `invalid_client_id`.
 * - Every error is `{ error, error_description }`.
 *
 * Documents are signed with the core package's test signer (a fixture), which the API under test trusts.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { SignedXml } from "xml-crypto";

const KEYS = join(__dirname, "../../../../packages/core/test/fixtures/keys");
const SIGNER_KEY = readFileSync(join(KEYS, "test-signer.key.pem"), "utf8");
const SIGNER_CERT = readFileSync(join(KEYS, "test-signer.cert.pem"), "utf8");
/** The folder of pinned certificates the API must trust for the fake's e-Aadhaar to verify. */
export const CONFORMANCE_TRUST_DIR = join(__dirname, "../../../../packages/core/test/fixtures/trust");

export interface ConformanceUser {
  digilockerId: string;
  name: string;
  /** DDMMYYYY. */
  dob: string;
  gender: "M" | "F" | "T";
}

export const CONFORMANCE_USER: ConformanceUser = {
  digilockerId: "123e4567-e89b-12d3-a456-426655440000",
  name: "Sunil Kumar",
  dob: "05101996",
  gender: "M",
};

const ISSUED = [
  {
    name: "PAN Verification Record",
    type: "file",
    size: "",
    date: "2015-05-12T15:50:38Z",
    parent: "",
    mime: ["application/pdf"],
    uri: "in.gov.pan-PANCR-ABCPK1234M",
    doctype: "PANCR",
    description: "PAN Verification Record",
    issuerid: "in.gov.pan",
    issuer: "Income Tax Department",
  },
  {
    name: "Class XII Marksheet",
    type: "file",
    size: "",
    date: "2015-05-12T15:50:38Z",
    parent: "",
    mime: ["application/pdf"],
    uri: "in.gov.cbse-HSCER-201412345678",
    doctype: "HSCER",
    description: "Class XII Marksheet",
    issuerid: "in.gov.cbse",
    issuer: "CBSE",
  },
];

export interface ConformanceRequest {
  method: string;
  path: string;
  status: number;
}

export interface ConformanceDigiLocker {
  /** `<origin>/public`, as `DIGILOCKER_BASE_URL`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  requests: ConformanceRequest[];
  stop(): Promise<void>;
}

interface Grant {
  redirectUri: string;
  codeChallenge: string;
  revoked: boolean;
}

const hex = () => randomBytes(20).toString("hex");
const sha256 = (text: string) => createHash("sha256").update(text).digest();
const base64url = (bytes: Buffer) =>
  bytes.toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

function eaadhaarXml(user: ConformanceUser): string {
  const dob = `${user.dob.slice(0, 2)}-${user.dob.slice(2, 4)}-${user.dob.slice(4)}`;
  const photo = Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
  ]).toString("base64");
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<KycRes code="0123456789abcdef0123456789abcdef" ret="Y" ts="2024-06-04T14:54:03.230+05:30" ttl="2025-06-04T14:54:03" txn="UKC:conformance20240604145403">` +
    `<Rar>conformance</Rar>` +
    `<UidData tkn="" uid="xxxxxxxx0019">` +
    `<Poi dob="${dob}" gender="${user.gender}" name="${user.name}"/>` +
    `<Poa co="S/O Ram Kumar" country="India" dist="Pune" lm="Near City Park" loc="Kothrud" pc="411038" state="Maharashtra" vtc="Pune"/>` +
    `<LData co="राम कुमार" country="India" dist="पुणे" lang="13" lm="" loc="कोथरूड" name="सुनील कुमार" pc="411038" state="महाराष्ट्र" vtc="पुणे"/>` +
    `<Pht>${photo}</Pht>` +
    `<Prn type="pdf">conformance</Prn>` +
    `</UidData>` +
    `</KycRes>`;
  const signer = new SignedXml({
    privateKey: SIGNER_KEY,
    publicCert: SIGNER_CERT,
    canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
    signatureAlgorithm: "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
    getKeyInfoContent: () => {
      const der = SIGNER_CERT.replace(/-----[^-]+-----|\s/g, "");
      return `<X509Data><X509SubjectName>CN=LockerKit Test Signer,O=LockerKit Tests</X509SubjectName><X509Certificate>${der}</X509Certificate></X509Data>`;
    },
  });
  signer.addReference({
    xpath: "/*",
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature"],
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
    isEmptyUri: true,
  });
  signer.computeSignature(xml, { location: { reference: "/*", action: "append" } });
  return signer.getSignedXml();
}

function minimalPdf(title: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Form or JSON body (the spec shows JSON for /token and /revoke while describing form fields). */
function fields(body: string, contentType: string | undefined): Record<string, string> {
  if (contentType?.includes("application/json")) {
    try {
      return JSON.parse(body) as Record<string, string>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}

export async function startConformanceDigiLocker(
  options: { clientId?: string; clientSecret?: string; user?: ConformanceUser } = {},
): Promise<ConformanceDigiLocker> {
  const clientId = options.clientId ?? "conformance-client";
  const clientSecret = options.clientSecret ?? "conformance-secret";
  const user = options.user ?? CONFORMANCE_USER;
  const codes = new Map<string, Grant>();
  const accessTokens = new Map<string, Grant>();
  const refreshTokens = new Map<string, Grant>();
  const requests: ConformanceRequest[] = [];
  const eaadhaar = eaadhaarXml(user);

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, code: string, description: string) =>
    json(res, status, { error: code, error_description: description });

  const clientAuthenticated = (req: IncomingMessage, form: Record<string, string>) => {
    const basic = req.headers.authorization?.startsWith("Basic ")
      ? Buffer.from(req.headers.authorization.slice(6), "base64").toString("utf8")
      : "";
    const [basicId, basicSecret] = basic
      ? [basic.slice(0, basic.indexOf(":")), basic.slice(basic.indexOf(":") + 1)]
      : ["", ""];
    return (form.client_id ?? basicId) === clientId && (form.client_secret ?? basicSecret) === clientSecret;
  };

  const bearer = (req: IncomingMessage): Grant | null => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    const grant = token ? accessTokens.get(token) : undefined;
    return grant && !grant.revoked ? grant : null;
  };

  const issueTokens = (res: ServerResponse, grant: Grant) => {
    const access = hex();
    const refresh = hex();
    accessTokens.set(access, grant);
    refreshTokens.set(refresh, grant);
    // AccessResponse, field for field.
    json(res, 200, {
      access_token: access,
      expires_in: 3600,
      token_type: "Bearer",
      scope: "",
      refresh_token: refresh,
      digilocker_id: user.digilockerId,
      name: user.name,
      dob: Number(user.dob),
      gender: user.gender,
      eaadhar: "Y",
      reference_key: "1c66bec26364cd6fefaabc6cae91840a",
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (req.method === "GET" && path === "/public/oauth2/1/authorize") {
      const q = url.searchParams;
      const redirectUri = q.get("redirect_uri") ?? "";
      if (
        q.get("client_id") !== clientId ||
        q.get("response_type") !== "code" ||
        !redirectUri ||
        !q.get("state")
      ) {
        return error(res, 400, "invalid_request", "Invalid status value");
      }
      if (q.get("code_challenge_method") !== "S256" || !q.get("code_challenge"))
        return error(
          res,
          400,
          "invalid_request",
          "The code_challenge and code_challenge_method parameter is required",
        );
      const code = hex();
      codes.set(code, { redirectUri, codeChallenge: q.get("code_challenge")!, revoked: false });
      const target = new URL(redirectUri);
      target.searchParams.set("code", code);
      target.searchParams.set("state", q.get("state")!);
      res.writeHead(302, { location: target.toString() }).end();
      return;
    }
    if (req.method === "POST" && path === "/public/oauth2/1/token") {
      const form = fields(await readBody(req), req.headers["content-type"]);
      if (!clientAuthenticated(req, form))
        return error(res, 400, "invalid_client", "Client authentication failed");
      if (form.grant_type === "authorization_code") {
        const grant = codes.get(form.code ?? "");
        codes.delete(form.code ?? "");
        if (
          !grant ||
          grant.redirectUri !== form.redirect_uri ||
          base64url(sha256(form.code_verifier ?? "")) !== grant.codeChallenge
        ) {
          return error(
            res,
            400,
            "invalid_grant",
            "Authorization code doesn't exist or is invalid for the client",
          );
        }
        return issueTokens(res, grant);
      }
      if (form.grant_type === "refresh_token") {
        const grant = refreshTokens.get(form.refresh_token ?? "");
        refreshTokens.delete(form.refresh_token ?? "");
        if (!grant || grant.revoked) return error(res, 400, "invalid_grant", "The refresh token is invalid");
        return issueTokens(res, grant);
      }
      return error(res, 400, "invalid_grant_type", "The grant type is not supported");
    }
    if (req.method === "POST" && path === "/public/oauth2/1/revoke") {
      const form = fields(await readBody(req), req.headers["content-type"]);
      if (!clientAuthenticated(req, form))
        return error(res, 400, "invalid_client", "Client authentication failed");
      const grant = accessTokens.get(form.token ?? "") ?? refreshTokens.get(form.token ?? "");
      if (!grant || grant.revoked) return error(res, 400, "invalid_token", "The token is invalid");
      grant.revoked = true;
      res.writeHead(200).end();
      return;
    }
    if (req.method === "POST" && path === "/public/oauth2/1/pull/issuers") {
      const form = fields(await readBody(req), req.headers["content-type"]);
      const expected = createHash("sha256")
        .update(`${clientSecret}${form.clientid ?? ""}${form.ts ?? ""}`)
        .digest("hex");
      if (form.clientid !== clientId || form.hmac !== expected)
        return error(res, 401, "invalid_client_id", "The client_id parameter is invalid");
      return json(res, 200, {
        issuers: [
          {
            orgid: "001891",
            issuerid: "in.gov.cbse",
            name: "Central Board of Secondary Education",
            description: "",
            categories: "Education",
          },
        ],
      });
    }
    if (req.method !== "GET") return error(res, 404, "invalid_request", "No such endpoint");
    const grant = bearer(req);
    const needsToken =
      ["/public/oauth2/1/user", "/public/oauth2/2/files/issued", "/public/oauth2/2/xml/eaadhaar"].includes(
        path,
      ) || path.startsWith("/public/oauth2/1/file/");
    if (needsToken && !grant) return error(res, 401, "invalid_token", "The access token is invalid");
    if (path === "/public/oauth2/1/user") {
      return json(res, 200, {
        digilockerid: user.digilockerId,
        name: user.name,
        dob: user.dob,
        gender: user.gender,
        eaadhar: "Y",
      });
    }
    if (path === "/public/oauth2/2/files/issued")
      return json(res, 200, { items: ISSUED, resource: "issued" });
    if (path.startsWith("/public/oauth2/1/file/")) {
      const uri = decodeURIComponent(path.slice("/public/oauth2/1/file/".length));
      const item = ISSUED.find((i) => i.uri === uri);
      if (!item) return error(res, 404, "invalid_uri", "No file found for given URI");
      res.writeHead(200, { "content-type": "application/pdf" }).end(minimalPdf(item.name));
      return;
    }
    if (path === "/public/oauth2/2/xml/eaadhaar") {
      res.writeHead(200, { "content-type": "application/xml" }).end(eaadhaar);
      return;
    }
    error(res, 404, "invalid_request", "No such endpoint");
  };

  const server = createServer((req, res) => {
    res.on("finish", () =>
      requests.push({
        method: req.method ?? "",
        path: (req.url ?? "").split("?")[0]!,
        status: res.statusCode,
      }),
    );
    handle(req, res).catch(() => {
      if (!res.headersSent) error(res, 500, "unexpected_error", "Internal server error");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/public`,
    clientId,
    clientSecret,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
