import { createHash, timingSafeEqual } from "node:crypto";
import express, { type Request, type Response, Router } from "express";
import type { SandboxConfig } from "../config";
import { sendError } from "../errors";
import { type Persona, toItem } from "../personas";
import type { SandboxState } from "../state";
import { bearer } from "./resources.routes";

interface PullDoctype {
  doctype: string;
  description: string;
  parameters: Array<{ label: string; paramname: string; valuelist: string; example: string }>;
}

interface PullIssuer {
  orgid: string;
  issuerid: string;
  name: string;
  description: string;
  category: string;
  documents: PullDoctype[];
}

/** What a record lookup at the issuer finds. Fictional numbers only. */
interface PullRecord {
  orgid: string;
  doctype: string;
  key: string;
  /** Persona whose record it is (a name match at the issuer); others get `record_not_found`. */
  persona?: string;
  outcome?: "pending" | "inactive" | "unresponsive";
  name: string;
  date: string;
}

const ISSUERS: PullIssuer[] = [
  {
    orgid: "000048",
    issuerid: "in.gov.transport",
    name: "Ministry of Road Transport and Highways",
    description: "Driving licences and vehicle registration (sandbox)",
    category: "Central Government",
    documents: [
      {
        doctype: "DRVLC",
        description: "Driving License",
        parameters: [
          { label: "Driving Licence Number", paramname: "dlno", valuelist: "", example: "SB-0120230000001" },
        ],
      },
      {
        doctype: "RVCER",
        description: "Registration of Vehicles",
        parameters: [
          { label: "Registration Number", paramname: "regno", valuelist: "", example: "DL01AB1234" },
          { label: "Chassis Number (last 5)", paramname: "chasisno", valuelist: "", example: "12345" },
        ],
      },
    ],
  },
  {
    orgid: "001891",
    issuerid: "in.gov.cbse",
    name: "Central Board of Secondary Education",
    description: "Marksheets and pass certificates (sandbox)",
    category: "Education",
    documents: [
      {
        doctype: "SSCER",
        description: "Class X Marksheet",
        parameters: [
          { label: "Roll Number", paramname: "rroll", valuelist: "", example: "1234567" },
          {
            label: "Year",
            paramname: "year",
            valuelist: "2004,2005,2006,2007,2008,2009,2010",
            example: "2008",
          },
        ],
      },
      {
        doctype: "HSCER",
        description: "Class XII Marksheet",
        parameters: [
          { label: "Roll Number", paramname: "rroll", valuelist: "", example: "7654321" },
          {
            label: "Year",
            paramname: "year",
            valuelist: "2006,2007,2008,2009,2010,2011,2012",
            example: "2010",
          },
        ],
      },
    ],
  },
  {
    orgid: "002077",
    issuerid: "in.gov.irdai",
    name: "Insurance Regulatory and Development Authority",
    description: "Insurance policies (sandbox)",
    category: "Insurance",
    documents: [
      {
        doctype: "INSPL",
        description: "Insurance Policy",
        parameters: [{ label: "Policy Number", paramname: "policyno", valuelist: "", example: "SBX000001" }],
      },
    ],
  },
];

const RECORDS: PullRecord[] = [
  { orgid: "000048", doctype: "DRVLC", key: "SB-0120230000001", name: "Driving License", date: "03/03/2023" },
  {
    orgid: "000048",
    doctype: "RVCER",
    key: "SB01ZZ0002|00002",
    persona: "typical",
    name: "Registration of Vehicles",
    date: "2022-07-19",
  },
  {
    orgid: "000048",
    doctype: "DRVLC",
    key: "SB-0120230000009",
    outcome: "pending",
    name: "Driving License",
    date: "03/03/2023",
  },
  { orgid: "001891", doctype: "SSCER", key: "7000001|2006", name: "Class X Marksheet", date: "2006-05-29" },
  {
    orgid: "001891",
    doctype: "HSCER",
    key: "7000002|2008",
    outcome: "unresponsive",
    name: "Class XII Marksheet",
    date: "2008-05-24",
  },
  {
    orgid: "002077",
    doctype: "INSPL",
    key: "SBX000001",
    outcome: "inactive",
    name: "Insurance Policy",
    date: "01/04/2024",
  },
];

function single(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a.toLowerCase());
  const y = Buffer.from(b.toLowerCase());
  return x.length === y.length && timingSafeEqual(x, y);
}

const MAX_AGE_S = 30 * 60;

export function pullRoutes(config: SandboxConfig, state: SandboxState): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: "16kb" });
  const apisetu = config.dialect === "apisetu";
  /** Pull outcomes: HTTP 500 in the official spec, 400 in the Meri Pehchaan guide. */
  const outcomeStatus = apisetu ? 500 : 400;

  /** A failed client authentication: 401 `invalid_client_id` in the spec, 400 `invalid_client` in the guide. */
  function refuseClient(res: Response, description: string): null {
    if (apisetu) sendError(res, 401, "invalid_client_id", "The client_id parameter is invalid");
    else sendError(res, 400, "invalid_client", description);
    return null;
  }

  /** Checks `clientid`, `ts` (≤ 30 min old) and `hmac` = SHA-256 hex of secret+clientid[+orgid[+doctype]]+ts. */
  function clientHmac(req: Request, res: Response, fields: string[]): Record<string, string> | null {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values: Record<string, string> = {};
    for (const name of ["clientid", ...fields, "ts", "hmac"]) {
      values[name] = single(body[name]).trim();
      if (!values[name]) {
        if (apisetu)
          sendError(
            res,
            400,
            "invalid_parameter",
            "One or more of the mandatory parameters is missing or invalid",
          );
        else sendError(res, 400, "invalid_request", `The ${name} parameter is required`);
        return null;
      }
    }
    if (values.clientid !== config.clientId) return refuseClient(res, "Client authentication failed");
    const ts = Number(values.ts);
    const now = Math.floor(Date.now() / 1000);
    if (!/^\d+$/.test(values.ts) || now - ts > MAX_AGE_S || ts - now > 300) {
      sendError(
        res,
        400,
        apisetu ? "invalid_parameter" : "invalid_request",
        "The timestamp is invalid or older than 30 minutes",
      );
      return null;
    }
    const expected = sha256Hex(
      config.clientSecret + values.clientid + fields.map((f) => values[f]).join("") + values.ts,
    );
    if (!sameHex(expected, values.hmac)) return refuseClient(res, "The hmac does not match");
    return values;
  }

  function issuerOr404(res: Response, orgid: string): PullIssuer | null {
    const issuer = ISSUERS.find((i) => i.orgid === orgid);
    if (!issuer) sendError(res, 404, "invalid_id", "No issuer found for given orgid");
    return issuer ?? null;
  }

  router.post("/oauth2/1/pull/issuers", form, (req, res) => {
    if (!clientHmac(req, res, [])) return;
    // The spec's field is `categories`; the guide's answers say `category`.
    res.json({
      issuers: ISSUERS.map(({ orgid, issuerid, name, description, category }) =>
        apisetu
          ? { orgid, issuerid, name, description, categories: category }
          : { orgid, issuerid, name, description, category },
      ),
    });
  });

  router.post("/oauth2/1/pull/doctype", form, (req, res) => {
    const values = clientHmac(req, res, ["orgid"]);
    if (!values) return;
    const issuer = issuerOr404(res, values.orgid);
    if (!issuer) return;
    res.json({ documents: issuer.documents.map(({ doctype, description }) => ({ doctype, description })) });
  });

  router.post("/oauth2/1/pull/parameters", form, (req, res) => {
    const values = clientHmac(req, res, ["orgid", "doctype"]);
    if (!values) return;
    const issuer = issuerOr404(res, values.orgid);
    if (!issuer) return;
    const doc = issuer.documents.find((d) => d.doctype === values.doctype);
    if (!doc) return sendError(res, 404, "invalid_id", "No document type found for given orgid");
    res.json(doc.parameters);
  });

  router.post(
    "/oauth2/1/pull/pulldocument",
    form,
    bearer(state, ["files.issueddocs", "issued_documents", "pull"]),
    (req, res) => {
      const persona = res.locals.persona as Persona;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const orgid = single(body.orgid);
      const doctype = single(body.doctype);
      if (!orgid || !doctype)
        return sendError(res, 400, "invalid_request", "The orgid and doctype parameters are required");
      if (single(body.consent) !== "Y")
        return sendError(res, 400, "invalid_request", "The user's consent (consent=Y) is required");
      const issuer = ISSUERS.find((i) => i.orgid === orgid);
      const doc = issuer?.documents.find((d) => d.doctype === doctype);
      if (apisetu && !issuer)
        return sendError(res, 500, "invalid_orgid", "The orgid parameter is missing or invalid.");
      if (apisetu && !doc)
        return sendError(res, 500, "invalid_doctype", "The doctype parameter is missing or invalid.");
      if (!issuer || !doc) return sendError(res, 400, "invalid_request", "Unknown orgid or doctype");
      const params = doc.parameters.map((p) => single(body[p.paramname]).trim());
      if (params.some((v) => !v)) {
        return sendError(
          res,
          400,
          "invalid_request",
          `Parameters required: ${doc.parameters.map((p) => p.paramname).join(", ")}`,
        );
      }
      if (persona.eaadhaar !== "Y")
        return sendError(res, outcomeStatus, "aadhaar_not_linked", "Aadhaar is not linked to the account");
      const key = params.join("|").toUpperCase();
      const record = RECORDS.find(
        (r) =>
          r.orgid === orgid &&
          r.doctype === doctype &&
          r.key === key &&
          (!r.persona || r.persona === persona.id),
      );
      if (!record)
        return sendError(res, 404, "record_not_found", "No record found at the issuer for the given details");
      if (record.outcome === "pending")
        return sendError(
          res,
          outcomeStatus,
          "pull_response_pending",
          "The issuer has not answered yet; try again later",
        );
      if (record.outcome === "inactive")
        return sendError(res, 503, "repository_service_inactive", "The issuer's repository is inactive");
      if (record.outcome === "unresponsive")
        return sendError(
          res,
          530,
          "repository_service_unresponsive",
          "The issuer's repository is not responding",
        );
      const item = toItem(
        {
          doctype,
          issuerid: issuer.issuerid,
          issuer: issuer.name,
          name: record.name,
          date: record.date,
          mime: ["application/pdf", "application/xml"],
        },
        sha256Hex(`${persona.id}:${orgid}:${doctype}:${key}`).slice(0, 32),
      );
      const pulled = state.pulled.get(persona.id) ?? [];
      if (state.documentsOf(persona).some((d) => d.uri === item.uri)) {
        return sendError(
          res,
          outcomeStatus,
          "uri_exists",
          "The document is already in the user's DigiLocker",
        );
      }
      pulled.push(item);
      state.pulled.set(persona.id, pulled);
      res.json({ uri: item.uri });
    },
  );

  return router;
}
