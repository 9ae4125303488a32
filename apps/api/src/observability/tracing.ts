import type { IncomingMessage, ServerResponse } from "node:http";
import type { DigiLockerRequestEvent } from "@lockerkit/core";
import { context, SpanKind, SpanStatusCode, trace, type Tracer } from "@opentelemetry/api";
import type { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

export const TRACER_NAME = "lockerkit-api";

/**
 * Off unless configured: with `OTEL_EXPORTER_OTLP_ENDPOINT` (or `_TRACES_ENDPOINT`, or
 * `OTEL_TRACES_EXPORTER=otlp`) registers a global provider exporting over OTLP/HTTP (the exporter reads
 * the standard `OTEL_*` variables). Without it nothing is traced. Returns the provider for
 * `createServer` and a flush for shutdown.
 */
export async function startTracing(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ provider: NodeTracerProvider; flush: () => Promise<void> } | null> {
  const configured =
    env.OTEL_EXPORTER_OTLP_ENDPOINT ||
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ||
    env.OTEL_TRACES_EXPORTER === "otlp";
  if (!configured) return null;
  // The SDK and the exporter are loaded only when tracing is on (a few MB of every replica's memory).
  const { BatchSpanProcessor, NodeTracerProvider } = await import("@opentelemetry/sdk-trace-node");
  const { OTLPTraceExporter } = await import("@opentelemetry/exporter-trace-otlp-http");
  const provider = new NodeTracerProvider({
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  return { provider, flush: () => provider.shutdown() };
}

/**
 * Opens the request's span and makes it active, so upstream spans nest under it; the GraphQL plugin
 * names it and records the outcome. Nothing of the request (headers, body, variables) goes on it.
 */
export function graphqlSpan(tracer: Tracer) {
  return (_req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const span = tracer.startSpan("graphql", { kind: SpanKind.SERVER });
    res.once("close", () => span.end());
    context.with(trace.setSpan(context.active(), span), next);
  };
}

/** The core client's `onRequest` observer as a span per attempt (the event arrives when the attempt ends). */
export function upstreamSpans(tracer: Tracer) {
  return (event: DigiLockerRequestEvent): void => {
    const end = Date.now();
    const span = tracer.startSpan(`digilocker ${event.operation}`, {
      kind: SpanKind.CLIENT,
      startTime: end - event.durationMs,
      attributes: {
        "digilocker.operation": event.operation,
        "digilocker.attempt": event.attempt,
        "lockerkit.outcome": event.outcome,
        ...(event.status === null ? {} : { "http.response.status_code": event.status }),
      },
    });
    if (event.outcome !== "ok") span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(end);
  };
}
