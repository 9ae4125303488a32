import express, { type Request, type Response, Router } from "express";
import { sendError } from "../errors";
import { personas } from "../personas";
import type { Fault, FaultKind, SandboxState } from "../state";
import { documentSigner, rotateDocumentSigner, trust } from "../trust";

const KINDS: FaultKind[] = [
  "status",
  "delay",
  "hang",
  "reset",
  "malformed",
  "truncate",
  "bad-hmac",
  "no-hmac",
  "content-type",
];

function optionalNumber(body: Record<string, unknown>, name: string): number | undefined | null {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

/** `/__sandbox/*`: test controls that never exist on the real service. */
export function controlRoutes(state: SandboxState): Router {
  const router = Router();
  const json = express.json({ limit: "16kb" });

  router.get("/personas", (_req, res) => {
    res.json(
      [...personas.values()].map((p) => ({
        id: p.id,
        name: p.name,
        documents: state.documentsOf(p).length,
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

  router.get("/faults", (_req, res) => {
    res.json(state.faults.map(({ remaining, ...f }) => ({ ...f, times: remaining })));
  });

  router.post("/faults", json, (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const path = typeof body.path === "string" ? body.path : "";
    if (!path.startsWith("/"))
      return sendError(res, 400, "invalid_request", "path must be an absolute path, or a prefix ending in *");
    const kind = body.kind as FaultKind;
    if (!KINDS.includes(kind))
      return sendError(res, 400, "invalid_request", `kind must be one of ${KINDS.join(", ")}`);
    const method = body.method === undefined ? undefined : String(body.method).toUpperCase();
    if (method !== undefined && method !== "GET" && method !== "POST")
      return sendError(res, 400, "invalid_request", "method must be GET or POST");
    const status = optionalNumber(body, "status");
    const retryAfter = optionalNumber(body, "retryAfter");
    const delayMs = optionalNumber(body, "delayMs");
    const times = optionalNumber(body, "times");
    if (status === null || retryAfter === null || delayMs === null || times === null) {
      return sendError(
        res,
        400,
        "invalid_request",
        "status, retryAfter, delayMs and times must be non-negative numbers",
      );
    }
    if (kind === "status" && (status === undefined || status < 400 || status > 599)) {
      return sendError(res, 400, "invalid_request", "a status fault needs a status between 400 and 599");
    }
    if (body.error !== undefined && typeof body.error !== "string")
      return sendError(res, 400, "invalid_request", "error must be a string");
    if (
      kind === "content-type" &&
      (typeof body.contentType !== "string" || !/^[\w.+-]+\/[\w.+-]+$/.test(body.contentType))
    ) {
      return sendError(
        res,
        400,
        "invalid_request",
        "a content-type fault needs a contentType such as text/html",
      );
    }
    const fault: Fault = {
      id: `f${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      path,
      method,
      kind,
      status,
      error: body.error as string | undefined,
      retryAfter,
      delayMs,
      contentType: kind === "content-type" ? (body.contentType as string) : undefined,
      remaining: times === undefined ? 1 : Math.floor(times),
    };
    state.faults.push(fault);
    const { remaining, ...rest } = fault;
    res.status(201).json({ ...rest, times: remaining });
  });

  router.delete("/faults", (_req, res) => {
    state.faults.length = 0;
    res.status(204).end();
  });

  router.get("/tokens", (_req, res) => {
    res.json(
      state.pairs.map((pair) => ({
        persona: state.grants.get(pair.grantId)?.personaId ?? "",
        access_token: pair.access,
        refresh_token: pair.refresh,
        state: state.pairState(pair),
      })),
    );
  });

  router.post("/expire-tokens", (_req, res) => {
    res.json({ expired: state.expireAccessTokens() });
  });

  router.post("/revoke-consent", json, (req: Request, res: Response) => {
    const persona = (req.body as Record<string, unknown> | undefined)?.persona;
    if (typeof persona !== "string" || !personas.has(persona))
      return sendError(res, 400, "invalid_request", "persona must be a sandbox persona id");
    res.json({ persona, revoked: state.revokePersona(persona) });
  });

  // The root is the one certificate to trust (as a `sandbox` root); ca.pem is its historical name.
  router.get(["/trust/ca.pem", "/trust/root.pem"], (_req, res) => {
    res.type("application/x-pem-file").send(trust().caPem);
  });
  router.get("/trust/intermediate.pem", (_req, res) => {
    res.type("application/x-pem-file").send(trust().intermediatePem);
  });
  router.get("/trust/signer.pem", (_req, res) => {
    res.type("application/x-pem-file").send(documentSigner().pem);
  });
  // A fresh signer leaf (fresh key) under the same root, as when DigiLocker renews its certificate.
  router.post("/rotate-signer", async (_req, res) => {
    const signer = await rotateDocumentSigner();
    res.status(201).json({ fingerprint: signer.fingerprint, pem: signer.pem });
  });
  router.get("/jwks.json", (_req, res) => {
    res.json(trust().jwks);
  });

  return router;
}
