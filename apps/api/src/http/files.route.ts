import { DigiLockerError } from "@lockerkit/core";
import { type Request, type Response, Router } from "express";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import { fromUpstream } from "../errors/upstream-error.mapper";
import type { ConsentSessionRepository } from "../modules/sessions";
import type { DocumentContentService } from "../modules/documents";
import type { FileUrlSigner } from "./file-url.signer";

const STATUS: Record<string, number> = {
  NOT_FOUND: 404,
  CONSENT_EXPIRED: 410,
  REAUTH_REQUIRED: 409,
  CONSENT_DENIED: 403,
  CONSENT_PENDING: 409,
  INTEGRITY_FAILED: 502,
  UPSTREAM_TIMEOUT: 504,
  UPSTREAM_UNAVAILABLE: 503,
  UPSTREAM_MISCONFIGURED: 502,
};

// Shown in the browser on this origin only when it cannot script it; anything else is a download.
const INLINE_TYPES = new Set(["application/pdf", "image/jpeg", "image/png"]);

/** `GET /files/<signed token>`: a document's PDF or image, for a link the browser can open. */
export function filesRoute(
  signer: FileUrlSigner,
  sessions: ConsentSessionRepository,
  contents: DocumentContentService,
  logger: Logger,
): Router {
  // Case-sensitive like the log's redaction of this path: `/FILES/<token>` is not a second route to it.
  const router = Router({ caseSensitive: true });
  router.get("/files/:token", async (req: Request, res: Response) => {
    res.set({
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
    });
    const grant = signer.verify(String(req.params.token));
    if (!grant)
      return res
        .status(404)
        .json({ error: { code: "NOT_FOUND", message: "this link is invalid or has expired" } });
    try {
      const session = await sessions.findById(grant.sessionId);
      if (!session)
        return res.status(404).json({ error: { code: "NOT_FOUND", message: "no such document" } });
      const file = await contents.file(session, grant.documentId);
      const filename = file.name.replace(/[^\w .-]/g, "_").slice(0, 100) || "document";
      // DigiLocker's Content-Type is upstream input: text/html or SVG served inline here would run on the API's origin.
      const type = file.mimeType.split(";")[0].trim().toLowerCase();
      if (INLINE_TYPES.has(type)) {
        res.set({
          "Content-Type": type,
          "Content-Disposition": `inline; filename="${filename}"`,
          "Content-Security-Policy": "sandbox",
        });
      } else {
        res.set({
          "Content-Type": "application/octet-stream",
          "Content-Disposition": `attachment; filename="${filename}"`,
        });
      }
      res.send(file.bytes);
    } catch (error) {
      const mapped = error instanceof DigiLockerError ? fromUpstream(error) : error;
      const code = mapped instanceof GraphQLError ? String(mapped.extensions.code) : "INTERNAL_SERVER_ERROR";
      if (!STATUS[code]) logger.error({ err: (error as Error).message }, "file download failed");
      res
        .status(STATUS[code] ?? 500)
        .json({ error: { code, message: STATUS[code] ? (mapped as Error).message : "internal error" } });
    }
  });
  return router;
}
