import type { GraphQLResult } from "@lockerkit/testkit";
import { ErrorCode } from "../../src/errors/error-codes";

/** The catalogue: every error a client sees carries one of these. */
export const CATALOGUE: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/** A correct answer, or a typed catalogue error; never an error without a code. */
export function isAnswerOrTypedError(result: GraphQLResult): boolean {
  if (!result.errors?.length) return result.data !== null;
  return result.errors.every(
    (e) => typeof e.extensions?.code === "string" && CATALOGUE.has(e.extensions.code),
  );
}
