import { Router } from "express";
import { personas } from "../personas";
import type { SandboxState } from "../state";

/** `/__sandbox/*`: test controls that never exist on the real service. */
export function controlRoutes(state: SandboxState): Router {
  const router = Router();

  router.get("/personas", (_req, res) => {
    res.json(
      [...personas.values()].map((p) => ({
        id: p.id,
        name: p.name,
        documents: p.documents.length,
        eaadhaar: p.eaadhaar,
        mobile: p.mobile,
      })),
    );
  });

  router.get("/requests", (_req, res) => {
    res.json(state.requests);
  });

  router.delete("/requests", (_req, res) => {
    state.requests.length = 0;
    res.status(204).end();
  });

  return router;
}
