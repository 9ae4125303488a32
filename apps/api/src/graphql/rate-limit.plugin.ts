import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import { AppError, ErrorCode } from "../errors/error-codes";
import type { Context } from "./context";
import type { Principal } from "./principal";
import type { Bucket, RateLimitStore } from "./rate-limit.store";

const CONSENT_CREATING = new Set(["startConsent"]);

/** Root fields of the operation, aliases included: `a: me b: me` costs two, so aliases buy nothing. */
function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [s.name.value] : [s.kind],
  );
}

/**
 * The buckets a request spends, by who calls. The publishable key is public, so its traffic is limited
 * per client IP and, all IPs together, per tenant, apart from the secret key's and each session's: a
 * flood with it cannot lock the tenant's backend or its users' sessions out. Anonymous requests paid
 * one point when their context was made (see `chargeUnauthenticated`), so they pay the rest here.
 */
function charges(
  principal: Principal,
  clientIp: string,
  fields: number,
  consents: number,
): Array<[Bucket, string, number]> {
  const requests = Math.max(1, fields);
  switch (principal.kind) {
    case "session":
      return [
        ["session", principal.sessionId, requests],
        ["consents", `st:${principal.sessionId}`, consents],
      ];
    case "tenant":
      if (principal.key === "secret")
        return [
          ["secret", principal.tenant.id, requests],
          ["consents", `sk:${principal.tenant.id}`, consents],
        ];
      return [
        ["publishableIp", `${principal.tenant.id}:${clientIp}`, requests],
        ["publishable", principal.tenant.id, requests],
        ["publishableConsents", principal.tenant.id, consents],
      ];
    case "anonymous":
      return [["anonymousIp", clientIp, requests - 1]];
  }
}

/**
 * Charged before anything else for a request without a valid token (no header, or one that failed to
 * authenticate): per client IP, so a flood of them is refused without touching another principal's budget.
 */
export async function chargeUnauthenticated(store: RateLimitStore, clientIp: string): Promise<void> {
  await store.consume("anonymousIp", clientIp, 1);
}

/** Spends one operation's points from the caller's buckets (HTTP requests and WebSocket subscriptions alike). */
export async function chargeOperation(
  store: RateLimitStore,
  principal: Principal,
  clientIp: string,
  operation: OperationDefinitionNode,
): Promise<void> {
  const { fields, consents } = costOf(operation);
  for (const [bucket, key, points] of charges(principal, clientIp, fields, consents)) {
    await store.consume(bucket, key, points);
  }
}

// Apollo hands every request of a cached document the same operation node: its cost is counted once.
const costs = new WeakMap<OperationDefinitionNode, { fields: number; consents: number }>();

/** The operation's root fields (introspection's `__` fields free) and how many of them start a consent. */
function costOf(operation: OperationDefinitionNode): { fields: number; consents: number } {
  let cost = costs.get(operation);
  if (!cost) {
    const fields = rootFields(operation).filter((f) => !f.startsWith("__"));
    cost = { fields: fields.length, consents: fields.filter((f) => CONSENT_CREATING.has(f)).length };
    costs.set(operation, cost);
  }
  return cost;
}

/**
 * Applies the per-principal limits once the operation is known (no database write per request).
 * Exceeding one answers RATE_LIMITED (HTTP 429) with `retryAfterSeconds` and a Retry-After header.
 */
export function rateLimitPlugin(store: RateLimitStore): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, response }) {
          if (!operation) return;
          try {
            await chargeOperation(store, contextValue.principal, contextValue.clientIp, operation);
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
