import { createHmac } from "node:crypto";
import { type NextFunction, type Request, type Response, Router } from "express";
import { DEFAULT_SCOPE, PARTNER_SCOPE, type SandboxConfig } from "../config";
import {
  eaadhaarFor,
  eaadhaarKycResFor,
  hasXml,
  issuedFile,
  uploadedFile,
  xmlContentType,
  xmlFor,
} from "../documents";
import { sendError } from "../errors";
import { type Persona, personas } from "../personas";
import type { Grant, SandboxState } from "../state";

/** base64(HMAC-SHA256(key = client secret, message = the exact body bytes)), DigiLocker's `hmac` header. */
export function bodyHmac(secret: string, body: Buffer | string): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

function scopesOf(grant: Grant): Set<string> {
  return new Set(grant.scope ? grant.scope.split(" ") : DEFAULT_SCOPE);
}

/**
 * Resolves the Bearer token to its persona, or answers 401 `invalid_token` like DigiLocker; then,
 * when the grant asked for scopes explicitly, 403 `insufficient_scope` unless one of `needs` is granted.
 */
export function bearer(state: SandboxState, needs: string[] = []) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? "";
    const grant = /^Bearer /i.test(header) ? state.grantForAccessToken(header.slice(7).trim()) : null;
    if (!grant) return sendError(res, 401, "invalid_token", "The access token is invalid");
    const granted = scopesOf(grant);
    // A `partners.<DOCTYPE>` consent reads issued documents like `files.issueddocs` does.
    const partnerRead = needs.includes("files.issueddocs") && [...granted].some((s) => PARTNER_SCOPE.test(s));
    if (needs.length && !partnerRead && !needs.some((s) => granted.has(s))) {
      return sendError(
        res,
        403,
        "insufficient_scope",
        "The request requires higher privileges than provided by the access token",
      );
    }
    res.locals.persona = personas.get(grant.personaId);
    res.locals.grant = grant;
    next();
  };
}

export function resourceRoutes(config: SandboxConfig, state: SandboxState): Router {
  const router = Router();
  const auth = bearer(state);
  const issued = bearer(state, ["files.issueddocs", "issued_documents"]);
  const uploaded = bearer(state, ["files.uploadeddocs"]);
  const profile = bearer(state, ["userdetails", "profile", "openid"]);

  const apisetu = config.dialect === "apisetu";

  /** A listing's items: the spec's schema has `minItems: 1`, so its dialect leaves an empty list out. */
  function listing(items: unknown[]): { items?: unknown[] } {
    return apisetu && items.length === 0 ? {} : { items };
  }

  function sendSigned(res: Response, body: Buffer | string, contentType: string): void {
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    res
      .status(200)
      .set({ "Content-Type": contentType, hmac: bodyHmac(config.clientSecret, bytes) })
      .end(bytes);
  }

  router.get("/oauth2/1/user", profile, (_req, res) => {
    const p = res.locals.persona as Persona;
    if (apisetu) {
      // The spec's spellings: `digilocker_id`, `eaadhar`, and `dob` typed as a number (leading zero lost).
      return res.json({
        digilocker_id: p.digilockerId,
        name: p.name,
        dob: Number(p.dob.replace(/\D/g, "")),
        gender: p.gender,
        eaadhar: p.eaadhaar,
        reference_key: "",
      });
    }
    res.json({
      digilockerid: p.digilockerId,
      name: p.name,
      dob: p.dob.replace(/\D/g, ""),
      gender: p.gender,
      eaadhaar: p.eaadhaar,
      reference_key: "",
      mobile: p.mobile,
      email: p.email,
      picture: p.photo ?? "",
    });
  });

  router.get("/oauth2/2/files/issued", issued, (_req, res) => {
    const p = res.locals.persona as Persona;
    res.json({ ...listing(state.documentsOf(p)), resource: "issued" });
  });

  // The legacy list sends `mime` as one comma-separated string.
  router.get("/oauth2/1/files/issued", issued, (_req, res) => {
    const p = res.locals.persona as Persona;
    const items = state
      .documentsOf(p)
      .map((d) => ({ ...d, mime: Array.isArray(d.mime) ? d.mime.join(",") : d.mime }));
    res.json({ ...listing(items), resource: "issued" });
  });

  // Self-uploaded files: the root folder, or one folder by id.
  router.get(["/oauth2/1/files", "/oauth2/1/files/", "/oauth2/1/files/:id"], uploaded, (req, res) => {
    const p = res.locals.persona as Persona;
    const id = typeof req.params.id === "string" ? req.params.id : "";
    if (id) {
      const dir = p.uploads.find((u) => u.id === id && u.type === "dir");
      if (!dir) return sendError(res, 404, "invalid_id", "No folder found for given id");
    }
    res.json({ directory: id || "", ...listing(p.uploads.filter((u) => u.parent === id)) });
  });

  router.get(["/oauth2/1/file", "/oauth2/1/file/"], auth, (_req, res) =>
    sendError(res, 400, "uri_missing", "URI parameter missing"),
  );
  router.get("/oauth2/1/file/:uri", issued, (req, res) => {
    const p = res.locals.persona as Persona;
    const uri = String(req.params.uri);
    const item = state.documentsOf(p).find((d) => d.uri === uri);
    if (item) {
      const { body, contentType } = issuedFile(p, item);
      return sendSigned(res, body, contentType);
    }
    const upload = p.uploads.find((u) => u.type === "file" && u.uri === uri);
    if (upload) {
      const { body, contentType } = uploadedFile(p, upload);
      return sendSigned(res, body, contentType);
    }
    sendError(res, 404, "invalid_uri", "No file found for given URI");
  });

  router.get(["/oauth2/1/xml", "/oauth2/1/xml/"], auth, (_req, res) =>
    sendError(res, 400, "uri_missing", "URI parameter missing"),
  );
  router.get("/oauth2/1/xml/:uri", issued, (req, res) => {
    const p = res.locals.persona as Persona;
    const item = state.documentsOf(p).find((d) => d.uri === String(req.params.uri));
    if (!item || !hasXml(item)) return sendError(res, 404, "invalid_uri", "No file found for given URI");
    sendSigned(res, xmlFor(p, item), xmlContentType(item));
  });

  // Production serves `/3/` (Certificate/CertificateData/KycRes); the spec lists only `/2/`, whose
  // schema has `KycRes` as the root with the signature inside it (served as text/plain here).
  router.get(apisetu ? "/oauth2/2/xml/eaadhaar" : "/oauth2/3/xml/eaadhaar", issued, (_req, res) => {
    const p = res.locals.persona as Persona;
    if (p.eaadhaar !== "Y")
      return sendError(res, 404, "aadhaar_not_linked", "Aadhaar is not linked to the account");
    if (apisetu) return sendSigned(res, eaadhaarKycResFor(p), "text/plain; charset=utf-8");
    sendSigned(res, eaadhaarFor(p), "application/xml; charset=utf-8");
  });

  return router;
}
