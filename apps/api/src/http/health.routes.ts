import { Router } from "express";

/** `/livez`: the process runs. `/readyz`: it can serve (database reachable, migrated, seeded). */
export function healthRoutes(isReady: () => Promise<boolean>): Router {
  const router = Router();
  router.get("/livez", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const ready = await isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable" });
  });
  return router;
}
