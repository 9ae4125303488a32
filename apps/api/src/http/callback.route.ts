import { type Request, type Response, Router } from "express";
import type { Logger } from "pino";
import { isDatabaseUnavailable } from "../errors/database-error";
import type { AuditService } from "../modules/audit/audit.service";
import type { ConsentService } from "../modules/consent/consent.service";
import type { WebhookEmitter } from "../modules/webhooks/webhook-emitter";
import type { WebhookEventType } from "../modules/webhooks/webhook-event-types";

/** The callback's outcomes that tenants hear about by webhook (a failed exchange is not an event). */
const EVENTS: Record<string, { type: WebhookEventType; status: string } | undefined> = {
  active: { type: "consent.completed", status: "ACTIVE" },
  denied: { type: "consent.denied", status: "DENIED" },
  expired: { type: "consent.expired", status: "EXPIRED" },
};

function single(value: unknown): string | undefined {
  return typeof value === "string" && value.length <= 2048 ? value : undefined;
}

function page(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${message}</p></main></body></html>`;
}

/** `GET /digilocker/callback`: where DigiLocker sends the browser back. */
export function callbackRoute(consent: ConsentService, audit: AuditService, webhooks: WebhookEmitter, logger: Logger): Router {
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
        await audit.record({ tenantId: outcome.tenantId, actor: "digilocker", action: "consent.answered", sessionId: outcome.sessionId, outcome: outcome.status, requestId: res.locals.requestId as string });
        const event = EVENTS[outcome.status];
        // Queued after the transition (which the consent service commits on its own): the user's
        // redirect must not fail over it, so a failure to queue is logged, not shown.
        if (event) {
          await webhooks
            .emit(outcome.tenantId, event.type, { sessionId: outcome.sessionId, status: event.status })
            .then(() => webhooks.flush())
            .catch((error: Error) => logger.error({ sessionId: outcome.sessionId, err: error.message }, "webhook event not queued"));
        }
        return res.redirect(303, outcome.location);
      }
      res.status(400).type("html").send(page("This link cannot be used", `${outcome.message}. Start again from the app.`));
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // Usually nothing was consumed yet, so reloading DigiLocker's redirect finishes the consent;
        // if the state was already spent, the recovery sweep fails the session cleanly.
        return res
          .status(503)
          .set("Retry-After", "5")
          .type("html")
          .send(page("Try again in a moment", "The service is briefly unavailable. Reload this page; if it still fails, start again from the app."));
      }
      logger.error({ err: { name: (error as Error).name, message: (error as Error).message } }, "callback failed");
      res.status(500).type("html").send(page("Something went wrong", "The consent could not be completed. Start again from the app."));
    }
  });
  return router;
}
