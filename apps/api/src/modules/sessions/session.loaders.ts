import DataLoader from "dataloader";
import type { ConsentSessionEntity } from "../../db/entities/consent-session.entity";
import type { Principal } from "../../graphql/principal";
import type { Services } from "../../graphql/services";
import { byKey } from "../../util/by-key";

declare module "../../graphql/context" {
  interface Loaders {
    session: DataLoader<string, ConsentSessionEntity | null>;
  }
}

/** Sessions by id for one operation; the row authentication just read serves its loads too. */
export const sessionLoaders = {
  session(services: Services, principal: Principal) {
    const session = new DataLoader<string, ConsentSessionEntity | null>(async (ids) =>
      byKey(ids, await services.sessions.findByIds(ids), (s) => s.id),
    );
    if (principal.kind === "session") session.prime(principal.sessionId, principal.session);
    return session;
  },
};
