// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { ConsentService } from "./consent.service";
import { ConsentResolver } from "./consent.resolver";

/** Starting and completing a DigiLocker consent (the OAuth flow and its callback). */
export const resolvers = [ConsentResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    consent: ConsentService;
  }
}

export { ConsentService } from "./consent.service";
