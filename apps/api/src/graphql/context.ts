import type { IncomingHttpHeaders } from "node:http";
import { databaseUnavailable, isDatabaseUnavailable } from "../errors/database-error";
import { AppError, ErrorCode } from "../errors/error-codes";
import { clientIpKey } from "../util/client-ip";
import { authenticate } from "./authenticate";
import type { Principal } from "./principal";
import { chargeUnauthenticated } from "./rate-limit.plugin";
import type { RateLimitStore } from "./rate-limit.store";
import type { Services } from "./services";

/** Set to `console` by the operator console (apps/web/src/console). */
export const CLIENT_HEADER = "x-lockerkit-client";

/**
 * Per-request DataLoaders, open like `Services`: each module declares the loaders it contributes
 * (`declare module "../../graphql/context"`) and exports their factory from its index.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging, one module at a time
export interface Loaders {}

/** Builds one operation's loaders (graphql/schema.ts merges the modules' factories). */
export type LoaderFactory = (services: Services, principal: Principal) => Loaders;

/** How each loader of an operation is built: one builder per `Loaders` key. */
export type LoaderBuilders = {
  [K in keyof Loaders]: (services: Services, principal: Principal) => Loaders[K];
};

/**
 * A factory whose loaders are built on first use: an operation touches one or two of them, and
 * building every loader for every request showed in the profile. The first read of a key replaces
 * the prototype's getter with the loader itself, so it lives for the operation like before.
 */
export function lazyLoaders(builders: LoaderBuilders): LoaderFactory {
  class OperationLoaders {
    constructor(
      readonly services: Services,
      readonly principal: Principal,
    ) {}
  }
  for (const key of Object.keys(builders) as Array<keyof Loaders>) {
    Object.defineProperty(OperationLoaders.prototype, key, {
      get(this: OperationLoaders) {
        const loader = builders[key](this.services, this.principal);
        Object.defineProperty(this, key, { value: loader, enumerable: true });
        return loader;
      },
    });
  }
  return (services, principal) => new OperationLoaders(services, principal) as unknown as Loaders;
}

/** What every resolver receives: the caller, this operation's loaders, and the service registry. */
export interface Context {
  principal: Principal;
  clientIp: string;
  loaders: Loaders;
  services: Services;
  requestId: string | null;
  client: "console" | null;
}

/** What a context is built from: the parts of an HTTP request it reads, whichever server received it. */
export interface GraphqlRequest {
  /** The client's address as `trust proxy` (TRUST_PROXY) judges it: by default the socket's peer. */
  clientAddress: string | undefined;
  headers: IncomingHttpHeaders;
  /** The request log's id, so audit events and log lines can be matched. */
  requestId: string | null;
  setHeader(name: string, value: string): void;
}

/** Builds each request's context: the caller, and DataLoaders that live for this request only. */
export function createContextFactory(
  services: Services,
  createLoaders: LoaderFactory,
  rateLimits: RateLimitStore,
) {
  return async (req: GraphqlRequest) => {
    const clientIp = clientIpKey(req.clientAddress);
    const unauthenticatedCall = async () => {
      try {
        await chargeUnauthenticated(rateLimits, clientIp);
      } catch (error) {
        if (error instanceof AppError && error.extensions.code === ErrorCode.RATE_LIMITED)
          req.setHeader("retry-after", String(error.extensions.retryAfterSeconds));
        throw error;
      }
    };
    const principal = await authenticate(req.headers.authorization, services).catch(
      async (error: unknown) => {
        // The database is down or restarting: a typed, retryable 503 rather than "context creation failed".
        if (isDatabaseUnavailable(error)) throw databaseUnavailable();
        // A bad or unknown token costs its IP like an anonymous request (429 once over, rather than 401).
        await unauthenticatedCall();
        throw error;
      },
    );
    if (principal.kind === "anonymous") await unauthenticatedCall();
    // The operator console names itself, so its actions are audited as `console` (secret key only, see audited.ts).
    const client = req.headers[CLIENT_HEADER] === "console" ? ("console" as const) : null;
    return buildContext(services, createLoaders, principal, clientIp, req.requestId, client);
  };
}

/** One operation's context (an HTTP request, or one subscription over WebSocket): loaders live for it only. */
export function buildContext(
  services: Services,
  createLoaders: LoaderFactory,
  principal: Principal,
  clientIp: string,
  requestId: string | null,
  client: "console" | null = null,
): Context {
  return { principal, clientIp, loaders: createLoaders(services, principal), services, requestId, client };
}
