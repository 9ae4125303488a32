import type { ApolloServerPlugin } from "@apollo/server";
import { SpanStatusCode, trace } from "@opentelemetry/api";
import type { Context } from "../graphql/context";
import type { Metrics } from "./metrics";

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
/** Operation names are client-chosen: past this many distinct ones, new names count as `other`. */
const MAX_OPERATIONS = 200;

/** Bounds the `operation` label: valid names only, and at most MAX_OPERATIONS of them per process. */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max = MAX_OPERATIONS) {}

  label(name: string | null | undefined): string {
    if (!name || !GRAPHQL_NAME.test(name)) return "anonymous";
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return "other";
    this.seen.add(name);
    return name;
  }
}

/**
 * Counts and times every GraphQL request by operation name and outcome (`ok` or the first error's
 * catalogue code, as the client saw it), and names the request's span. Variables and query text are
 * never recorded.
 */
export function graphqlObservabilityPlugin(
  metrics: Metrics,
  labels = new OperationLabels(),
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      const span = trace.getActiveSpan();
      let operation = labels.label(request.operationName);
      return {
        async didResolveOperation({ operation: definition, operationName }) {
          operation = labels.label(operationName);
          span?.updateName(operation);
          span?.setAttributes({
            "graphql.operation.name": operation,
            ...(definition ? { "graphql.operation.type": definition.operation } : {}),
          });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const outcome = errors?.length ? (typeof code === "string" ? code : "INTERNAL_SERVER_ERROR") : "ok";
          metrics.graphqlRequest(operation, outcome, (performance.now() - started) / 1000);
          span?.setAttribute("lockerkit.outcome", outcome);
          if (outcome !== "ok") span?.setStatus({ code: SpanStatusCode.ERROR });
        },
      };
    },
  };
}
