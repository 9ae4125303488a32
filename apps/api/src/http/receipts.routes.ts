import { Router, type Response } from "express";
import type { Logger } from "pino";
import type { KycReceiptService } from "../modules/receipts";

/** Public and credential-free, so any verifier (a browser included) may read them. */
function publicHeaders(res: Response, maxAgeS: number): void {
  res.set({ "access-control-allow-origin": "*", "cache-control": `public, max-age=${maxAgeS}` });
}

/**
 * What a verifier of KYC receipts needs and nothing else: the published keys, the SD-JWT VC issuer
 * metadata, and the status lists (IETF Token Status List). None of them holds personal data.
 */
export function receiptsRoutes(receipts: KycReceiptService, logger: Logger): Router {
  const router = Router();
  router.get("/.well-known/jwks.json", (_req, res) => {
    publicHeaders(res, 300);
    res.type("application/jwk-set+json").send(JSON.stringify(receipts.jwks()));
  });
  router.get("/.well-known/jwt-vc-issuer", (_req, res) => {
    publicHeaders(res, 300);
    res.json(receipts.issuerMetadata());
  });
  router.get("/status/:list", async (req, res) => {
    try {
      const token = await receipts.statusListToken(String(req.params.list));
      if (!token) {
        res.status(404).json({ error: "NOT_FOUND", message: "no such status list" });
        return;
      }
      // Revocation must show at once: verifiers may cache for the token's ttl, proxies may not.
      publicHeaders(res, 0);
      res.type("application/statuslist+jwt").send(token);
    } catch (error) {
      logger.warn({ err: (error as Error).message }, "status list failed");
      res.status(503).json({ error: "UNAVAILABLE", message: "the status list is unavailable; try again" });
    }
  });
  return router;
}
