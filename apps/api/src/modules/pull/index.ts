// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { PullService } from "./pull.service";
import { PullResolver } from "./pull.resolver";

/** Pulling a document from an issuer into the citizen's locker, and the issuer catalogue. */
export const resolvers = [PullResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    pull: PullService;
  }
}

export { CatalogueCache } from "./catalogue-cache";
export { PullService } from "./pull.service";
