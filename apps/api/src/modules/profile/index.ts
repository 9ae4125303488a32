// The module's GraphQL types carry decorator metadata: load the polyfill before them, whoever imports the module.
import "reflect-metadata";
import { MeResolver } from "./me.resolver";

/** The signed-in citizen's DigiLocker profile (`me`). */
export const resolvers = [MeResolver] as const;

export { ProfileService } from "./profile.service";
export { Profile } from "./profile.type";
