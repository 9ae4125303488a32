import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError, ErrorCode } from "../errors/error-codes";
import type { Context } from "./context";

export interface RateLimits {
  sessionPerMinute: number;
  tenantPerMinute: number;
  consentsPerMinute: number;
}

const CONSENT_CREATING = new Set(["startConsent"]);

/** Root fields of the operation, aliases included: `a: me b: me` costs two, so aliases buy nothing. */
function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [s.kind]));
}

/**
 * Per-replica, in-memory limits (no database write per request): per session token, per tenant key,
 * and a tighter one for consent-creating mutations per tenant. Exceeding one answers RATE_LIMITED
 * (HTTP 429) with `retryAfterSeconds`.
 */
export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<Context> {
  const perSession = new RateLimiterMemory({ points: limits.sessionPerMinute, duration: 60 });
  const perTenant = new RateLimiterMemory({ points: limits.tenantPerMinute, duration: 60 });
  const consents = new RateLimiterMemory({ points: limits.consentsPerMinute, duration: 60 });

  const consume = async (limiter: RateLimiterMemory, key: string, points: number) => {
    if (points === 0) return;
    try {
      await limiter.consume(key, points);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError(ErrorCode.RATE_LIMITED, `rate limit exceeded; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, response }) {
          if (!operation) return;
          const fields = rootFields(operation).filter((f) => !f.startsWith("__"));
          const { principal } = contextValue;
          try {
            if (principal.kind === "session") {
              await consume(perSession, principal.sessionId, fields.length);
              await consume(perTenant, principal.tenantId, fields.length);
            } else if (principal.kind === "tenant") {
              await consume(perTenant, principal.tenant.id, fields.length);
            }
            const tenantId = principal.kind === "tenant" ? principal.tenant.id : principal.kind === "session" ? principal.tenantId : "anonymous";
            await consume(consents, tenantId, fields.filter((f) => CONSENT_CREATING.has(f)).length);
          } catch (error) {
            if (error instanceof AppError && error.extensions.code === ErrorCode.RATE_LIMITED) {
              response.http.headers.set("retry-after", String(error.extensions.retryAfterSeconds));
            }
            throw error;
          }
        },
      };
    },
  };
}
