import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { Router } from "express";

/** Where the API's build puts the bundled GraphiQL (explorer/vite.config.mjs), from src/ or dist/ alike. */
export const EXPLORER_DIST = join(__dirname, "..", "..", "dist", "explorer");

/**
 * Everything from this server: Monaco needs inline styles and its fonts, nothing else is relaxed.
 * `connect-src 'self'` covers the same-origin WebSocket for subscriptions.
 */
const CSP = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join("; ");

/**
 * GET /explorer (development only): GraphiQL bundled at build time, so it works offline and behind
 * proxies that block Apollo's CDN. The page reads the demo tenant's publishable key from
 * `/demo-config.json` and presets it in its headers (and the subscription's connectionParams).
 */
export function explorerRoutes(dist = EXPLORER_DIST): Router {
  const router = Router();
  const index = join(dist, "index.html");
  router.use("/explorer", (_req, res, next) => {
    res.set("Content-Security-Policy", CSP);
    next();
  });
  router.get(["/explorer", "/explorer/"], (_req, res) => {
    if (!existsSync(index)) {
      res
        .status(404)
        .type("text/plain")
        .send("the explorer is not built: run `npm run build -w @lockerkit/api`");
      return;
    }
    res.set("Cache-Control", "no-cache").sendFile(index);
  });
  router.use("/explorer", express.static(dist, { index: false, maxAge: "1h" }));
  return router;
}
