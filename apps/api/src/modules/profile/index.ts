// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import type { ProfileService } from "./profile.service";
import { MeResolver } from "./me.resolver";
import { ConsentSessionProfileResolver } from "./consent-session-profile.resolver";

/** The signed-in citizen's DigiLocker profile (`me`). */
export const resolvers = [MeResolver, ConsentSessionProfileResolver] as const;

declare module "../../graphql/services" {
  interface Services {
    profile: ProfileService;
  }
}

export { ProfileService } from "./profile.service";
export { Profile } from "./profile.type";
