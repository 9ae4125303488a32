import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { Router } from "express";

/** Where `npm run build` puts the demo web app (apps/web/dist), from src/ or dist/ alike. */
export const WEB_DIST = join(__dirname, "..", "..", "..", "web", "dist");

/**
 * The demo web app at `/` with an SPA fallback, and `/demo-config.json` telling it the demo tenant's
 * publishable key (public by design: it only starts consents for allow-listed return URLs) and where
 * the explorer is (null in production, where there is none).
 */
export function webAppRoutes(
  publishableKey: string | null,
  explorerUrl: string | null,
  dist = WEB_DIST,
): Router {
  const router = Router();
  router.get("/demo-config.json", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ publishableKey, graphqlUrl: "/graphql", explorerUrl });
  });
  if (!existsSync(join(dist, "index.html"))) return router;
  router.use(express.static(dist, { index: "index.html", maxAge: "1h" }));
  const api = /^\/(graphql|files|digilocker|livez|readyz|metrics)(\/|$)/i;
  router.get(/.*/, (req, res, next) => {
    if (api.test(req.path) || !req.accepts("html")) return next();
    res.set("Cache-Control", "no-cache").sendFile(join(dist, "index.html"));
  });
  return router;
}
