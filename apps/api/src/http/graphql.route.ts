import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import type { Tracer } from "@opentelemetry/api";
import type { Logger } from "pino";
import type { Context, GraphqlRequest } from "../graphql/context";
import { graphqlSpan } from "../observability/tracing";
import type { NodeMiddleware as Handler } from "./cors";
import { refuseRequest } from "./error-handler";
import { GRAPHQL_BODY_LIMIT, jsonBody } from "./json-body";
import { sendBody } from "./send-body";

export interface GraphqlRouteDeps {
  apollo: ApolloServer<Context>;
  context: (request: GraphqlRequest) => Promise<Context>;
  logger: Logger;
  cors: Handler;
  tracer: Tracer | null;
  /** The client address as Express's `req.ip` computes it (the `trust proxy` setting). */
  clientAddress: (req: IncomingMessage) => string | undefined;
}

/** `/graphql` and everything under it, matched as Express's `app.use("/graphql")` does (any case, no trailing slash needed). */
export function isGraphqlPath(url: string): boolean {
  const end = url.indexOf("?");
  const path = (end === -1 ? url : url.slice(0, end)).toLowerCase();
  return path === "/graphql" || path.startsWith("/graphql/");
}

/**
 * GraphQL POSTs on Node's own request and response, outside Express: Express's per-request work
 * (the router walk, swapping the prototypes of `req` and `res`, which throws V8's property caches
 * off, `res.send`) was 30 % of a `me` request's CPU (bench/PROFILE.md). The steps and the answers
 * are those of the Express chain it replaces: CORS, the JSON body (json-body.ts, 3 MB), an optional
 * tracing span, then Apollo; a body that cannot be read gets the same catalogue refusal as every
 * other route. The request log and the security headers are set before.
 */
export function graphqlRoute(deps: GraphqlRouteDeps) {
  const { apollo, logger } = deps;
  const json = jsonBody(GRAPHQL_BODY_LIMIT);
  const span = deps.tracer ? graphqlSpan(deps.tracer) : null;

  async function execute(req: IncomingMessage & { body?: unknown }, res: ServerResponse, requestId: string) {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: "POST",
        headers,
        search: query === -1 ? "" : url.slice(query),
        body: req.body,
      },
      context: () =>
        deps.context({
          clientAddress: deps.clientAddress(req),
          headers: req.headers,
          requestId,
          setHeader: (name, value) => res.setHeader(name, value),
        }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === "complete") return sendBody(res, response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    const fail = (error: unknown) => refuseRequest(logger, error, req, res, requestId);
    const run = () => {
      execute(req, res, requestId).catch(fail);
    };
    deps.cors(req, res, (error) => {
      if (error) return fail(error);
      // The span starts once the body is read, as in the Express chain: the reader calls back from
      // the request's own events, outside any context entered before it.
      json(req, res, (error) => {
        if (error) return fail(error);
        if (span) span(req, res, run);
        else run();
      });
    });
  };
}
