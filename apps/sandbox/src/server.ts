import { createServer } from "node:http";
import { languageMiddleware } from "./i18n";
import type { AddressInfo } from "node:net";
import express, { type NextFunction, type Request, type Response } from "express";
import {
  DEFAULT_CLIENT_ID,
  DEFAULT_CLIENT_SECRET,
  DEFAULT_PARTNER_NAME,
  type SandboxConfig,
  type SandboxDialect,
} from "./config";
import { sendError } from "./errors";
import { faultMiddleware, type HangSet } from "./faults";
import { operationOf } from "./operations";
import { controlRoutes } from "./routes/controls.routes";
import { oauthRoutes } from "./routes/oauth.routes";
import { pullRoutes } from "./routes/pull.routes";
import { resourceRoutes } from "./routes/resources.routes";
import { DEFAULT_CODE_TTL_S, type RecordedRequest, SandboxState } from "./state";
import { documentSigner, ensureDocumentSigner, trust } from "./trust";

export interface SandboxOptions {
  port?: number;
  host?: string;
  clientId?: string;
  clientSecret?: string;
  redirectUris?: string[];
  accessTokenTtlS?: number;
  /** Lifetime of authorization codes (default 60 s). */
  codeTtlS?: number;
  /** `/__sandbox/*` and the authorize shortcut (default on; `SANDBOX_CONTROLS=off` turns them off). */
  controls?: boolean;
  /** The partner's name on the consent screen. */
  partnerName?: string;
  /** Which documented DigiLocker to speak (default `meripehchaan`; `SANDBOX_DIALECT`). */
  dialect?: SandboxDialect;
}

export interface RunningSandbox {
  /** Origin, e.g. `http://localhost:4100`. */
  url: string;
  /** DigiLocker base URL to give a client: `<url>/public`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  dialect: SandboxDialect;
  /** Registers one more exact redirect URI (used when the API's port is only known after listen). */
  registerRedirectUri(uri: string): void;
  /**
   * The sandbox's test root CA (the `sandbox` trust anchor a verifier needs), its document-signer sub-CA,
   * and the current signer leaf (it changes on `POST /__sandbox/rotate-signer`).
   */
  readonly trust: { readonly caPem: string; readonly intermediatePem: string; readonly signerPem: string };
  stop(): Promise<void>;
}

export async function createSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const config: SandboxConfig = {
    dialect: options.dialect ?? "meripehchaan",
    clientId: options.clientId ?? DEFAULT_CLIENT_ID,
    clientSecret: options.clientSecret ?? DEFAULT_CLIENT_SECRET,
    redirectUris: new Set(options.redirectUris ?? []),
    accessTokenTtlS: options.accessTokenTtlS ?? 3600,
    codeTtlS: options.codeTtlS ?? DEFAULT_CODE_TTL_S,
    controls: options.controls ?? true,
    partnerName: options.partnerName ?? DEFAULT_PARTNER_NAME,
    issuer: "",
  };
  const keys = trust(); // fail fast when the trust material is missing
  await ensureDocumentSigner();
  const state = new SandboxState(config.accessTokenTtlS, config.codeTtlS);
  const hanging: HangSet = new Set();
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.set("etag", false);

  // Records every upstream request (no query string: it carries codes and states), in arrival order.
  app.use("/public", (req: Request, res: Response, next: NextFunction) => {
    const path = req.originalUrl.split("?")[0];
    const entry: RecordedRequest = {
      method: req.method,
      path,
      operation: operationOf(path),
      status: 0,
      at: new Date().toISOString(),
    };
    state.requests.push(entry);
    const settle = () => {
      entry.operation = (res.locals.operation as string | undefined) ?? entry.operation;
      if (res.headersSent) entry.status = res.statusCode;
    };
    res.on("finish", settle);
    res.on("close", settle);
    next();
  });
  app.use("/public", faultMiddleware(state, hanging));
  app.use("/public", languageMiddleware);
  app.use("/public", oauthRoutes(config, state), resourceRoutes(config, state), pullRoutes(config, state));
  app.use(
    "/__sandbox",
    (_req, res, next) => {
      if (!config.controls) return sendError(res, 404, "not_found", "Sandbox controls are off");
      next();
    },
    controlRoutes(state),
  );
  app.use((_req: Request, res: Response) => sendError(res, 404, "invalid_request", "No such endpoint"));
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) return sendError(res, 500, "unexpected_error", "Unexpected error");
      sendError(
        res,
        status,
        "invalid_request",
        error.type === "entity.parse.failed" ? "The request body is malformed" : "The request is invalid",
      );
    },
  );

  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4100, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  config.issuer = `${url}/public`;
  return {
    url,
    baseUrl: `${url}/public`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    dialect: config.dialect,
    registerRedirectUri: (uri) => config.redirectUris.add(uri),
    trust: {
      caPem: keys.caPem,
      intermediatePem: keys.intermediatePem,
      get signerPem() {
        return documentSigner().pem;
      },
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hanging) res.destroy();
        hanging.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
