import type { ConsoleTenantQuery } from "../gql/graphql";

export type ConsoleTenant = ConsoleTenantQuery["tenant"];

export const SESSION_STATUSES = [
  "PENDING",
  "EXCHANGING",
  "ACTIVE",
  "REAUTH_REQUIRED",
  "DENIED",
  "EXPIRED",
  "FAILED",
  "ENDED",
] as const;
