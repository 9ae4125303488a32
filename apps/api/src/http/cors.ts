import type { IncomingMessage, ServerResponse } from "node:http";
import cors from "cors";
import { isAllowedReturnUrl } from "../modules/tenants";

/** A Connect-style middleware on Node's own request and response: usable inside and outside Express. */
export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const CACHE_MS = 30_000;
/** The hosted Apollo Sandbox, allowed in development so it can explore a local server. */
export const APOLLO_STUDIO_ORIGIN = "https://studio.apollographql.com";

/**
 * CORS from the union of every tenant's allowed origins (a preflight cannot say which tenant it is
 * for). The union is cached briefly so the hot path costs no query. Requests without `Origin` are
 * not browsers and pass untouched.
 */
export function tenantCors(
  loadOrigins: () => Promise<string[]>,
  extraOrigins: string[] = [],
): NodeMiddleware {
  let cached: { at: number; patterns: string[] } | null = null;
  const patterns = async () => {
    if (!cached || Date.now() - cached.at > CACHE_MS)
      cached = { at: Date.now(), patterns: await loadOrigins() };
    return cached.patterns;
  };
  const middleware = cors({
    origin: (origin, callback) => {
      if (!origin) return callback(null, false);
      if (extraOrigins.includes(origin)) return callback(null, true);
      patterns().then(
        (list) => callback(null, isAllowedReturnUrl(`${origin}/`, list)),
        (error: Error) => callback(error),
      );
    },
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: [
      "content-type",
      "authorization",
      "apollo-require-preflight",
      "x-apollo-operation-name",
      "x-lockerkit-client",
    ],
    maxAge: 600,
  });
  // Without `Origin` the cors middleware does nothing but call next(), after copying its options and
  // allocating two callbacks: skipped on the hot path (API clients are not browsers).
  return (req, res, next) => (req.headers.origin ? middleware(req, res, next) : next());
}
