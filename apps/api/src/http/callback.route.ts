import { type Request, type Response, Router } from "express";
import type { Logger } from "pino";
import { isDatabaseUnavailable } from "../errors/database-error";
import type { AuditService } from "../modules/audit";
import type { ConsentService } from "../modules/consent";

function single(value: unknown): string | undefined {
  return typeof value === "string" && value.length <= 2048 ? value : undefined;
}

function page(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${message}</p></main></body></html>`;
}

/** `GET /digilocker/callback`: where DigiLocker sends the browser back. */
export function callbackRoute(consent: ConsentService, audit: AuditService, logger: Logger): Router {
  const router = Router();
  router.get("/digilocker/callback", async (req: Request, res: Response) => {
    // The URL carries a code and a state: keep it out of caches and of the next page's Referer.
    res.set({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });
    try {
      const outcome = await consent.handleCallback({
        code: single(req.query.code),
        state: single(req.query.state),
        error: single(req.query.error),
      });
      if (outcome.kind === "redirect") {
        await audit.record({
          tenantId: outcome.tenantId,
          actor: "digilocker",
          action: "consent.answered",
          sessionId: outcome.sessionId,
          outcome: outcome.status,
          requestId: res.locals.requestId as string,
        });
        return res.redirect(303, outcome.location);
      }
      res
        .status(400)
        .type("html")
        .send(page("This link cannot be used", `${outcome.message}. Start again from the app.`));
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // Usually nothing was consumed yet, so reloading DigiLocker's redirect finishes the consent;
        // if the state was already spent, the recovery sweep fails the session cleanly.
        return res
          .status(503)
          .set("Retry-After", "5")
          .type("html")
          .send(
            page(
              "Try again in a moment",
              "The service is briefly unavailable. Reload this page; if it still fails, start again from the app.",
            ),
          );
      }
      logger.error(
        { err: { name: (error as Error).name, message: (error as Error).message } },
        "callback failed",
      );
      res
        .status(500)
        .type("html")
        .send(page("Something went wrong", "The consent could not be completed. Start again from the app."));
    }
  });
  return router;
}
