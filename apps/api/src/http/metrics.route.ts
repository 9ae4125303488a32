import { createHash, timingSafeEqual } from "node:crypto";
import { Router } from "express";
import type { Metrics } from "../observability/metrics";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * `GET /metrics`, Prometheus text. Open outside production; in production it needs
 * `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise), and without a configured token it does not
 * exist (404): metrics are never public in production.
 */
export function metricsRoute(
  metrics: Metrics,
  access: { production: boolean; token: string | undefined },
): Router {
  const router = Router();
  const expected = access.token ? digest(access.token) : null;
  router.get("/metrics", async (req, res) => {
    if (access.production) {
      if (!expected) return void res.status(404).end();
      const given = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1];
      // Compared as digests: constant time whatever the given length.
      if (!given || !timingSafeEqual(digest(given), expected)) {
        return void res.status(401).set("www-authenticate", "Bearer").end();
      }
    }
    res
      .set("content-type", metrics.registry.contentType)
      .set("cache-control", "no-store")
      .send(await metrics.text());
  });
  return router;
}
