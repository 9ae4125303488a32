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

export { toConsentSession } from "./consent-session.mapper";
export { ConsentSessionRepository } from "./consent-session.repository";
export { ConsentSession } from "./consent-session.type";
export { SessionStatus } from "./consent.enums";
export { aad, ConsentService, STATUS_TOKEN_PREFIX } from "./consent.service";
