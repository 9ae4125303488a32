import { type NextFunction, type Request, type Response, Router } from "express";
import { sendError } from "../errors";
import { type Persona, personas } from "../personas";
import type { SandboxState } from "../state";

/** Resolves the Bearer token to its persona, or answers 401 `invalid_token` like DigiLocker. */
function bearer(state: SandboxState) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? "";
    const grant = header.startsWith("Bearer ") ? state.grantForAccessToken(header.slice(7).trim()) : null;
    if (!grant) return sendError(res, 401, "invalid_token", "The access token is invalid");
    res.locals.persona = personas.get(grant.personaId);
    next();
  };
}

export function resourceRoutes(state: SandboxState): Router {
  const router = Router();
  const auth = bearer(state);

  router.get("/oauth2/1/user", auth, (_req, res) => {
    const p = res.locals.persona as Persona;
    res.json({
      digilockerid: p.digilockerId,
      name: p.name,
      dob: p.dob.replace(/\D/g, ""),
      gender: p.gender,
      eaadhaar: p.eaadhaar,
      reference_key: "",
      mobile: p.mobile,
      email: p.email,
    });
  });

  router.get("/oauth2/2/files/issued", auth, (_req, res) => {
    const p = res.locals.persona as Persona;
    res.json({ items: p.documents, resource: "issued" });
  });

  // The legacy list sends `mime` as one comma-separated string.
  router.get("/oauth2/1/files/issued", auth, (_req, res) => {
    const p = res.locals.persona as Persona;
    const items = p.documents.map((d) => ({ ...d, mime: Array.isArray(d.mime) ? d.mime.join(",") : d.mime }));
    res.json({ items, resource: "issued" });
  });

  return router;
}
