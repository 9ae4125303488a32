import type { AuthCheckerFn } from "type-graphql";
import { forbidden, unauthenticated } from "../errors/error-codes";
import type { Context } from "./context";
import { Role, roleOf } from "./principal";

type Caller = Role | "anonymous";

/**
 * What a refused caller is told, by the set of roles the field admits (sorted, comma-joined). The
 * wording predates declarative checks and clients may show it, so it is kept as it was.
 */
const REFUSALS: Record<string, Partial<Record<Caller, string>>> = {
  [Role.SESSION]: {
    anonymous: "a session token is required",
    [Role.PUBLISHABLE_KEY]: "this operation needs a session token (lk_st_…)",
    [Role.SECRET_KEY]: "this operation needs a session token (lk_st_…)",
  },
  [Role.SECRET_KEY]: {
    anonymous: "a tenant key is required",
    [Role.PUBLISHABLE_KEY]: "this operation needs the tenant's secret key",
    [Role.SESSION]: "this operation needs a tenant key, not a session token",
  },
  [`${Role.PUBLISHABLE_KEY},${Role.SECRET_KEY}`]: {
    anonymous: "a tenant key is required",
    [Role.SESSION]: "this operation needs a tenant key, not a session token",
  },
  [`${Role.SECRET_KEY},${Role.SESSION}`]: {
    anonymous: "a session token or the tenant's secret key is required",
    [Role.PUBLISHABLE_KEY]:
      "this operation needs a session token or the tenant's secret key, not the publishable key",
  },
  [`${Role.PUBLISHABLE_KEY},${Role.SECRET_KEY},${Role.SESSION}`]: {
    anonymous: "a tenant key or a session token is required",
  },
};

/**
 * type-graphql's one check for `@Authorized(...roles)`: the caller's role must be one of them. A refusal
 * throws the catalogue's error itself (UNAUTHENTICATED without credentials, FORBIDDEN with the wrong
 * kind), so type-graphql's own AuthenticationError/AuthorizationError never reach a client.
 */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context }, roles) => {
  const role = roleOf(context.principal);
  if (role && roles.includes(role)) return true;
  const message = REFUSALS[[...roles].sort().join(",")]?.[role ?? "anonymous"];
  if (!role) throw unauthenticated(message);
  throw forbidden(message ?? `this operation needs one of: ${roles.join(", ")}`);
};
