import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type NextFunction, type Request, type Response } from "express";
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, type SandboxConfig } from "./config";
import { sendError } from "./errors";
import { operationOf } from "./operations";
import { controlRoutes } from "./routes/controls.routes";
import { oauthRoutes } from "./routes/oauth.routes";
import { resourceRoutes } from "./routes/resources.routes";
import { SandboxState } from "./state";

export interface SandboxOptions {
  port?: number;
  host?: string;
  clientId?: string;
  clientSecret?: string;
  redirectUris?: string[];
  accessTokenTtlS?: number;
  controls?: boolean;
}

export interface RunningSandbox {
  /** Origin, e.g. `http://localhost:4100`. */
  url: string;
  /** DigiLocker base URL to give a client: `<url>/public`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Registers one more exact redirect URI (used when the API's port is only known after listen). */
  registerRedirectUri(uri: string): void;
  stop(): Promise<void>;
}

export async function createSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const config: SandboxConfig = {
    clientId: options.clientId ?? DEFAULT_CLIENT_ID,
    clientSecret: options.clientSecret ?? DEFAULT_CLIENT_SECRET,
    redirectUris: new Set(options.redirectUris ?? []),
    accessTokenTtlS: options.accessTokenTtlS ?? 3600,
    controls: options.controls ?? true,
  };
  const state = new SandboxState(config.accessTokenTtlS);
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");

  // Records every upstream request (no query string: it carries codes and states).
  app.use("/public", (req: Request, res: Response, next: NextFunction) => {
    const path = req.originalUrl.split("?")[0];
    res.on("finish", () => {
      state.requests.push({
        method: req.method,
        path,
        operation: (res.locals.operation as string | undefined) ?? operationOf(path),
        status: res.statusCode,
        at: new Date().toISOString(),
      });
    });
    next();
  });
  app.use("/public", oauthRoutes(config, state), resourceRoutes(state));
  app.use("/__sandbox", (_req, res, next) => {
    if (!config.controls) return sendError(res, 404, "not_found", "Sandbox controls are off");
    next();
  }, controlRoutes(state));
  app.use((_req: Request, res: Response) => sendError(res, 404, "invalid_request", "No such endpoint"));
  app.use((error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status < 500 ? error.status : 500;
    sendError(res, status, status === 500 ? "unexpected_error" : "invalid_request", status === 500 ? "Unexpected error" : error.message);
  });

  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4100, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  return {
    url,
    baseUrl: `${url}/public`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    registerRedirectUri: (uri) => config.redirectUris.add(uri),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
