// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import { PullResolver } from "./pull.resolver";

/** Pulling a document from an issuer into the citizen's locker, and the issuer catalogue. */
export const resolvers = [PullResolver] as const;

export { CatalogueCache } from "./catalogue-cache";
export { PullService } from "./pull.service";
