import type { Server } from "node:http";
import { ApolloErrorCode } from "../errors/error-codes";
import {
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Logger } from "pino";
import { clientIpKey } from "../util/client-ip";
import { isAllowedReturnUrl } from "../modules/tenants";
import { authenticate } from "./authenticate";
import { buildContext, type LoaderFactory } from "./context";
import type { Principal } from "./principal";
import { chargeOperation } from "./rate-limit.plugin";
import type { RateLimitStore } from "./rate-limit.store";
import type { Services } from "./services";

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface SubscriptionServerOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  services: Services;
  createLoaders: LoaderFactory;
  rateLimits: RateLimitStore;
  validationRules: ValidationRule[];
  maxTokens: number;
  formatError: FormatError;
  logger: Logger;
}

type Connection = {
  principal?: Principal;
  clientIp?: string;
};

/**
 * `graphql-ws` on `/graphql` for subscriptions (queries and mutations stay on HTTP). The connection
 * authenticates once with `connectionParams.authorization` (a tenant key); a browser's Origin must be
 * one of that tenant's origins, as CORS requires over HTTP. Each subscription goes through the same
 * parser limits, validation rules, rate limits and error masking as an HTTP request.
 */
export function attachSubscriptions(options: SubscriptionServerOptions): { stop(): Promise<void> } {
  const { schema, services, createLoaders, rateLimits, formatError } = options;
  const wss = new WebSocketServer({ server: options.httpServer, path: "/graphql", maxPayload: 64 * 1024 });
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((error) => formatError(error.toJSON(), error));
  const disposable = useServer<Record<string, unknown> | undefined, Connection>(
    {
      schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        try {
          const principal = await authenticate(typeof header === "string" ? header : undefined, services);
          if (principal.kind !== "tenant") return false;
          const origin = ctx.extra.request.headers.origin;
          if (origin && !isAllowedReturnUrl(`${origin}/`, principal.tenant.allowedOrigins)) return false;
          ctx.extra.principal = principal;
          ctx.extra.clientIp = clientIpKey(ctx.extra.request.socket.remoteAddress);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const principal = ctx.extra.principal!;
        const clientIp = ctx.extra.clientIp!;
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [coded(error as GraphQLError, ApolloErrorCode.GRAPHQL_PARSE_FAILED)];
        }
        const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length)
          return errors.map((error) => coded(error, ApolloErrorCode.GRAPHQL_VALIDATION_FAILED));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation)
          return [
            new GraphQLError("the document has no such operation", {
              extensions: { code: ApolloErrorCode.OPERATION_RESOLUTION_FAILURE },
            }),
          ];
        try {
          await chargeOperation(rateLimits, principal, clientIp, operation);
        } catch (error) {
          return [error as GraphQLError];
        }
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue: buildContext(services, createLoaders, principal, clientIp, null),
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
    },
    wss,
  );
  return {
    async stop() {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** Apollo's code for what Apollo itself would have refused over HTTP, so both transports agree. */
function coded(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code },
  });
}
